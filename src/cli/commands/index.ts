import type { Command } from '../command.js';

/**
 * A sub-command as the command list shows it. Its module, with everything it imports (zod for
 * a corpus given with `--corpus`, the diff engine, the checks), is loaded only when it runs or
 * its help is asked for: a start of the CLI loads the one command it runs (issue 14: a CLI
 * start close to a bare `node`; docs/benchmarks.md, "CLI start").
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The command's options, help and work. */
  load(): Promise<Command>;
}

/** Every sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'list', summary: 'list the clauses of an edition, with their translation status', load: async () => (await import('./list.js')).listCommand },
  { name: 'show', summary: 'print a clause in one language or all', load: async () => (await import('./show.js')).showCommand },
  { name: 'render', summary: 'render an edition as text, Markdown, HTML or a JSON tree', load: async () => (await import('./render.js')).renderCommand },
  { name: 'diff', summary: 'compare two editions, or two releases, clause by clause with word-level redlines', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'export', summary: 'print the whole corpus as canonical JSON', load: async () => (await import('./export.js')).exportCommand },
  { name: 'check', summary: 'fail when a published edition differs from the lock, or a corpus file from its hashes', load: async () => (await import('./check.js')).checkCommand },
  { name: 'verify', summary: 'verify an acceptance record and print the text it names', load: async () => (await import('./verify.js')).verifyCommand },
  { name: 'record', summary: 'print the acceptance record of an edition, or of one clause, in one language', load: async () => (await import('./record.js')).recordCommand },
  { name: 'parity', summary: 'report per edition, clause and language what was published, and translation drift', load: async () => (await import('./parity.js')).parityCommand },
  { name: 'lint', summary: 'find invisible characters, look-alike letters, stray spaces and configured terms in the text', load: async () => (await import('./lint.js')).lintCommand },
  { name: 'changeset', summary: 'draft the changeset of a corpus change, or check that every change has one', load: async () => (await import('./changeset.js')).changesetCommand },
];

/**
 * The README's table of commands is generated from the CLI's own definitions (issue 14, item 13):
 * it is what `npm run readme` writes, and each command's usage, which the table shows, names
 * every option the command takes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_OPTIONS } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cliTable, commandReferences, usageOf, withTable } from '../../scripts/cli-reference.js';

const references = await commandReferences(COMMANDS);

describe('the CLI table of README.md', () => {
  it('is the table generated from the commands (run npm run readme)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withTable(readme, cliTable(references)));
  });

  it.each(references.map((command) => [command.name, command] as const))('shows every option of %s in its usage', (_name, command) => {
    const named = new Set(command.usage.join(' ').match(/--[a-z-]+/g));
    const options = [...command.options, ...Object.keys(COMMON_OPTIONS).filter((option) => option !== 'help')];
    expect(options.filter((option) => !named.has(`--${option}`))).toEqual([]);
  });

  it('reads synopses across continuation lines', () => {
    expect(usageOf('Usage: legal-clauses a [--x X]\n                [--y]\n       legal-clauses a --z\n\nText.')).toEqual(['a [--x X] [--y]', 'a --z']);
  });
});

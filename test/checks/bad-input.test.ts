/**
 * Every command, given a broken corpus, refuses it the documented way: exit 2, one line on
 * stderr naming the file and the JSON path, no stack trace, nothing on stdout. The commands are
 * read from the CLI's own list, so that a command added later is held to the same rule. The
 * cases run in this process through `run(args, io)`, the code the executable runs; a few run the
 * built executable as a process too.
 */
import { describe, expect, it, type ExpectStatic } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { exportCorpus } from '../../src/schema.js';
import { corpus } from '../../src/index.js';
import { hasStackTrace, runCli, type CliResult } from '../helpers/cli.js';
import { mutableCorpus, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';
import { runInProcess } from '../helpers/run.js';

const exported = JSON.parse(exportCorpus(corpus));
const commands = await Promise.all(COMMANDS.map((entry) => entry.load()));
const RECORD = 'disclaimer@2003-04-15/zh#sha256:8d33a42257502e974e4c0bb9976c2f7a3b87e5ab63e53da360b217973d0542f5';

/** Sample values for the arguments a usage line requires, by what the placeholder is called. */
const SAMPLES: readonly [RegExp, string][] = [
  [/record/i, RECORD],
  [/clause/i, 'acceptance'],
  [/base|corpus|file|dir|path|old/i, 'clauses'],
  [/lang|tags?$/i, 'zh'],
];

/** The arguments a command's usage line requires (outside `[...]`), filled with sample values. */
function requiredArguments(help: string): string[] {
  const usage = help.split('\n')[0]!.replace(/^Usage: legal-clauses \S+/, '').replace(/\[[^\]]*\]/g, '');
  const sample = (name: string) => SAMPLES.find(([pattern]) => pattern.test(name))?.[1] ?? '2003-04-15';
  const args: string[] = [];
  for (const [, positional, option, value] of usage.matchAll(/<([^>]+)>|--([\w-]+)(?:\s+([^\s-][^\s]*))?/g)) {
    if (positional !== undefined) args.push(sample(positional));
    else if (option !== undefined && option !== 'corpus') args.push(`--${option}`, ...(value === undefined ? [] : [value.includes('|') ? value.split('|')[0]! : sample(value)]));
  }
  return args;
}

/** A broken corpus: where it is, and what the message must say about where the problem is. */
interface Broken {
  name: string;
  path: string;
  where: RegExp;
}

function brokenFile(name: string, content: unknown, where: RegExp): Broken {
  return { name, path: writeTempFile('corpus.json', content), where };
}

function changed(change: (data: any) => void): unknown {
  const data = structuredClone(exported);
  change(data);
  return data;
}

const BROKEN: Broken[] = [
  brokenFile('not JSON', 'legal clauses', /not valid JSON: .* at line 1, column 1/),
  brokenFile('truncated', exportCorpus(corpus).slice(0, 2000), /not valid JSON: it ends too early \(is the file truncated\?\)/),
  brokenFile('an array instead of a corpus', [exported], /\(top level\): Invalid input: expected object, received array/),
  brokenFile('the wrong shape', changed((data) => (data.documents = { disclaimer: data.documents[0] })), /: documents: Invalid input: expected array, received object/),
  brokenFile('a number where text belongs', changed((data) => (data.clauses[2].editions['2003-04-15'].en.blocks[0].text = 42)), /: clauses\[2\]\.editions\["2003-04-15"\]\.en\.blocks\[0\]\.text: expected text: a non-empty string, or a list of strings and \{ lang, text \} spans \(received number\)/),
  brokenFile('a duplicate clause id', changed((data) => data.clauses.push(structuredClone(data.clauses[0]))), /: clauses\[10\]\.id: duplicate clause id 'acceptance'/),
  brokenFile('an unknown document id', changed((data) => (data.clauses[0].document = 'disclaimr')), /: clauses\[0\]\.document: clause 'acceptance' belongs to unknown document 'disclaimr'/),
  brokenFile('an edition listing a missing clause', changed((data) => data.documents[0].editions[0].sections[0].clauses.push('ghost')), /: documents\[0\]\.editions\[0\]\.sections\[0\]\.clauses\[1\]: edition '2003-04-15' of 'disclaimer' lists unknown clause 'ghost'/),
  brokenFile('malformed hashes', changed((data) => (data.hashes.documents.disclaimer['2003-04-15'].structure = 'md5:0')), /: hashes\.documents\.disclaimer\["2003-04-15"\]\.structure: expected a hash/),
  (() => {
    const data = mutableCorpus();
    data.clauses.find((clause: { id: string }) => clause.id === 'information-liability').editions['2003-04-15'].zh.blocks[0].text = 42;
    const directory = writeCorpusDirectory(data);
    return { name: 'a directory with a broken clause file', path: directory, where: /\/information-liability\.json: editions\["2003-04-15"\]\.zh\.blocks\[0\]\.text: expected text: a non-empty string, or a list of strings and \{ lang, text \} spans \(received number\)/ };
  })(),
];

/** The documented refusal: exit 2, one line naming the file and the path, no stack trace, nothing on stdout. */
function expectRefused(result: CliResult, broken: Broken, expect: ExpectStatic): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
  expect(result.stderr.startsWith(`legal-clauses: ${broken.path}`)).toBe(true);
  expect(result.stderr).toMatch(broken.where);
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect(result.status).toBe(2);
}

describe('every command given a broken corpus', () => {
  it('knows the arguments each command requires, from its usage line', () => {
    expect(requiredArguments('Usage: legal-clauses show <clause-id> [--lang TAG]')).toEqual(['acceptance']);
    expect(requiredArguments('Usage: legal-clauses record [clause-id] --lang zh|en [--at DATE]')).toEqual(['--lang', 'zh']);
    expect(requiredArguments('Usage: legal-clauses record [clause-id] --lang TAGS [--at DATE]')).toEqual(['--lang', 'zh']);
    expect(commands.length).toBeGreaterThanOrEqual(10);
  });

  describe.concurrent.each(commands.map((command) => [command.name, command] as const))('%s', (_, command) => {
    // Concurrent tests assert with their own `expect`, so that a failure is told to the right test.
    it.for(BROKEN.map((broken) => [broken.name, broken] as const))('refuses %s: exit 2, one line naming file and path, nothing on stdout', async ([, broken], { expect }) => {
      expectRefused(await runInProcess([command.name, ...requiredArguments(command.help), '--corpus', broken.path]), broken, expect);
    });
  });

  // The executable itself, for a file and a directory: the same line and exit code from a process.
  it.for([
    ['render', BROKEN[4]!],
    ['check', BROKEN[BROKEN.length - 1]!],
  ] as const)('refuses it the same way as a process (%s)', ([name, broken]) => {
    const command = commands.find((candidate) => candidate.name === name)!;
    const args = [name, ...requiredArguments(command.help), '--corpus', broken.path];
    expectRefused(runCli(args), broken, expect);
  });
});

describe('the command list', () => {
  it('names each command as its module does, with a one-line summary', () => {
    expect(commands.map((command) => command.name)).toEqual(COMMANDS.map((entry) => entry.name));
    for (const entry of COMMANDS) expect(entry.summary).toMatch(/^[a-z][^\n]+[^.]$/);
  });
});

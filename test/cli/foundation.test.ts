import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/index.js';
import { exportCorpus } from '../../src/schema.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { runInProcess } from '../helpers/run.js';
import { mutableCorpus, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

const source = sourceParagraphs();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Asserts the CLI refused bad input the documented way: exit 2, one line on stderr, nothing else. */
async function expectBadInput(args: string[], message: RegExp) {
  const result = await runInProcess(args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

/**
 * The cases below run in this process through `run(args, io)`, the code the executable runs; these
 * run the built executable (dist/cli.cjs) as a process: its version, its streams, its exit codes.
 */
describe('the executable', () => {
  it('prints the version of its package.json', () => {
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints a clause, and the whole corpus through a pipe', () => {
    expect(runCli(['show', 'trademarks', '--lang', 'zh-CN'])).toEqual({ status: 0, stdout: `${source.zh[3]}\n`, stderr: '' });
    expect(runCli(['export'])).toEqual({ status: 0, stdout: `${exportCorpus(corpus)}\n`, stderr: '' });
  });

  it('refuses bad input with one line and exit 2, no stack trace', () => {
    const result = runCli(['lst']);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^legal-clauses: unknown command 'lst'; did you mean 'list'\?[^\n]*\n$/) });
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('legal-clauses --version and --help', () => {
  it('prints the package version', async () => {
    expect(await runInProcess(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
  });

  it('lists the commands', async () => {
    const result = await runInProcess(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['list', 'show', 'export']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('prints usage and exits 2 without a command', async () => {
    const result = await runInProcess([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^Usage: legal-clauses <command>/);
  });

  it.each(['list', 'show', 'export'])('prints help for %s', async (command) => {
    const result = await runInProcess([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: legal-clauses ${command}`));
  });
});

describe('legal-clauses list', () => {
  it('lists the ten clauses with their translation status', async () => {
    const result = await runInProcess(['list']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^3 +image-use +information +intellectual-property +missing +published$/m);
    expect(result.stdout.match(/^\d+ +/gm)).toHaveLength(10);
  });

  it('prints JSON for programs', async () => {
    const result = await runInProcess(['list', '--format', 'json', '--edition', '2003-04-15']);
    const data = JSON.parse(result.stdout);
    expect(data).toMatchObject({ document: 'disclaimer', governingLanguage: 'zh', edition: '2003-04-15' });
    expect(data.clauses.filter((clause: { languages: { zh: string } }) => clause.languages.zh === 'missing')).toHaveLength(5);
  });
});

describe('legal-clauses show', () => {
  it('prints a clause in the language asked for, verbatim', async () => {
    expect(await runInProcess(['show', 'trademarks', '--lang', 'zh-CN'])).toEqual({ status: 0, stdout: `${source.zh[3]}\n`, stderr: '' });
    expect((await runInProcess(['show', 'acceptance', '--lang', 'en-GB', '--at', '2020-01-01'])).stdout).toBe(`${source.en[1]}\n`);
  });

  it('prints every language, marking the governing one and the missing ones', async () => {
    const result = await runInProcess(['show', 'image-use']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`[zh, governing]\n(not published in zh in edition 2003-04-15)\n\n[en]\n${source.en[4]}\n`);
  });

  it('exits 1 with a note when the language did not publish the clause', async () => {
    const result = await runInProcess(['show', 'image-use', '--lang', 'zh']);
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: "legal-clauses: clause 'image-use' was not published in zh in edition 2003-04-15; available: en (use --fallback en)\n",
    });
  });

  it('falls back to English when asked, and says so on stderr', async () => {
    const result = await runInProcess(['show', 'image-use', '--lang', 'zh', '--fallback', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${source.en[4]}\n`);
    expect(result.stderr).toBe('legal-clauses: not published in zh; showing the en text\n');
  });

  it('prints JSON with the translation status', async () => {
    const result = await runInProcess(['show', 'image-use', '--lang', 'zh', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'missing', lang: 'zh', available: ['en'] });
  });
});

describe('legal-clauses export', () => {
  it('prints the corpus as canonical JSON that --corpus reads back', async () => {
    const result = await runInProcess(['export']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${exportCorpus(corpus)}\n`);
    const file = writeTempFile('corpus.json', result.stdout);
    expect((await runInProcess(['show', 'downloads', '--lang', 'zh', '--corpus', file])).stdout).toBe(`${source.zh[2]}\n`);
  });

  it('reads a clauses/-like directory with --corpus', async () => {
    const data = mutableCorpus();
    data.clauses.find((clause: { id: string }) => clause.id === 'opinions').editions['2003-04-15'].en.blocks[0].text = 'FIXTURE text.';
    expect((await runInProcess(['show', 'opinions', '--lang', 'en', '--corpus', writeCorpusDirectory(data)])).stdout).toBe('FIXTURE text.\n');
  });
});

describe('bad input', () => {
  it.each([
    [['lst'], /unknown command 'lst'; did you mean 'list'\?/],
    [['--bogus'], /unknown option '--bogus'/],
    [['show'], /show needs a clause id/],
    [['show', 'imge-use'], /unknown clause 'imge-use'; did you mean 'image-use'\?/],
    [['show', '__proto__'], /unknown clause '__proto__'/],
    [['show', 'constructor', '--lang', 'en'], /unknown clause 'constructor'/],
    [['show', 'acceptance', 'extra'], /unexpected argument 'extra'/],
    [['show', 'acceptance', '--lang'], /option '--lang' needs a value/],
    [['show', 'acceptance', '--lang', 'zh_CN'], /'zh_CN' is not a BCP 47 language tag/],
    [['show', 'acceptance', '--lang', 'zh-TW'], /no text matches --lang 'zh-TW'.*add --fallback zh to accept it/],
    [['show', 'acceptance', '--fallback', 'fr', '--lang', 'fr'], /--fallback 'fr' matches no language legal-clauses knows \(zh, zh-Hant, en\)/],
    [['show', 'acceptance', '--edition', '2003-04-16'], /unknown edition of 'disclaimer' '2003-04-16'; did you mean '2003-04-15'\?/],
    [['show', 'acceptance', '--at', '2003-13-01'], /'2003-13-01' is not a date/],
    [['show', 'acceptance', '--at', '1999-01-01'], /no edition of 'disclaimer' was in force on 1999-01-01/],
    [['show', 'acceptance', '--at', '2004-01-01', '--edition', '2003-04-15'], /--edition and --at both choose the edition/],
    [['list', '--format', 'yaml'], /--format must be one of text, json \(received 'yaml'\)/],
    [['list', '--document', 'disclaimr'], /did you mean 'disclaimer'/],
    [['list', '--corpus', 'no-such-file.json'], /cannot read no-such-file\.json: no such file or directory/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    await expectBadInput(args, message);
  });

  it('names the file and path of an invalid corpus', async () => {
    const data = mutableCorpus();
    data.clauses[0].editions['2003-04-15'].en.blocks[0].text = 3;
    const file = writeTempFile('corpus.json', data);
    await expectBadInput(['list', '--corpus', file], new RegExp(`${file}: clauses\\[0\\]\\.editions\\["2003-04-15"\\]\\.en\\.blocks\\[0\\]\\.text: expected text: a non-empty string, or a list of strings and \\{ lang, text \\} spans \\(received number\\)`));
  });

  it('says where a corpus file stops being JSON', async () => {
    const file = writeTempFile('corpus.json', '{"format": "legal-clauses/corpus@1", "documents": [}');
    await expectBadInput(['export', '--corpus', file], /not valid JSON: unexpected '}' \(expected a value\) at line 1, column 52/);
  });
});

/**
 * What a newcomer reads when they get a command wrong (issue 14, item 12): the message names the
 * flag they typed, suggests what they probably meant, says what a corpus directory must hold and
 * what the folder holds instead, and never echoes a huge argument back. In-process.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusDirectory } from '../../src/node.js';
import { writeCorpusDirectory } from '../helpers/corpus.js';
import { runInProcess, type RunResult } from '../helpers/run.js';

/** The documented refusal: exit 2, nothing on stdout, one line on stderr. */
function expectOneLine(result: RunResult): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
  return result.stderr;
}

describe('did you mean', () => {
  it.each([
    [['shwo', 'image-use'], "unknown command 'shwo'; did you mean 'show'?"],
    [['rendr'], "unknown command 'rendr'; did you mean 'render'?"],
    [['render', '--formt', 'html'], "unknown option '--formt'; did you mean '--format'?"],
    [['render', '--formt=html'], "unknown option '--formt'; did you mean '--format'?"],
    [['lint', '--fail-on', 'warn'], "--fail-on must be one of error, warning, note, never (received 'warn'); did you mean 'warning'?"],
    [['parity', '--fail-on', 'eror'], "(received 'eror'); did you mean 'error'?"],
    [['render', '--format', 'htm'], "(received 'htm'); did you mean 'html'?"],
    [['show', 'imge-use'], "unknown clause 'imge-use'; did you mean 'image-use'?"],
  ])('suggests the closest name for %j', async (args, expected) => {
    expect(expectOneLine(await runInProcess(args))).toContain(expected);
  });

  it('suggests nothing for a value far from every name', async () => {
    expect(expectOneLine(await runInProcess(['lint', '--fail-on', 'xyzzy']))).not.toContain('did you mean');
  });
});

describe('long arguments', () => {
  const huge = 'a'.repeat(100_000);
  it.each([
    ['a command', [huge]],
    ['an option', [`--${huge}`]],
    ['an unknown option of a command', ['render', `--${huge}`]],
    ['a clause id', ['show', huge]],
    ['an option value', ['render', '--format', huge]],
    ['a language tag', ['render', '--lang', huge]],
    ['an edition', ['render', '--edition', huge]],
    ['a date', ['render', '--at', huge]],
    ['a record', ['verify', huge]],
    ['an extra argument', ['list', huge]],
    ['a document', ['render', '--document', huge]],
  ])('are cut in the message, with their length, for %s', async (_what, args) => {
    const line = expectOneLine(await runInProcess(args));
    expect(line.length).toBeLessThan(1000);
    expect(line).toMatch(/… \(10000[02] characters\)|…' \(10000[02] characters\)/);
  });
});

describe('a wrong corpus directory', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'legal-clauses-corpus-'));
  const start = 'is not a corpus directory: a corpus directory holds one folder per document, each with document.json, editions/ and clauses/';

  it('says that an empty folder holds nothing', async () => {
    const empty = folder();
    expect(expectOneLine(await runInProcess(['list', '--corpus', empty]))).toContain(`${empty} ${start} (like the package's clauses/); ${empty} holds nothing`);
  });

  it('names the JSON files of a folder of JSON and how to read one as a corpus file', async () => {
    const json = folder();
    writeFileSync(join(json, 'release-1.json'), '{}');
    const line = expectOneLine(await runInProcess(['list', '--corpus', json]));
    expect(line).toContain(`holds 1 file (release-1.json); if one of them is a corpus JSON file (written by 'legal-clauses export'), name the file: --corpus ${join(json, 'release-1.json')}`);
  });

  it("points from a project's folder to the corpus directory inside it, whatever else it holds", async () => {
    const project = folder();
    mkdirSync(join(project, 'clauses', 'terms'), { recursive: true });
    writeFileSync(join(project, 'clauses', 'terms', 'document.json'), '{}');
    mkdirSync(join(project, 'bench'));
    writeFileSync(join(project, 'README.md'), '');
    // A link leading outside the folder (node_modules in a worktree) does not hide the answer.
    symlinkSync(tmpdir(), join(project, 'node_modules'));
    const line = expectOneLine(await runInProcess(['list', '--corpus', project]));
    expect(line).toContain(`${project} holds 2 folders (bench, clauses), none with a document.json, and 1 file (README.md), and 1 entry that cannot be followed (node_modules)`);
    expect(line).toContain(`; ${join(project, 'clauses')} is one: --corpus ${join(project, 'clauses')}`);
  });

  it("points from a document's own folder to the corpus directory", async () => {
    const line = expectOneLine(await runInProcess(['list', '--corpus', 'clauses/disclaimer']));
    expect(line).toContain("it is the folder of document 'disclaimer' itself: give the corpus directory that holds it, --corpus clauses");
  });
});

describe('diff with nothing to compare', () => {
  it('suggests another corpus for a document with one edition, with the options given', async () => {
    const line = expectOneLine(await runInProcess(['diff', '--corpus', 'clauses', '--document', 'disclaimer']));
    expect(line).toContain("document 'disclaimer' has only one edition (2003-04-15), so there is nothing to compare it with in this corpus");
    expect(line).toContain('legal-clauses diff --from-corpus OLD.json --document disclaimer --corpus clauses');
  });

  it("suggests the corpus's own editions when none before the latest is published", async () => {
    const corpus = await readCorpusDirectory('test/fixtures/corpora/two-editions');
    // FIXTURE: the fixture's 2003-04-15 edition marked as a draft, so no published edition precedes 2024-01-01.
    const drafts = { ...corpus, documents: corpus.documents.map((document) => ({ ...document, editions: document.editions.map((edition) => ({ ...edition, status: 'draft' as const })) })) };
    const directory = writeCorpusDirectory(drafts);
    const line = expectOneLine(await runInProcess(['diff', '--corpus', directory]));
    expect(line).toContain(`name the two to compare: legal-clauses diff 2003-04-15 2024-01-01 --corpus ${directory}`);
    // The suggestion runs.
    expect((await runInProcess(['diff', '2003-04-15', '2024-01-01', '--corpus', directory])).status).toBe(0);
  });
});

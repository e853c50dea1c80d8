/**
 * The files the CLI writes: `--output` of render, diff and export, and the lock of
 * `check --update`. Written atomically, never over an input, never through a dangling link;
 * a file that cannot be written is one line and exit 2. In-process, through `run`.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run.js';
import { corpus } from '../../src/index.js';
import { exportCorpus } from '../../src/schema.js';
import { withExclusiveLock } from '../../src/node/exclusive-lock.js';
import { FileLockedError } from '../../src/index.js';
import { hasStackTrace } from '../helpers/cli.js';
import { writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';

/** In-process, as the executable runs it (test/helpers/run.ts). */
const cli = (args: string[]) => runInProcess(args);

/** Exit 2, one line on stderr naming the problem, nothing on stdout. */
function expectRefused(result: { status: number; stdout: string; stderr: string }, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

const folder = () => mkdtempSync(join(tmpdir(), 'legal-clauses-out-'));
const tempFilesIn = (directory: string) => readdirSync(directory).filter((name) => name.endsWith('.tmp'));

describe('--output', () => {
  it('writes the output, replacing an existing file, and leaves no temporary file', async () => {
    const directory = folder();
    const file = join(directory, 'out.txt');
    writeFileSync(file, 'old');
    const result = await cli(['render', '--lang', 'en', '--output', file]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/If you access and use/);
    expect(tempFilesIn(directory)).toEqual([]);
  });

  it("keeps an existing file's permissions", async () => {
    const file = join(folder(), 'out.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    expect((await cli(['render', '--format', 'markdown', '--output', file])).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('refuses to overwrite the corpus file it reads', async () => {
    const file = writeTempFile('corpus.json', exportCorpus(corpus));
    const before = readFileSync(file, 'utf8');
    expectRefused(await cli(['render', '--corpus', file, '--output', file]), /--output: cannot write '.*corpus\.json': it is the input of this command \(--corpus .*\); write the output elsewhere/);
    expectRefused(await cli(['export', '--corpus', file, '--output', file]), /it is the input of this command/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses to write inside the corpus directory it reads, whatever the file', async () => {
    const root = writeCorpusDirectory(corpus);
    const document = join(root, 'disclaimer', 'document.json');
    const before = readFileSync(document, 'utf8');
    expectRefused(await cli(['render', '--corpus', root, '--output', document]), /it is inside the input of this command \(--corpus /);
    expectRefused(await cli(['export', '--corpus', root, '--output', join(root, 'lock.json')]), /it is inside the input/);
    expectRefused(await cli(['export', '--corpus', root, '--output', join(root, 'new.json')]), /it is inside the input/);
    expect(readFileSync(document, 'utf8')).toBe(before);
    expect(existsSync(join(root, 'new.json'))).toBe(false);
  });

  it('refuses to overwrite either corpus of a diff, even through a symbolic link', async () => {
    const from = writeTempFile('old.json', exportCorpus(corpus));
    const link = join(folder(), 'link.json');
    symlinkSync(from, link);
    const result = await cli(['diff', '--from-corpus', from, '--to-corpus', 'test/fixtures/corpora/two-editions', '--output', link]);
    expectRefused(result, /--output: cannot write '.*link\.json': it is the input of this command \(--from-corpus /);
  });

  it('does not follow a dangling symbolic link', async () => {
    const directory = folder();
    const link = join(directory, 'out.html');
    const target = join(directory, 'elsewhere', 'planted.html');
    mkdirSync(join(directory, 'elsewhere'));
    symlinkSync(target, link);
    expectRefused(await cli(['render', '--format', 'html', '--output', link]), /it is a symbolic link to '.*planted\.html', which does not exist; no file is created through a dangling link/);
    expect(existsSync(target)).toBe(false);
    expect(readlinkSync(link)).toBe(target);
  });

  it('replaces the file a symbolic link points to, and keeps the link', async () => {
    const directory = folder();
    const target = join(directory, 'real.txt');
    writeFileSync(target, 'old');
    const link = join(directory, 'link.txt');
    symlinkSync(target, link);
    expect((await cli(['render', '--lang', 'zh', '--output', link])).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/免责声明/);
  });

  it('says why a file cannot be written, in one line', async () => {
    expectRefused(await cli(['export', '--output', '/no/such/folder/corpus.json']), /--output: cannot write '\/no\/such\/folder\/corpus\.json': no such directory/);
    expectRefused(await cli(['export', '--output', tmpdir()]), /--output: cannot write '.*': it is a directory/);
  });
});

describe('check --update', () => {
  it('says in one line that the folder of --lock does not exist', async () => {
    const root = writeCorpusDirectory(corpus);
    expectRefused(await cli(['check', '--update', '--corpus', root, '--lock', '/missing/dir/x']), /^legal-clauses: --lock: cannot write '\/missing\/dir\/x': no such directory/);
  });

  it('writes the lock atomically and removes its lock file', async () => {
    const root = writeCorpusDirectory(corpus);
    const result = await cli(['check', '--update', '--corpus', root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/locked disclaimer@2003-04-15/);
    expect(readdirSync(root).sort()).toEqual(['disclaimer', 'lock.json']);
  });

  it('breaks a stale lock file left by a process that no longer runs', async () => {
    const root = writeCorpusDirectory(corpus);
    // A pid above the kernel's maximum (2^22) never runs.
    writeFileSync(join(root, 'lock.json.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), started: '2020-01-01T00:00:00Z', token: 'stale' }));
    const result = await cli(['check', '--update', '--corpus', root]);
    expect(result.status).toBe(0);
    expect(existsSync(join(root, 'lock.json'))).toBe(true);
    expect(existsSync(join(root, 'lock.json.lock'))).toBe(false);
  });
});

describe('concurrent check --update in one process', () => {
  /** FIXTURE, not published text: the bundled corpus with one later edition, `year`-01-01, repeating the 2003-04-15 text. */
  function corpusWithEdition(year: number): string {
    const data = structuredClone(corpus) as any;
    const id = `${year}-01-01`;
    const edition = structuredClone(data.documents[0].editions[0]);
    edition.id = id;
    delete edition.dateline;
    data.documents[0].editions.push(edition);
    for (const clause of data.clauses) clause.editions[id] = clause.editions['2003-04-15'];
    return writeCorpusDirectory(data);
  }

  it('never loses what a run reports as locked: a run whose corpus lacks an edition another locked refuses', async () => {
    const lock = join(folder(), 'lock.json');
    const racers = [2011, 2012, 2013, 2014, 2015, 2016].map(corpusWithEdition);
    const results = await Promise.all(racers.map((root) => cli(['check', '--update', '--corpus', root, '--lock', lock, '--format', 'json'])));
    const locked = Object.keys(JSON.parse(readFileSync(lock, 'utf8')).documents.disclaimer);
    const reported = results.flatMap((result) => (result.status === 0 ? (JSON.parse(result.stdout).added as { edition: string }[]).map((ref) => ref.edition) : []));
    expect(reported.length).toBeGreaterThan(0);
    for (const edition of reported) expect(locked).toContain(edition);
    expect(results.filter((result) => result.status === 1)).toHaveLength(racers.length - 1);
  });
});

describe('withExclusiveLock', () => {
  it('waits for a live holder, then gives up with FileLockedError naming it', async () => {
    const file = join(folder(), 'lock.json');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), started: '2020-01-01T00:00:00Z', token: 'other' }));
    let ran = false;
    const error = await withExclusiveLock(file, async () => void (ran = true), { timeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileLockedError);
    expect((error as Error).message).toMatch(new RegExp(`lock\\.json\\.lock shows that process ${process.pid} on .* is updating it`));
    expect(ran).toBe(false);
  });

  it('lets one task at a time run, in-process as across processes', async () => {
    const file = join(folder(), 'counter.json');
    writeFileSync(file, '0');
    const bump = () =>
      withExclusiveLock(file, async () => {
        const value = Number(readFileSync(file, 'utf8'));
        await new Promise((resolve) => setTimeout(resolve, 2));
        writeFileSync(file, String(value + 1));
      });
    await Promise.all(Array.from({ length: 8 }, bump));
    expect(readFileSync(file, 'utf8')).toBe('8');
  });
});

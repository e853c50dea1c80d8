/**
 * What a real process leaves behind when it is killed, interrupted, raced or given a full disk,
 * and how it writes to a file or a pipe (closed early or not): spawned, because a signal, a
 * concurrent writer, /dev/full and the process's own descriptors are the point. Needs dist/
 * (`npm run build`, which `npm test` runs first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { hasStackTrace, CLI } from '../helpers/cli.js';
import { mutableCorpus, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';
import { exportCorpus } from '../../src/schema.js';
import { parseCorpus } from '../../src/schema.js';

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

/**
 * FIXTURE, not published text: the bundled corpus with the English acceptance clause repeated
 * to about 24 MB, so that writing its rendering takes long enough to be interrupted (or to
 * `size` characters).
 */
function bigCorpusFile(size = 24e6): string {
  const data = mutableCorpus();
  const clause = data.clauses.find((candidate: { id: string }) => candidate.id === 'acceptance');
  const paragraph = clause.editions['2003-04-15'].en.blocks[0];
  paragraph.text = `${paragraph.text} `.repeat(Math.ceil(size / paragraph.text.length)).trimEnd();
  return writeTempFile('big.json', exportCorpus(parseCorpus(data)));
}

async function renderInProcess(args: string[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'legal-clauses-expected-')), 'out.txt');
  const status = await run([...args, '--output', file], { stdout: () => undefined, stderr: () => undefined, colour: false }, 'test');
  expect(status).toBe(0);
  return readFileSync(file, 'utf8');
}

/**
 * Starts the CLI, waits until the write has begun (a temporary file appears in `directory`, or
 * the output changes size, as it would under a writer that is not atomic), sends `signal`, and
 * waits for the end.
 */
async function interruptWhileWriting(args: string[], directory: string, output: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; sawTemporary: boolean }> {
  const size = statSync(output).size;
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: 'ignore' });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, got) => resolve({ code, signal: got })));
  let done = false;
  void ended.then(() => (done = true));
  let sawTemporary = false;
  while (!done) {
    const temporary = readdirSync(directory).some((name) => name.endsWith('.tmp'));
    if (temporary || statSync(output).size !== size) {
      sawTemporary = temporary;
      child.kill(signal);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return { ...(await ended), sawTemporary };
}

describe('an interrupted write', () => {
  const corpusFile = bigCorpusFile();
  const expected = renderInProcess(['render', '--corpus', corpusFile, '--lang', 'en']);

  it.each(['SIGKILL', 'SIGINT'] as const)('leaves the old file or the whole new one after %s, never a truncated one', async (signal) => {
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-kill-'));
    const output = join(directory, 'out.txt');
    writeFileSync(output, 'the old content\n');
    const result = await interruptWhileWriting(['render', '--corpus', corpusFile, '--lang', 'en', '--output', output], directory, output, signal);
    const content = readFileSync(output, 'utf8');
    expect([`the old content\n`, await expected]).toContain(content);
    if (result.sawTemporary) {
      expect(result.signal).toBe(signal);
      // Ctrl-C removes the temporary file; only kill -9 can leave one behind.
      if (signal === 'SIGINT') expect(readdirSync(directory)).toEqual(['out.txt']);
    }
  });

  it('leaves lock.json whole when check --update is killed', async () => {
    const data = mutableCorpus();
    const root = writeCorpusDirectory(data);
    const lock = join(root, 'lock.json');
    const before = '{"format":"legal-clauses/lock@1","documents":{}}\n';
    writeFileSync(lock, before);
    const child = spawn(process.execPath, [CLI, 'check', '--update', '--corpus', root], { env, stdio: 'ignore' });
    const ended = new Promise((resolve) => child.on('exit', resolve));
    // Kill it as soon as it holds the lock file, that is, while it updates lock.json.
    while (child.exitCode === null && !existsSync(`${lock}.lock`) && statSync(lock).size === before.length) await new Promise((resolve) => setTimeout(resolve, 1));
    child.kill('SIGKILL');
    await ended;
    const after = readFileSync(lock, 'utf8');
    expect(after === before || JSON.parse(after).documents.disclaimer['2003-04-15'] !== undefined).toBe(true);
  });
});

describe('concurrent check --update', () => {
  /**
   * FIXTURE, not published text: the bundled corpus with `count` later editions that repeat the
   * 2003-04-15 text, 2011-01-01, 2012-01-01, …; each racer has more than the one before, and many,
   * so that hashing them keeps a racer busy between reading the lock and writing it.
   */
  function corpusWithEditions(count: number): string {
    const data = mutableCorpus();
    const first = data.documents[0].editions[0];
    for (let k = 1; k <= count; k++) {
      const id = `${2010 + k}-01-01`;
      const edition = structuredClone(first);
      edition.id = id;
      delete edition.dateline;
      data.documents[0].editions.push(edition);
      for (const clause of data.clauses) clause.editions[id] = clause.editions['2003-04-15'];
    }
    return writeCorpusDirectory(data);
  }

  it('never loses an edition that a racer reported as locked', async () => {
    const racers = [4, 8, 12, 16].map(corpusWithEditions);
    for (let round = 0; round < 1; round++) {
      const lock = join(mkdtempSync(join(tmpdir(), 'legal-clauses-race-')), 'lock.json');
      const outputs = await Promise.all(
        racers.map(
          (root) =>
            new Promise<{ code: number | null; stdout: string }>((resolve) => {
              const child = spawn(process.execPath, [CLI, 'check', '--update', '--corpus', root, '--lock', lock, '--format', 'json'], { env });
              let stdout = '';
              child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
              child.on('close', (code) => resolve({ code, stdout }));
            }),
        ),
      );
      const locked = Object.keys(JSON.parse(readFileSync(lock, 'utf8')).documents.disclaimer);
      const reported = outputs.flatMap((output) => (output.code === 0 ? (JSON.parse(output.stdout).added as { edition: string }[]).map((ref) => ref.edition) : []));
      expect(reported.length).toBeGreaterThan(0);
      for (const edition of reported) expect(locked).toContain(edition);
      // A racer that found editions in the lock its corpus lacks refused and wrote nothing.
      for (const output of outputs) expect([0, 1]).toContain(output.code);
      expect(existsSync(`${lock}.lock`)).toBe(false);
    }
  });
});

describe('standard output on a full disk', () => {
  it.each([['render'], ['export'], ['diff', '--corpus', 'test/fixtures/corpora/two-editions']])('%s > /dev/full: one line, exit 2, no stack trace', (...args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [CLI, ...args], { env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('legal-clauses: cannot write to standard output: no space left on the device\n');
      expect(hasStackTrace(result.stderr)).toBe(false);
    } finally {
      closeSync(full);
    }
  });
});

describe('standard output as a file or a pipe (written without process.stdout)', () => {
  it('writes the same bytes to a file as to a pipe, stderr apart', () => {
    const piped = spawnSync(process.execPath, [CLI, 'render', '--lang', 'zh'], { env, encoding: 'utf8' });
    const file = join(mkdtempSync(join(tmpdir(), 'legal-clauses-stdout-')), 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const result = spawnSync(process.execPath, [CLI, 'render', '--lang', 'zh'], { env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe(piped.stderr);
    } finally {
      closeSync(fd);
    }
    expect(piped.stdout.length).toBeGreaterThan(1000);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
  });

  it('ends quietly, exit 0, when the reader closes the pipe (render | head)', async () => {
    // A rendering of 1 MB, larger than a pipe's buffer: its write fails once the reader is gone.
    const child = spawn(process.execPath, [CLI, 'render', '--lang', 'en', '--corpus', bigCorpusFile(1e6)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

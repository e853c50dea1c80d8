/**
 * The executable's code cache (src/cli/cached-require.ts, written by scripts/cli-code-cache.mjs at
 * build): V8 accepts the caches the build wrote, and a cache never makes a start run anything but
 * the file as it is on disk: a file edited after the build runs as edited, a damaged cache is
 * passed over.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, codeCacheProbe, runCli } from '../helpers/cli.js';

const DIST = dirname(CLI);
const copies: string[] = [];

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** A copy of dist/ whose files and caches keep their times (as an installed package's do). */
function copyOfDist(): string {
  const copy = mkdtempSync(join(tmpdir(), 'legal-clauses-dist-'));
  copies.push(copy);
  cpSync(DIST, copy, { recursive: true, preserveTimestamps: true });
  return copy;
}

/** `legal-clauses ...args` run from a copy of dist/. */
function runCopy(copy: string, args: readonly string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [join(copy, 'cli.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout };
}

/** A time later than any file of the build. */
function later(): Date {
  return new Date(Date.now() + 60_000);
}

describe('the code cache of the executable', () => {
  it('is written for each command file, and V8 accepts it in a plain start', () => {
    const caches = readdirSync(DIST).filter((name) => name.endsWith('.cjs.v8cache'));
    expect(caches).toEqual(expect.arrayContaining(['cli-list.cjs.v8cache', 'cli-diff.cjs.v8cache', 'cli-check.cjs.v8cache']));
    const result = spawnSync(process.execPath, ['-e', codeCacheProbe(DIST, 'cli-diff')], { encoding: 'utf8' });
    expect(JSON.parse(result.stdout)).toEqual([[join(DIST, 'cli-diff.cjs'), false]]);
  });

  it('never runs a file as it was built once the file is edited: a cache older than its file is passed over', () => {
    const copy = copyOfDist();
    const file = join(copy, 'cli-list.cjs');
    const source = readFileSync(file, 'utf8');
    // The same length, so that V8's own check (the source's length) would take the old cache.
    const edited = source.replace('Usage: legal-clauses list', 'Usage: legal-clauses LIST');
    expect(edited).not.toBe(source);
    writeFileSync(file, edited);
    utimesSync(file, later(), later());
    expect(runCopy(copy, ['list', '--help']).stdout).toContain('Usage: legal-clauses LIST');
  });

  it('passes over a damaged cache, and the command does what it does without one', () => {
    const copy = copyOfDist();
    const cache = join(copy, 'cli-list.cjs.v8cache');
    writeFileSync(cache, Buffer.alloc(readFileSync(cache).length, 0x5a));
    utimesSync(cache, later(), later());
    expect(runCopy(copy, ['list'])).toEqual({ status: 0, stdout: runCli(['list']).stdout });
  });

  it('is not needed: without any cache every command does the same', () => {
    const copy = copyOfDist();
    for (const name of readdirSync(copy).filter((entry) => entry.endsWith('.v8cache'))) rmSync(join(copy, name));
    for (const args of [['list'], ['diff', '2003-04-15', '2003-04-15'], ['export']]) {
      expect(runCopy(copy, args)).toEqual({ status: 0, stdout: runCli(args).stdout });
    }
  });
});

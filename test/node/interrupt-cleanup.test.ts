/**
 * What Ctrl-C leaves behind, in process: the CLI's signal handler (src/cli/main.ts) removes the
 * files marked in src/node/cleanup.ts. A handler runs between two JavaScript tasks, so at every
 * task boundary of a write (or of taking a lock) each temporary or lock file on disk must already
 * be marked. Here the handler is played between tasks: each task of the test first blocks the
 * main thread for a moment, so that what the thread pool was doing (an open, an lstat) finishes
 * on disk while its callback still waits, then does what the handler does and looks at the folder.
 * A file created on the thread pool and marked only in its callback stays behind there; that is
 * what the spawned test of test/cli/interrupted.test.ts caught once in CI, by chance.
 */
import { mkdtempSync, readdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/node/atomic-write.js';
import { removeInterruptedFiles } from '../../src/node/cleanup.js';
import { withExclusiveLock } from '../../src/node/exclusive-lock.js';

/** Blocks the main thread (not the thread pool) for `ms` milliseconds. */
function blockMainThread(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `work`, and between every two tasks until it settles, lets the thread pool finish what it
 * holds, plays the signal handler, and records what is left in `directory` but the names kept.
 */
async function interruptBetweenTasks(directory: string, keep: readonly string[], work: () => Promise<unknown>): Promise<string[][]> {
  const leftovers: string[][] = [];
  let settled = false;
  const done = work().then(
    () => undefined,
    () => undefined, // an interrupted write fails (its temporary file is gone): only what is left matters
  );
  void done.then(() => (settled = true));
  while (!settled) {
    await new Promise((resolve) => setImmediate(resolve));
    blockMainThread(20);
    removeInterruptedFiles(unlinkSync);
    leftovers.push(readdirSync(directory).filter((name) => !keep.includes(name)));
  }
  await done;
  return leftovers;
}

describe('Ctrl-C between any two tasks', () => {
  it('leaves no temporary file of an atomic write', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-interrupt-'));
    const leftovers = await interruptBetweenTasks(directory, ['out.txt'], () => writeFileAtomic(join(directory, 'out.txt'), 'the new content\n'));
    expect(leftovers.length).toBeGreaterThan(1);
    expect(leftovers.filter((names) => names.length > 0)).toEqual([]);
  });

  it('leaves no lock file of an update', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-interrupt-'));
    const leftovers = await interruptBetweenTasks(directory, [], () => withExclusiveLock(join(directory, 'lock.json'), async () => undefined));
    expect(leftovers.length).toBeGreaterThan(1);
    expect(leftovers.filter((names) => names.length > 0)).toEqual([]);
  });
});

/**
 * An exclusive lock for updating a file that several processes may update at once (the lock of
 * published editions: two `check --update` runs, or a script and a person). The lock is a file
 * beside it, `<file>.lock`, created with O_CREAT | O_EXCL, which exactly one process can do; it
 * holds the holder's process id, host and start time, and is removed when the update is done.
 *
 * A stale lock (its holder crashed or was killed) is broken when its process no longer runs on
 * this host, or when it is older than {@link STALE_AFTER_MS} (a holder on another host, seen
 * through a network file system, cannot be checked). Breaking is itself guarded by
 * `<file>.lock.break`, so that two processes breaking the same stale lock cannot delete the fresh
 * lock one of them has just taken. docs/security.md describes the rules.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { FileLockedError, FileNotWritableError } from '../errors.js';
import { keepOnInterrupt, removeOnInterrupt } from './cleanup.js';
import { describeFsError } from './fs-errors.js';

/** A lock older than this is stale whatever its holder: no update takes ten minutes. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

/** Options of {@link withExclusiveLock}. */
export interface ExclusiveLockOptions {
  /**
   * How long to wait for another holder to finish before giving up.
   * @default 30000
   */
  readonly timeoutMs?: number | undefined;
  /** The option that named the file, such as `'--lock'`, for error messages. */
  readonly option?: string | undefined;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
  readonly token: string;
}

/**
 * Runs `task` while holding the exclusive lock of `file` (`<file>.lock`), and releases it after,
 * whatever happens. The task should read the file afresh, merge, and write it atomically.
 *
 * @param file - The file to update.
 * @param task - The update.
 * @param options - How long to wait, and the option naming the file.
 * @returns What the task returns.
 * @throws {FileLockedError} When another live process holds the lock for longer than `timeoutMs`.
 * @throws {FileNotWritableError} When the lock file cannot be created (a missing folder, no permission).
 */
export async function withExclusiveLock<T>(file: string, task: () => Promise<T>, options: ExclusiveLockOptions = {}): Promise<T> {
  const lockFile = `${file}.lock`;
  const holder: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  await acquire(file, lockFile, holder, options);
  try {
    return await task();
  } finally {
    await release(lockFile, holder);
  }
}

async function acquire(file: string, lockFile: string, holder: Holder, options: ExclusiveLockOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx' is O_CREAT | O_EXCL: it fails if the file exists, atomically, even on NFSv3+.
      // Synchronously, and marked in the same JavaScript task, so that Ctrl-C (handled between
      // tasks) finds the lock marked for removal or not yet taken; never taken and unmarked.
      writeFileSync(lockFile, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
      removeOnInterrupt(lockFile, () => parseHolder(readFileSync(lockFile, 'utf8'))?.token === holder.token);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new FileNotWritableError(file, `${code === 'ENOENT' ? 'no such directory' : describeFsError(error)} (creating its lock file ${lockFile})`, { cause: error, option: options.option });
      }
    }
    const seen = await readHolder(lockFile);
    if (seen === undefined) continue; // released between our attempt and the read: try again
    if (isStale(seen)) {
      await breakStale(lockFile, seen.text);
      continue;
    }
    if (Date.now() > deadline) throw new FileLockedError(file, lockFile, describeHolder(seen.holder));
    // Back off a little more each time, with jitter, so that waiting processes do not march in step.
    await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
}

async function release(lockFile: string, holder: Holder): Promise<void> {
  // Marked until it is gone, so that Ctrl-C while it is released leaves nothing; the mark checks
  // the token, as this does.
  const seen = await readHolder(lockFile);
  // Only our own lock: if it was broken as stale and taken by another, it is theirs now.
  if (seen?.holder?.token === holder.token) await unlink(lockFile).catch(() => undefined);
  keepOnInterrupt(lockFile);
}

/** The lock file's text and holder (`holder` undefined while a new holder is still writing it), or undefined when it is gone. */
async function readHolder(lockFile: string): Promise<{ text: string; holder: Holder | undefined; mtimeMs: number } | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)]);
    return { text, holder: parseHolder(text), mtimeMs: stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The holder a lock file's text names, or undefined (a holder still writing it, or damage). */
function parseHolder(text: string): Holder | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<Holder> | null;
    if (typeof parsed?.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') return parsed as Holder;
  } catch {
    // Not JSON (yet): no holder.
  }
  return undefined;
}

function isStale(seen: { holder: Holder | undefined; mtimeMs: number }): boolean {
  const age = Date.now() - seen.mtimeMs;
  if (seen.holder === undefined) return age > 10_000; // a holder crashed while writing it (or is writing it now)
  if (age > STALE_AFTER_MS) return true;
  if (seen.holder.host !== hostname()) return false;
  return !isRunning(seen.holder.pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a stale lock, unless it changed since it was judged stale (another process broke it and took a fresh one). */
async function breakStale(lockFile: string, staleText: string): Promise<void> {
  const guard = `${lockFile}.break`;
  try {
    writeFileSync(guard, `${process.pid}\n`, { flag: 'wx' });
    removeOnInterrupt(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is breaking it; a guard left by a crash in that moment is removed after 10 s.
    const guardAge = await stat(guard).then((stats) => Date.now() - stats.mtimeMs, () => 0);
    if (guardAge > 10_000) await unlink(guard).catch(() => undefined);
    else await sleep(10);
    return;
  }
  try {
    const now = await readFile(lockFile, 'utf8').catch(() => undefined);
    if (now === staleText) await unlink(lockFile).catch(() => undefined);
  } finally {
    await unlink(guard).catch(() => undefined);
    keepOnInterrupt(guard);
  }
}

function describeHolder(holder: Holder | undefined): string {
  return holder === undefined ? 'another process' : `process ${holder.pid} on ${holder.host} (since ${holder.started})`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Small regular files are read synchronously. The first asynchronous file-system call of a process
 * starts libuv's thread pool (four threads): on this 2-core machine that cost a CLI start 3 to
 * 16 ms (docs/benchmarks.md, "CLI start"), more than `check`, `lint` or `changeset --check` spend
 * on the bundled corpus otherwise. A regular file of at most {@link SMALL_FILE_BYTES} comes from
 * the page cache in microseconds, and blocks the event loop no longer than that; larger files,
 * pipes and devices are still read asynchronously.
 */
import { readFileSync, statSync } from 'node:fs';

/** The largest file read synchronously. */
export const SMALL_FILE_BYTES = 1 << 20;

/**
 * The bytes of a small regular file, read synchronously.
 *
 * @param path - The file.
 * @returns Its bytes; `undefined` when it does not exist; `null` when it is not a regular file of
 *   at most {@link SMALL_FILE_BYTES} (a directory, a pipe, a device, a larger file): read it
 *   asynchronously then.
 * @throws The error of `statSync` or `readFileSync` other than ENOENT (permission denied, …).
 */
export function readSmallFile(path: string): Buffer | undefined | null {
  let size;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return null;
    size = stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (size > SMALL_FILE_BYTES) return null;
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

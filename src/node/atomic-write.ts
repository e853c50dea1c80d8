/**
 * Atomic file writes: the text goes to a temporary file in the target's directory, is flushed
 * to the disk (fsync), and renamed over the target, and the directory is flushed so that the
 * rename itself survives a crash. A reader, a crash, `kill -9` or Ctrl-C therefore sees the old
 * file or the new one, never a truncated or empty one. Every file legal-clauses writes goes
 * through here: `--output`, the lock, the changeset draft, the generated modules.
 *
 * What can be left behind: after `kill -9` or a power cut during a write, a temporary file named
 * `.<name>.<pid>.<random>.tmp` beside the target (the target itself is intact). The CLI removes
 * it on Ctrl-C and SIGTERM (src/node/cleanup.ts).
 */
import { randomBytes } from 'node:crypto';
import { close, fchmod, fsync, openSync, writeFile } from 'node:fs';
import { lstat, open, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { FileNotWritableError } from '../errors.js';
import { keepOnInterrupt, removeOnInterrupt } from './cleanup.js';
import { describeFsError } from './fs-errors.js';

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** The option that named the file, such as `'--output'`, for error messages. */
  readonly option?: string | undefined;
}

/**
 * Writes a file atomically (temporary file, fsync, rename, fsync of the directory). An existing
 * file keeps its permissions; a symbolic link to a file has its target replaced (the link
 * stays); a symbolic link to nothing is refused, so a planted link cannot make us create a file
 * elsewhere.
 *
 * @param file - The file to write.
 * @param data - Its new content (a string is written as UTF-8).
 * @param options - The option that named the file, for messages.
 * @throws {FileNotWritableError} When it cannot be written: a missing folder, a directory, no
 *   permission, a full disk, a dangling symbolic link. The target is then unchanged.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fail = (reason: string, cause?: unknown) => new FileNotWritableError(file, reason, { cause, option: options.option });
  const { target, mode } = await resolveTarget(file).catch((error: unknown) => {
    throw error instanceof FileNotWritableError ? fail(error.reason, error) : fail(describeWriteError(error), error);
  });
  const directory = dirname(target);
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd;
  try {
    // Created synchronously, and marked for removal in the same JavaScript task: a signal handler
    // runs between tasks, so it finds the file marked or finds no file. Created on the thread pool
    // (fs/promises), it could exist unmarked when Ctrl-C came, and stay behind.
    fd = openSync(temporary, 'wx', mode ?? 0o666);
  } catch (error) {
    throw fail(describeWriteError(error), error);
  }
  removeOnInterrupt(temporary);
  try {
    try {
      // The mode given to open() is masked by the umask; an existing file's mode is restored exactly.
      if (mode !== undefined) await fchmodAsync(fd, mode);
      await writeFileAsync(fd, data);
      await fsyncAsync(fd);
    } finally {
      await closeAsync(fd);
    }
    await rename(temporary, target);
    keepOnInterrupt(temporary);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    keepOnInterrupt(temporary);
    throw fail(describeWriteError(error), error);
  }
  await syncDirectory(directory);
}

const fchmodAsync = promisify(fchmod);
const writeFileAsync = promisify(writeFile);
const fsyncAsync = promisify(fsync);
const closeAsync = promisify(close);

/** The file a write replaces (a symbolic link's target), and its permissions if it exists. */
async function resolveTarget(file: string): Promise<{ target: string; mode: number | undefined }> {
  let link;
  try {
    link = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { target: resolve(file), mode: undefined };
    throw error;
  }
  if (link.isSymbolicLink()) {
    let target;
    try {
      target = await realpath(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const points = await readlink(file).catch(() => '?');
      throw new FileNotWritableError(file, `it is a symbolic link to '${points}', which does not exist; no file is created through a dangling link`);
    }
    const stats = await stat(target);
    if (stats.isDirectory()) throw new FileNotWritableError(file, 'it is a directory');
    return { target, mode: stats.mode & 0o7777 };
  }
  if (link.isDirectory()) throw new FileNotWritableError(file, 'it is a directory');
  if (!link.isFile()) throw new FileNotWritableError(file, 'it is not a regular file (a device, pipe or socket cannot be replaced atomically)');
  return { target: resolve(file), mode: link.mode & 0o7777 };
}

/** Flushes a directory's entries (the rename) to the disk, where the platform allows it. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a directory, and some file systems refuse fsync on one (EINVAL):
    // the rename is done; only its durability across a power cut is left to the system.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EISDIR') return 'it is a directory';
  return describeFsError(error);
}

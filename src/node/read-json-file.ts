/**
 * Reading JSON files: refused before they are read when larger than {@link MAX_JSON_BYTES} (one
 * clear message instead of V8's "Invalid string length" or an exhausted heap), then parsed
 * strictly ({@link parseJsonBytes}: UTF-8, no duplicate keys, no lone surrogates, bounded
 * depth). Every JSON file we read goes through here: corpus files, the files of a corpus
 * directory, the lock, the lint configuration.
 */
import { MAX_JSON_BYTES } from '../corpus/limits.js';
import type { parseJsonBytes } from '../corpus/parse-json.js';
import { FileNotReadableError, LimitExceededError } from '../errors.js';
import { describeFsError } from './fs-errors.js';
import { closeFile, fstatFile, openFile, readFromFile, readFileBytes } from './fs-async.js';
import { readSmallFile } from './small-file.js';


/**
 * Reads and parses a JSON file, strictly.
 *
 * @param file - The file.
 * @returns The parsed value.
 * @throws {FileNotReadableError} When it does not exist, is a directory, or cannot be read.
 * @throws {LimitExceededError} When it is larger than {@link MAX_JSON_BYTES}, or nested too deep.
 * @throws The errors of {@link parseJsonBytes}.
 */
export async function readJsonFile(file: string): Promise<unknown> {
  const bytes = await readJsonBytes(file);
  return (await import('../corpus/parse-json.js')).parseJsonBytes(bytes, file);
}

/**
 * The text of a JSON file, checked strictly (as {@link readJsonFile} checks it), or `undefined`
 * when the file does not exist: for files whose parser takes text, such as the lock.
 *
 * @param file - The file.
 * @param validated - A text checked when the package was built (the package's own lock): a file
 *   whose bytes are exactly its UTF-8 is that text, and is not scanned again.
 * @returns Its text, without a byte order mark, or `undefined`.
 * @throws The errors of {@link readJsonFile}, but not for a missing file.
 */
export async function readOptionalJsonText(file: string, validated?: string): Promise<string | undefined> {
  const bytes = await readOptionalBytes(file);
  if (bytes === undefined) return undefined;
  if (validated !== undefined && Buffer.compare(bytes, Buffer.from(validated, 'utf8')) === 0) return validated;
  // The strict reader is loaded only for a text it must check (not the package's own lock).
  return (await import('../corpus/parse-json.js')).checkedJsonText(bytes, file);
}

/**
 * The bytes of a JSON file.
 *
 * @param file - The file.
 * @returns Its bytes.
 * @throws {FileNotReadableError} When it does not exist, is a directory, or cannot be read.
 * @throws {LimitExceededError} When it is larger than {@link MAX_JSON_BYTES}.
 */
export async function readJsonBytes(file: string): Promise<Uint8Array> {
  const bytes = await readOptionalBytes(file);
  if (bytes === undefined) throw new FileNotReadableError(file, 'no such file or directory');
  return bytes;
}

/**
 * Runs `use` with the bytes of a JSON file as a positional {@link ByteSource}: read from the
 * disk as needed for a regular file (never held whole), in memory for a pipe or a device.
 *
 * @param file - The file.
 * @param use - What to do with its bytes.
 * @returns What `use` returns.
 * @throws {FileNotReadableError} When it does not exist, is a directory, or cannot be read.
 * @throws {LimitExceededError} When it is larger than {@link MAX_JSON_BYTES}.
 */
export async function withJsonSource<T>(file: string, use: (source: ByteSource) => Promise<T>): Promise<T> {
  let fd;
  try {
    fd = await openFile(file, 'r');
  } catch (error) {
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  }
  try {
    let stats;
    try {
      stats = await fstatFile(fd);
    } catch (error) {
      throw new FileNotReadableError(file, describeFsError(error), { cause: error });
    }
    if (stats.isDirectory()) throw new FileNotReadableError(file, 'it is a directory, expected a file');
    if (stats.size > MAX_JSON_BYTES) throw tooLarge(file, stats.size);
    if (stats.isFile()) return await use(fileSource(fd, file));
    const bytes = await readAtMost(fd, MAX_JSON_BYTES + 1);
    if (bytes.length > MAX_JSON_BYTES) throw tooLarge(file, bytes.length);
    return await use(memorySource(bytes));
  } finally {
    await closeFile(fd);
  }
}

/** Where a file's bytes come from: positional reads, from the disk or from memory. */
export interface ByteSource {
  /** Bytes `[position, position + length)`, fewer at the end of the file. */
  read(position: number, length: number): Promise<Uint8Array>;
}

function fileSource(fd: number, file: string): ByteSource {
  return {
    async read(position, length) {
      const buffer = Buffer.allocUnsafe(length);
      let filled = 0;
      try {
        while (filled < length) {
          const bytesRead = await readFromFile(fd, buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
      } catch (error) {
        throw new FileNotReadableError(file, describeFsError(error), { cause: error });
      }
      return buffer.subarray(0, filled);
    },
  };
}

/**
 * Bytes in memory as a {@link ByteSource}.
 *
 * @param bytes - The bytes.
 * @returns The source.
 */
export function memorySource(bytes: Uint8Array): ByteSource {
  return { read: async (position, length) => bytes.subarray(position, position + length) };
}

async function readOptionalBytes(file: string): Promise<Uint8Array | undefined> {
  let small;
  try {
    small = readSmallFile(file);
  } catch (error) {
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  }
  if (small !== null) return small;
  let fd;
  try {
    fd = await openFile(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  }
  let bytes: Uint8Array;
  try {
    const stats = await fstatFile(fd);
    if (stats.isDirectory()) throw new FileNotReadableError(file, 'it is a directory, expected a file');
    if (stats.size > MAX_JSON_BYTES) throw tooLarge(file, stats.size);
    bytes = stats.isFile() ? await readFileBytes(fd) : await readAtMost(fd, MAX_JSON_BYTES + 1);
  } catch (error) {
    if (error instanceof FileNotReadableError || error instanceof LimitExceededError) throw error;
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  } finally {
    await closeFile(fd);
  }
  // A file that is not a regular one (a pipe, a device) reports no size: check what was read.
  if (bytes.length > MAX_JSON_BYTES) throw tooLarge(file, bytes.length);
  return bytes;
}

/** Reads a stream-like file (a pipe, a device) up to `limit` bytes, so that an endless one cannot exhaust memory. */
async function readAtMost(fd: number, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
    const bytesRead = await readFromFile(fd, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(file: string, size: number): LimitExceededError {
  const mib = (value: number) => `${(value / 2 ** 20).toFixed(0)} MiB`;
  return new LimitExceededError(
    file,
    'size',
    MAX_JSON_BYTES,
    `the file is ${mib(size)}, more than the ${mib(MAX_JSON_BYTES)} a corpus, lock or lint file may have (docs/security.md); split a large corpus into documents in a corpus directory`,
  );
}

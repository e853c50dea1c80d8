/**
 * Reading the text of a JSON file we are about to parse: refused before it is read when larger
 * than {@link MAX_JSON_BYTES} (one clear message instead of V8's "Invalid string length" or an
 * exhausted heap), and decoded strictly as UTF-8 ({@link decodeJsonBytes}). Every JSON file goes
 * through here: corpus files, the files of a corpus directory, the lock, the lint configuration.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { decodeJsonBytes } from '../corpus/decode-json.js';
import { MAX_JSON_BYTES } from '../corpus/limits.js';
import { FileNotReadableError, LimitExceededError } from '../errors.js';
import { describeFsError } from './fs-errors.js';

/**
 * The text of a JSON file.
 *
 * @param file - The file.
 * @returns Its text, decoded as UTF-8, without a byte order mark.
 * @throws {FileNotReadableError} When it does not exist, is not a file, or cannot be read.
 * @throws {LimitExceededError} When it is larger than {@link MAX_JSON_BYTES}.
 * @throws {InvalidEncodingError} When it is not UTF-8.
 */
export async function readJsonText(file: string): Promise<string> {
  const text = await readOptionalJsonText(file);
  if (text === undefined) throw new FileNotReadableError(file, 'no such file or directory');
  return text;
}

/**
 * The text of a JSON file, or `undefined` when it does not exist.
 *
 * @param file - The file.
 * @returns Its text, decoded as UTF-8, or `undefined`.
 * @throws {FileNotReadableError} When it exists and cannot be read, or is not a file.
 * @throws {LimitExceededError} When it is larger than {@link MAX_JSON_BYTES}.
 * @throws {InvalidEncodingError} When it is not UTF-8.
 */
export async function readOptionalJsonText(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  }
  let bytes: Uint8Array;
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new FileNotReadableError(file, 'it is a directory, expected a file');
    if (stats.size > MAX_JSON_BYTES) throw tooLarge(file, stats.size);
    bytes = stats.isFile() ? await handle.readFile() : await readAtMost(handle, MAX_JSON_BYTES + 1);
  } catch (error) {
    if (error instanceof FileNotReadableError || error instanceof LimitExceededError) throw error;
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  } finally {
    await handle.close();
  }
  // A file that is not a regular one (a pipe, /proc) reports no size: check what was read.
  if (bytes.length > MAX_JSON_BYTES) throw tooLarge(file, bytes.length);
  return decodeJsonBytes(bytes, file);
}

/** Reads a stream-like file (a pipe, a device) up to `limit` bytes, so that an endless one cannot exhaust memory. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(file: string, size: number): LimitExceededError {
  const mib = (value: number) => `${(value / 2 ** 20).toFixed(value < 2 ** 20 ? 2 : 0)} MiB`;
  return new LimitExceededError(file, 'size', MAX_JSON_BYTES, `the file is ${mib(size)}, more than the ${mib(MAX_JSON_BYTES)} a corpus, lock or lint file may have (docs/security.md); split a large corpus into documents in a corpus directory`);
}

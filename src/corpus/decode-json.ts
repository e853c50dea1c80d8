/**
 * What a JSON file's bytes are, before they are scanned: UTF-8 (RFC 8259 §8.1: JSON exchanged
 * between systems is UTF-8), with an optional byte order mark, or another encoding, which is
 * refused by name instead of reading as "unexpected '\u0000'". No `node:` import: this runs
 * wherever the library does.
 */
import { InvalidEncodingError } from '../errors.js';

/**
 * The UTF-8 body of a JSON file's bytes: without a UTF-8 byte order mark.
 *
 * @param bytes - The file's bytes.
 * @param file - The file, for error messages.
 * @returns The bytes after the byte order mark, if there is one (the same memory, not a copy).
 * @throws {InvalidEncodingError} When the bytes are UTF-16 or UTF-32, by byte order mark or by
 *   the pattern of NUL bytes that JSON text makes in them.
 */
export function utf8Body(bytes: Uint8Array, file: string): Uint8Array {
  const other = otherEncoding(bytes);
  if (other) throw new InvalidEncodingError(file, other.encoding, 0, other.evidence);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** UTF-16 or UTF-32, recognised by a byte order mark or by NULs around the first ASCII characters (RFC 4627 §3). */
function otherEncoding(bytes: Uint8Array): { encoding: string; evidence: string } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'UTF-32BE', evidence: 'it starts with the UTF-32BE byte order mark' };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'UTF-32LE', evidence: 'it starts with the UTF-32LE byte order mark' };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16BE', evidence: 'it starts with the UTF-16BE byte order mark' };
  if (a === 0xff && b === 0xfe) return { encoding: 'UTF-16LE', evidence: 'it starts with the UTF-16LE byte order mark' };
  // JSON text starts with an ASCII character; in UTF-16 and UTF-32 its other bytes are NUL.
  if (bytes.length >= 4) {
    if (a === 0 && b === 0 && c === 0 && d !== 0) return { encoding: 'UTF-32BE', evidence: 'its first character is three NUL bytes and an ASCII one' };
    if (a !== 0 && b === 0 && c === 0 && d === 0) return { encoding: 'UTF-32LE', evidence: 'its first character is an ASCII byte and three NUL bytes' };
  }
  if (bytes.length >= 2) {
    if (a === 0 && b !== 0) return { encoding: 'UTF-16BE', evidence: 'every other byte is NUL, starting with the first' };
    if (a !== 0 && b === 0) return { encoding: 'UTF-16LE', evidence: 'every other byte is NUL, starting with the second' };
  }
  return undefined;
}

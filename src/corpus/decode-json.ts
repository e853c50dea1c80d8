/**
 * Decoding the bytes of a JSON file as UTF-8, strictly (RFC 8259 §8.1: JSON exchanged between
 * systems is UTF-8). A decoder that replaces invalid bytes with U+FFFD changes the text and the
 * hash silently; a UTF-16 file read as UTF-8 gives "unexpected '\u0000'". Both are refused here,
 * naming the byte offset or the encoding. No `node:` import: this runs wherever the library does.
 */
import { InvalidEncodingError } from '../errors.js';
import { positionOf } from './scan-json.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a JSON file's bytes: UTF-8, with a leading byte order mark removed.
 *
 * @param bytes - The file's bytes.
 * @param file - The file, for error messages.
 * @returns The text.
 * @throws {InvalidEncodingError} When the bytes are UTF-16 or UTF-32 (by byte order mark or by
 *   the pattern of NUL bytes JSON text makes in them), or not valid UTF-8 (with the byte offset).
 */
export function decodeJsonBytes(bytes: Uint8Array, file: string): string {
  const other = otherEncoding(bytes);
  if (other) throw new InvalidEncodingError(file, other.encoding, 0, other.evidence);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return decoder.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const skipped = bytes.length - body.length;
    const offset = bad.offset + skipped;
    // The bytes before the bad one are valid: decode them to say on which line it is.
    const before = decoder.decode(body.subarray(0, bad.offset));
    const where = positionOf(before, before.length);
    throw new InvalidEncodingError(file, undefined, offset, `${bad.reason} at byte ${offset} (line ${where.line}, column ${where.column})`);
  }
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

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The first ill-formed UTF-8 sequence (Unicode, Table 3-7), and what is wrong with it. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; reason: string } {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead === 0xe0) (need = 2), (low = 0xa0);
    else if (lead === 0xed) (need = 2), (high = 0x9f);
    else if (lead >= 0xe1 && lead <= 0xef) need = 2;
    else if (lead === 0xf0) (need = 3), (low = 0x90);
    else if (lead === 0xf4) (need = 3), (high = 0x8f);
    else if (lead >= 0xf1 && lead <= 0xf3) need = 3;
    else if (lead >= 0x80 && lead <= 0xbf) return { offset: i, reason: `byte ${hex(lead)} continues a character that never started` };
    else return { offset: i, reason: `byte ${hex(lead)} never occurs in UTF-8 (is the file in another encoding, such as GBK or Latin-1?)` };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { offset: i, reason: `the file ends inside a character (byte ${hex(lead)} starts a ${need + 1}-byte sequence)` };
      const next = bytes[i + k]!;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next < min || next > max) {
        const what = lead === 0xed && k === 1 && next >= 0xa0 ? 'an encoded surrogate (CESU-8), which UTF-8 forbids' : `a sequence cut short (byte ${hex(lead)} followed by ${hex(next)})`;
        return { offset: i, reason: what };
      }
    }
    i += need + 1;
  }
  return { offset: n, reason: 'invalid UTF-8' };
}

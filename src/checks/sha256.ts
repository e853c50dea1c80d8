/**
 * SHA-256 (FIPS 180-4), synchronous, so that the checks run wherever the library does: browsers
 * and edge workers have only the asynchronous `crypto.subtle`, and `node:crypto` exists only in
 * Node. In Node, `node:crypto` does the hashing (found through `process.getBuiltinModule`, so that
 * no bundler sees an import of it); elsewhere, our implementation below, which the tests hold to
 * `node:crypto` (docs/benchmarks.md has the cost of each).
 */
import { checkArguments } from '../util/arguments.js';
import { HASH_INPUT } from './arguments.js';

import { IllFormedUnicodeError } from '../errors.js';
import { findLoneSurrogate } from '../util/unicode.js';
import { nativeSha256 } from './native-sha256.js';

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const encoder = new TextEncoder();

/**
 * The SHA-256 digest of a string (encoded as UTF-8) or of bytes, as 64 lowercase hex digits.
 * A string must be well-formed Unicode: a lone surrogate has no UTF-8 form (`TextEncoder` and
 * Node's `createHash().update(text, 'utf8')` would both hash it as U+FFFD, so `\ud83d` and
 * `\ufffd` would hash alike), so it is refused.
 *
 * @param input - Text, hashed as its UTF-8 bytes, or raw bytes.
 * @returns The digest as 64 lowercase hexadecimal digits.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @throws {IllFormedUnicodeError} When the string holds a lone surrogate.
 * @example
 * sha256Hex('abc');
 * //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(input: string | Uint8Array): string {
  checkArguments('sha256Hex', ['input', input, HASH_INPUT]);
  if (typeof input === 'string') {
    const lone = findLoneSurrogate(input);
    if (lone >= 0) {
      throw new IllFormedUnicodeError({ offset: lone }, input.charCodeAt(lone), 'hashes are defined on well-formed text only (docs/trust.md)');
    }
  }
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  return (nativeSha256() ?? portableSha256Hex)(bytes);
}

/**
 * Our SHA-256 of bytes, as 64 lowercase hex digits: what {@link sha256Hex} uses where there is no
 * `node:crypto`. Exported for the tests, which hold it to `node:crypto`; not part of the API.
 *
 * @param bytes - The bytes to hash.
 * @returns The digest as 64 lowercase hexadecimal digits.
 * @example
 * portableSha256Hex(new TextEncoder().encode('abc'));
 * //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function portableSha256Hex(bytes: Uint8Array): string {
  const state = digest(bytes);
  let hex = '';
  for (const word of state) hex += word.toString(16).padStart(8, '0');
  return hex;
}

function digest(bytes: Uint8Array): Uint32Array {
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number, to a
  // multiple of 64 bytes.
  const length = bytes.length;
  const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  // The bit length can exceed 2^32: split it without losing precision.
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length << 3) >>> 0);

  const state = new Uint32Array(INITIAL);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
    let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    // Uint32Array stores modulo 2^32, which is the addition SHA-256 asks for.
    state[0]! += a;
    state[1]! += b;
    state[2]! += c;
    state[3]! += d;
    state[4]! += e;
    state[5]! += f;
    state[6]! += g;
    state[7]! += h;
  }
  return state;
}

function rotr(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits));
}

/**
 * SHA-256 (FIPS 180-4) in WebAssembly, for the executable: the hashes of a start (`check`,
 * `export`, `record`, `verify` on the bundled corpus: a few dozen kilobytes) without loading
 * `node:crypto`, whose modules (with Node's streams, which they load) cost a start about 6 ms of
 * its 65, nor running our JavaScript SHA-256 cold (20–40 ms for 30 KB before the JIT warms up).
 * The module is under 600 bytes, encoded below from its instructions ({@link moduleBytes}; its
 * base64, {@link SHA256_WASM}, is what loads, and a test keeps the two equal); V8 compiles it in
 * about a millisecond, and its code runs at native speed from the first block. Past {@link WASM_BUDGET} bytes, `node:crypto` takes over: its cost is then
 * small beside the hashing. The tests hold both to `node:crypto` (test/checks/sha256.test.ts).
 *
 * The CLI build puts this module in place of src/checks/native-sha256.ts (tsup.config.ts); the
 * library keeps `node:crypto`, and browser bundles carry neither.
 */
import { nodeCryptoSha256 } from '../checks/native-sha256.js';

/** Bytes hashed here before `node:crypto` takes over (per process). */
export const WASM_BUDGET = 1 << 20;

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

// Memory: K at 0, the message schedule W at 256, the state at 512, the padded message from 1024.
const W = 256;
const STATE = 512;
const MESSAGE = 1024;
const PAGE = 65536;

// The instructions used (WebAssembly core specification, binary format).
const BLOCK = 0x02, LOOP = 0x03, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_LOAD = 0x28, I32_STORE = 0x36, I32_CONST = 0x41;
const I32_LT_U = 0x49, I32_GE_U = 0x4f, I32_ADD = 0x6a, I32_AND = 0x71, I32_OR = 0x72, I32_XOR = 0x73;
const I32_SHR_U = 0x76, I32_ROTL = 0x77, I32_ROTR = 0x78;

// The function's locals: its parameter (where the padded message ends), then the working variables.
const END_OF_MESSAGE = 0, P = 1, I = 2, X = 3, T1 = 4, T2 = 5;
const A = 6; // a..h: 6..13
const H = 14; // the state h0..h7: 14..21
const LOCALS = 21;

function unsigned(value: number): number[] {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

function signed(value: number): number[] {
  const bytes = [];
  value |= 0;
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) return [...bytes, byte];
    bytes.push(byte | 0x80);
  }
}

const get = (local: number) => [LOCAL_GET, local];
const set = (local: number) => [LOCAL_SET, local];
const constant = (value: number) => [I32_CONST, ...signed(value)];
const load = (offset: number) => [I32_LOAD, 2, ...unsigned(offset)];
const store = (offset: number) => [I32_STORE, 2, ...unsigned(offset)];
const rotr = (local: number, bits: number) => [...get(local), ...constant(bits), I32_ROTR];
/** `local` rotated right by each of `bits`, xored together, plus `local >>> shift` when given. */
const sigma = (local: number, bits: readonly number[], shift?: number) => [
  ...bits.flatMap((n, index) => [...rotr(local, n), ...(index > 0 ? [I32_XOR] : [])]),
  ...(shift === undefined ? [] : [...get(local), ...constant(shift), I32_SHR_U, I32_XOR]),
];
/** I += 4; loop again while I < limit. */
const nextWord = (limit: number) => [...get(I), ...constant(4), I32_ADD, LOCAL_TEE, I, ...constant(limit), I32_LT_U, BR_IF, 0];

/** The body of `digest(end)`: every 64-byte block from MESSAGE to `end` into the state, stored at STATE. */
function digestBody(): number[] {
  const v = (n: number) => A + n; // a = v(0) … h = v(7)
  return [
    ...INITIAL.flatMap((word, n) => [...constant(word), ...set(H + n)]),
    ...constant(MESSAGE), ...set(P),
    BLOCK, VOID,
    LOOP, VOID,
    ...get(P), ...get(END_OF_MESSAGE), I32_GE_U, BR_IF, 1,
    // W[0..15]: the block's words, big-endian (a little-endian load, bytes swapped).
    ...constant(0), ...set(I),
    LOOP, VOID,
    ...get(I),
    ...get(P), ...get(I), I32_ADD, ...load(0), ...set(X),
    ...get(X), ...constant(8), I32_ROTL, ...constant(0x00ff00ff), I32_AND,
    ...get(X), ...constant(8), I32_ROTR, ...constant(0xff00ff00), I32_AND, I32_OR,
    ...store(W),
    ...nextWord(64),
    END,
    // W[16..63] = σ1(W[i-2]) + W[i-7] + σ0(W[i-15]) + W[i-16]
    LOOP, VOID,
    ...get(I),
    ...get(I), ...load(W - 8), ...set(X), ...sigma(X, [17, 19], 10),
    ...get(I), ...load(W - 28), I32_ADD,
    ...get(I), ...load(W - 60), ...set(X), ...sigma(X, [7, 18], 3), I32_ADD,
    ...get(I), ...load(W - 64), I32_ADD,
    ...store(W),
    ...nextWord(256),
    END,
    ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((n) => [...get(H + n), ...set(v(n))]),
    ...constant(0), ...set(I),
    LOOP, VOID,
    // t1 = h + Σ1(e) + ch(e, f, g) + K[i] + W[i], with ch = g ^ (e & (f ^ g))
    ...get(v(7)), ...sigma(v(4), [6, 11, 25]), I32_ADD,
    ...get(v(6)), ...get(v(4)), ...get(v(5)), ...get(v(6)), I32_XOR, I32_AND, I32_XOR, I32_ADD,
    ...get(I), ...load(0), I32_ADD,
    ...get(I), ...load(W), I32_ADD,
    ...set(T1),
    // t2 = Σ0(a) + maj(a, b, c), with maj = (a & b) | (c & (a | b))
    ...sigma(v(0), [2, 13, 22]),
    ...get(v(0)), ...get(v(1)), I32_AND, ...get(v(2)), ...get(v(0)), ...get(v(1)), I32_OR, I32_AND, I32_OR, I32_ADD,
    ...set(T2),
    ...get(v(6)), ...set(v(7)),
    ...get(v(5)), ...set(v(6)),
    ...get(v(4)), ...set(v(5)),
    ...get(v(3)), ...get(T1), I32_ADD, ...set(v(4)),
    ...get(v(2)), ...set(v(3)),
    ...get(v(1)), ...set(v(2)),
    ...get(v(0)), ...set(v(1)),
    ...get(T1), ...get(T2), I32_ADD, ...set(v(0)),
    ...nextWord(256),
    END,
    ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((n) => [...get(H + n), ...get(v(n)), I32_ADD, ...set(H + n)]),
    ...get(P), ...constant(64), I32_ADD, ...set(P),
    BR, 0,
    END,
    END,
    ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((n) => [...constant(STATE + 4 * n), ...get(H + n), ...store(0)]),
    END,
  ];
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsigned(content.length), ...content];
}

function name(text: string): number[] {
  return [text.length, ...[...text].map((char) => char.charCodeAt(0))];
}

/**
 * The module, encoded from the instructions above: one memory, one function `digest(end: i32)`,
 * both exported. The executable loads {@link SHA256_WASM}, which a test holds to this (encoding
 * it at each start cost a millisecond).
 *
 * @returns The module's bytes.
 */
export function moduleBytes(): Uint8Array<ArrayBuffer> {
  const body = [1, ...unsigned(LOCALS), 0x7f, ...digestBody()];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, 0x7f, 0]), // type: (i32) -> ()
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(5, [1, 0, 1]), // memory: one page to start with
    ...section(7, [2, ...name('memory'), 2, 0, ...name('digest'), 0, 0]),
    ...section(10, [1, ...unsigned(body.length), ...body]),
  ]);
}

/** {@link moduleBytes} as base64 (test/checks/sha256.test.ts fails, with the new text, when they differ). */
export const SHA256_WASM = 'AGFzbQEAAAABBQFgAX8AAwIBAAUDAQABBxMCBm1lbW9yeQIABmRpZ2VzdAAACpgEAZUEARV/QefMp9AGIQ5Bhd2e23shD0Hy5rvjAyEQQbrqv6p6IRFB/6S5iAUhEkGM0ZXYeSETQauzj/wBIRRBmZqD3wUhFUGACCEBAkADQCABIABPDQFBACECA0AgAiABIAJqKAIAIQMgA0EId0H/gfwHcSADQQh4QYD+g3hxcjYCgAIgAkEEaiICQcAASQ0ACwNAIAIgAigC+AEhAyADQRF4IANBE3hzIANBCnZzIAIoAuQBaiACKALEASEDIANBB3ggA0ESeHMgA0EDdnNqIAIoAsABajYCgAIgAkEEaiICQYACSQ0ACyAOIQYgDyEHIBAhCCARIQkgEiEKIBMhCyAUIQwgFSENQQAhAgNAIA0gCkEGeCAKQQt4cyAKQRl4c2ogDCAKIAsgDHNxc2ogAigCAGogAigCgAJqIQQgBkECeCAGQQ14cyAGQRZ4cyAGIAdxIAggBiAHcnFyaiEFIAwhDSALIQwgCiELIAkgBGohCiAIIQkgByEIIAYhByAEIAVqIQYgAkEEaiICQYACSQ0ACyAOIAZqIQ4gDyAHaiEPIBAgCGohECARIAlqIREgEiAKaiESIBMgC2ohEyAUIAxqIRQgFSANaiEVIAFBwABqIQEMAAsLQYAEIA42AgBBhAQgDzYCAEGIBCAQNgIAQYwEIBE2AgBBkAQgEjYCAEGUBCATNgIAQZgEIBQ2AgBBnAQgFTYCAAs=';

interface Hasher {
  memory: WebAssembly.Memory;
  digest(end: number): void;
}

let hasher: Hasher | undefined;
let hashed = 0;

function instantiate(): Hasher {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA256_WASM, 'base64')));
  const { memory, digest } = instance.exports as unknown as Hasher;
  const view = new DataView(memory.buffer);
  K.forEach((word, n) => view.setUint32(4 * n, word, true));
  return { memory, digest };
}

/**
 * SHA-256 of bytes, as 64 lowercase hex digits, in WebAssembly.
 *
 * @param bytes - The bytes to hash.
 * @returns The digest.
 */
export function wasmSha256Hex(bytes: Uint8Array): string {
  hasher ??= instantiate();
  const { memory, digest } = hasher;
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number.
  const length = bytes.length;
  const end = MESSAGE + Math.ceil((length + 9) / 64) * 64;
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
  const memoryBytes = new Uint8Array(memory.buffer);
  memoryBytes.set(bytes, MESSAGE);
  memoryBytes.fill(0, MESSAGE + length, end);
  memoryBytes[MESSAGE + length] = 0x80;
  const view = new DataView(memory.buffer);
  view.setUint32(end - 8, Math.floor(length / 0x20000000));
  view.setUint32(end - 4, (length << 3) >>> 0);
  digest(end);
  let hex = '';
  for (let n = 0; n < 8; n++) hex += view.getUint32(STATE + 4 * n, true).toString(16).padStart(8, '0');
  return hex;
}

/**
 * The SHA-256 the executable hashes with: {@link wasmSha256Hex} for the first {@link WASM_BUDGET}
 * bytes of a process, `node:crypto` after (or for one input that large). Same name and contract
 * as the library's src/checks/native-sha256.ts, which the CLI build replaces with this module.
 *
 * @returns A hasher of bytes to hex.
 */
export function nativeSha256(): (bytes: Uint8Array) => string {
  return budgetedSha256;
}

function budgetedSha256(bytes: Uint8Array): string {
  if (hashed + bytes.length > WASM_BUDGET) return nodeCryptoSha256()!(bytes);
  hashed += bytes.length;
  return wasmSha256Hex(bytes);
}

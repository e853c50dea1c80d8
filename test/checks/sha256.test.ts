import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText, sha256Hex } from '../../src/checks.js';
import { portableSha256Hex } from '../../src/checks/sha256.js';
import { moduleBytes, nativeSha256, SHA256_WASM, WASM_BUDGET, wasmSha256Hex } from '../../src/cli/wasm-sha256.js';
import { IllFormedUnicodeError } from '../../src/index.js';

const reference = (input: string | Uint8Array) => createHash('sha256').update(input).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    // From the NIST examples (SHA256.pdf): one block, two blocks, and the empty message.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto on every string, as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === reference(text)), { numRuns: 500 });
  });

  it('refuses a lone surrogate, which node:crypto and TextEncoder would hash as U+FFFD', () => {
    expect(reference('Pay \ud83d100 now')).toBe(reference('Pay \ufffd100 now'));
    expect(() => sha256Hex('Pay \ud83d100 now')).toThrow(IllFormedUnicodeError);
    expect(() => sha256Hex('Pay \ud83d100 now')).toThrow('ill-formed Unicode at offset 4: \\ud83d is a high surrogate with no low surrogate after it; hashes are defined on well-formed text only (docs/trust.md)');
    expect(() => hashText('\udc00')).toThrow(/\\udc00 is a low surrogate with no high surrogate before it/);
    expect(sha256Hex('Pay \ufffd100 now')).toBe(reference('Pay \ufffd100 now'));
  });

  it('hashes every sequence of surrogates that pairs up, and refuses every one that does not', () => {
    const surrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 20 });
    fc.assert(
      fc.property(surrogates, (text) => {
        const wellFormed = /^(?:[\ud800-\udbff][\udc00-\udfff])*$/.test(text);
        if (wellFormed) return sha256Hex(text) === reference(text);
        expect(() => sha256Hex(text)).toThrow(IllFormedUnicodeError);
        return true;
      }),
    );
  });

  it('agrees with node:crypto on bytes of every length around the block and padding boundaries (ours too)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 255 }), (length, fill) => {
        const bytes = new Uint8Array(length).fill(fill);
        return sha256Hex(bytes) === reference(bytes) && portableSha256Hex(bytes) === reference(bytes);
      }),
      { numRuns: 400 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) expect(sha256Hex('a'.repeat(length))).toBe(reference('a'.repeat(length)));
  });

  it('hashes the published Chinese text as its UTF-8 bytes', () => {
    expect(sha256Hex('有关互联 网及/或本网站')).toBe(reference(Buffer.from('有关互联 网及/或本网站', 'utf8')));
  });
});

// In Node, sha256Hex hashes with node:crypto; browsers and workers get our implementation.
describe('portableSha256Hex (sha256Hex where there is no node:crypto)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('gives the FIPS 180-4 test vectors', () => {
    expect(portableSha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(portableSha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(portableSha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto on every well-formed string, as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => portableSha256Hex(utf8(text)) === reference(text)), { numRuns: 500 });
  });

});

// The executable hashes with WebAssembly (src/cli/wasm-sha256.ts), node:crypto past a budget.
describe('wasmSha256Hex (the CLI\'s SHA-256)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('gives the FIPS 180-4 test vectors', () => {
    expect(wasmSha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(wasmSha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(wasmSha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto on every well-formed string, and on bytes of every length around the block and padding boundaries', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => wasmSha256Hex(utf8(text)) === reference(text)), { numRuns: 500 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 255 }), (length, fill) => {
        const bytes = new Uint8Array(length).fill(fill);
        return wasmSha256Hex(bytes) === reference(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it('hashes an input larger than its memory (which grows), then a short one over what the long one left', () => {
    const long = new Uint8Array(200_000).map((_, index) => (index * 7919) % 251);
    expect(wasmSha256Hex(long)).toBe(reference(long));
    expect(wasmSha256Hex(utf8('abc'))).toBe(reference('abc'));
  });

  it('loads the module its instructions encode (SHA256_WASM, to paste from here when they change)', () => {
    expect(SHA256_WASM).toBe(Buffer.from(moduleBytes()).toString('base64'));
  });

  it('hands over to node:crypto past its budget, with the same digests', () => {
    const hash = nativeSha256();
    const big = new Uint8Array(WASM_BUDGET + 1).fill(97);
    expect(hash(big)).toBe(reference(big));
    expect(hash(utf8('abc'))).toBe(reference('abc'));
  });
});


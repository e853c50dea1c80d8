import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/checks.js';

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

  it('agrees with node:crypto on lone surrogates (both encode them as U+FFFD)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 20 }), (text) => sha256Hex(text) === reference(text)));
  });

  it('agrees with node:crypto on bytes of every length around the block and padding boundaries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 255 }), (length, fill) => {
        const bytes = new Uint8Array(length).fill(fill);
        return sha256Hex(bytes) === reference(bytes);
      }),
      { numRuns: 400 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) expect(sha256Hex('a'.repeat(length))).toBe(reference('a'.repeat(length)));
  });

  it('hashes the published Chinese text as its UTF-8 bytes', () => {
    expect(sha256Hex('有关互联 网及/或本网站')).toBe(reference(Buffer.from('有关互联 网及/或本网站', 'utf8')));
  });
});

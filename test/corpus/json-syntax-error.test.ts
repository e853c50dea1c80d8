import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/corpus/json-syntax-error.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on which texts are JSON', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[],:"\\ 0129.-+eEtrufalsn\nx\u0001'.split('')), maxLength: 30 });
    fc.assert(fc.property(jsonish, (text) => (findJsonSyntaxError(text) === undefined) === parses(text)), { numRuns: 5000 });
  });

  it('finds no error in any serialised JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => findJsonSyntaxError(JSON.stringify(value, null, 1)) === undefined));
  });

  it('calls every strict prefix of a serialised object truncated', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const prefix = text.slice(0, cut % text.length);
        return findJsonSyntaxError(prefix)?.truncated === true || prefix.trim() === '';
      }),
      { numRuns: 300 },
    );
  });

  it('points at the offending character', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ offset: 8, reason: "unexpected '}' (expected a double-quoted property name)", truncated: false });
  });
});

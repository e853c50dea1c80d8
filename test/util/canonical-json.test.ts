/**
 * canonicalJson (RFC 8785): its fast path (the engine's JSON.stringify over key-sorted copies) and
 * its rule (the writer it falls back to) give the same text on every value, and the text is what
 * RFC 8785 asks for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/index.js';
import { canonicalJson } from '../../src/util/canonical-json.js';

/** RFC 8785 written the plainest way: the oracle. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
    // Code-unit order, compared by hand rather than with sort()'s default.
    keys.sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
      return a.length - b.length;
    });
    return `{${keys.map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Keys that exercise the ordering: integer-like ones, `__proto__`, astral and BMP characters. */
const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '9', '10', '01', '4294967294', '4294967295', '__proto__', '\u20ac', '\u{1F600}', '\r', 'a', 'A', '-1'));

/** JSON data, with undefined properties (left out) among them. */
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: 'binary' }),
    fc.array(tie('json')),
    fc.dictionary(key, fc.oneof(tie('json'), fc.constant(undefined))),
  ),
}));

describe('canonicalJson', () => {
  it('writes what RFC 8785 asks for, on random JSON data', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the bundled corpus as the oracle does, and it parses back to the same data', () => {
    const text = canonicalJson(corpus);
    expect(text).toBe(reference(corpus));
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(corpus)));
  });

  it('sorts keys by UTF-16 code units, integer-like keys included (RFC 8785, 3.2.3)', () => {
    expect(canonicalJson({ '10': 1, '9': 2, b: 3, a: 4 })).toBe('{"10":1,"9":2,"a":4,"b":3}');
    // U+20AC is after U+D83D (a high surrogate) in code units, before it in code points.
    expect(canonicalJson({ '\u20ac': 1, '\u{1F600}': 2 })).toBe('{"\u20ac":1,"\u{1F600}":2}');
  });

  it('keeps a __proto__ key as a property, as JSON.parse made it', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"a":2}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('writes an object as its own properties, whatever an inherited toJSON method says', () => {
    // A Date has no own enumerable properties; JSON.stringify alone would write its toJSON().
    expect(canonicalJson({ at: new Date(0), b: [1] })).toBe('{"at":{},"b":[1]}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(new TypeError('canonical JSON cannot hold the number NaN'));
    expect(() => canonicalJson({ a: [1, Infinity] })).toThrow(new TypeError('canonical JSON cannot hold the number Infinity'));
    expect(() => canonicalJson([undefined])).toThrow(new TypeError('canonical JSON cannot hold a value of type undefined'));
    expect(() => canonicalJson(undefined)).toThrow(new TypeError('canonical JSON cannot hold a value of type undefined'));
    expect(() => canonicalJson({ f: () => 1 })).toThrow(new TypeError('canonical JSON cannot hold a value of type function'));
    expect(() => canonicalJson({ n: 1n })).toThrow(new TypeError('canonical JSON cannot hold a value of type bigint'));
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    expect(() => canonicalJson(cycle)).toThrow(new TypeError('canonical JSON cannot hold a cycle'));
    const list: unknown[] = [];
    list.push(list);
    expect(() => canonicalJson(list)).toThrow(new TypeError('canonical JSON cannot hold a cycle'));
  });
});

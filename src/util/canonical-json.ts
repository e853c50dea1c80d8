/**
 * JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme): object keys sorted by
 * UTF-16 code units, no insignificant whitespace, strings and numbers as ECMAScript writes
 * them. Equal data always gives identical bytes, so the text can be hashed and compared.
 *
 * @throws {TypeError} For values JSON cannot hold (undefined, functions, non-finite numbers, cycles).
 */
export function canonicalJson(value: unknown): string {
  // The common case (JSON data, as a corpus is) is written by the engine's own JSON.stringify
  // over copies of the objects with their keys in order: several times faster than writing it
  // here, which a CLI start feels (`export` and `check` on the bundled corpus spent 3–4 ms here,
  // docs/benchmarks.md, "CLI start"). Whatever that cannot write exactly as RFC 8785 asks is written
  // by `write` below, which is the rule; a test holds the two equal on random values.
  try {
    return JSON.stringify(value, inKeyOrder);
  } catch {
    return write(value, new Set());
  }
}

/** Thrown by {@link inKeyOrder} for a value `write` must handle. */
const UNCOMMON = new Error('not plain JSON data');

/**
 * The `JSON.stringify` replacer of {@link canonicalJson}: an object becomes a copy with its keys
 * sorted; anything JSON.stringify would write differently from `write` is refused: a value a
 * `toJSON` method replaced, a number that is not finite, undefined in a list or alone, a function, a
 * symbol, a bigint, and an object with integer keys (an engine lists those first, in numeric order,
 * whatever order they are set in).
 */
function inKeyOrder(this: Record<string, unknown>, key: string, item: unknown): unknown {
  if (this[key] !== item) throw UNCOMMON;
  switch (typeof item) {
    case 'string':
    case 'boolean':
      return item;
    case 'number':
      if (!Number.isFinite(item)) throw UNCOMMON;
      return item;
    case 'object':
      return item === null || Array.isArray(item) ? item : sortedCopy(item);
    default:
      throw UNCOMMON;
  }
}

/** The object's own enumerable properties, keys in UTF-16 code-unit order, undefined ones left out. */
function sortedCopy(item: object): Record<string, unknown> {
  const keys = Object.keys(item);
  // Integer keys come first in an engine's key order, so the first key tells whether there are any.
  if (keys.length > 0 && isIntegerKey(keys[0]!)) throw UNCOMMON;
  keys.sort();
  // No prototype: a key `__proto__` (JSON.parse makes it an own property) stays a property.
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    const value = (item as Record<string, unknown>)[key];
    if (value !== undefined) copy[key] = value;
  }
  return copy;
}

/** Whether a key is one an engine orders as an array index (`0` to 2³² − 2, no leading zero). */
function isIntegerKey(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
  if (seen.has(value)) throw new TypeError('canonical JSON cannot hold a cycle');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = `[${value.map((item) => write(item, seen)).join(',')}]`;
  } else {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      // Default sort compares UTF-16 code units, which is what RFC 8785 asks for.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out = `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, seen)}`).join(',')}}`;
  }
  seen.delete(value);
  return out;
}

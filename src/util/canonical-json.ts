/**
 * JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme): object keys sorted by
 * UTF-16 code units, no insignificant whitespace, strings and numbers as ECMAScript writes
 * them. Equal data always gives identical bytes, so the text can be hashed and compared.
 *
 * @throws {TypeError} For values JSON cannot hold (undefined, functions, non-finite numbers, cycles).
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
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

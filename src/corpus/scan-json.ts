/**
 * One linear pass over the UTF-8 bytes of a JSON file that finds the first thing wrong with it
 * before anything is built: a syntax error (worded the same everywhere, where engines differ or
 * give no position), invalid UTF-8, nesting deeper than a limit, a key twice in one object, a
 * `__proto__` key, and a lone surrogate written as a `\uXXXX` escape (UTF-8 itself cannot hold
 * one). `JSON.parse` then builds the value, faster than any JavaScript could; once this scan has
 * passed, it cannot fail.
 *
 * It reads bytes, not a decoded string: a large file is never held twice (bytes and a string
 * of up to twice their size), and a caller can decode and parse one part at a time from the
 * ranges the scan reports. The scan is iterative (its stack is an array), so no input can
 * overflow the call stack.
 */

/** What {@link scanJson} finds wrong. */
export type JsonProblemKind = 'syntax' | 'encoding' | 'depth' | 'duplicate-key' | 'forbidden-key' | 'lone-surrogate';

/** The first problem in a JSON text. */
export interface JsonProblem {
  readonly kind: JsonProblemKind;
  /** 0-based byte offset of the problem. */
  readonly offset: number;
  /** What was expected there (for `syntax`), or what is wrong. */
  readonly reason: string;
  /** Whether the text ended while a value was still open (a truncated file, usually). */
  readonly truncated: boolean;
  /** The path of the value (or key) where the problem is, outermost first. */
  readonly path: readonly (string | number)[];
  /** For `duplicate-key`: the key, and the byte offset of its first occurrence. */
  readonly key?: string | undefined;
  readonly firstOffset?: number | undefined;
  /** For `lone-surrogate`: the code unit. */
  readonly codeUnit?: number | undefined;
}

/** Options of {@link scanJson}. */
export interface JsonScanOptions {
  /**
   * Also refuse duplicate keys, `__proto__` keys and lone surrogates; without it only syntax,
   * UTF-8 and depth are checked.
   * @default true
   */
  readonly strict?: boolean | undefined;
  /**
   * The deepest nesting of arrays and objects allowed (the top-level value is depth 1).
   * @default Infinity
   */
  readonly maxDepth?: number | undefined;
  /**
   * Called with the path and the byte range `[start, end)` of every complete value whose path
   * has at most `depth` keys and indices, so that a caller can parse parts on their own.
   */
  readonly values?: { readonly depth: number; readonly found: (path: readonly (string | number)[], start: number, end: number) => void } | undefined;
  /**
   * Report a lone surrogate at this byte offset (found by the caller in a string before it was
   * encoded, where UTF-8 replaced it): the scan gives its JSON path.
   */
  readonly loneSurrogateAt?: { readonly offset: number; readonly codeUnit: number } | undefined;
}

class Stop {
  constructor(readonly problem: JsonProblem) {}
}

// Byte values.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;

/** Small objects check duplicates by a linear search; past this many keys, by a Map. */
const LINEAR_KEYS = 12;

// ignoreBOM keeps a U+FEFF that starts a decoded piece (a key "\ufeffa" is not "a").
const lax = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Scans the UTF-8 bytes of a JSON text once, iteratively, and returns the first problem, or
 * `undefined` when it is well-formed JSON that passes every check asked for.
 *
 * @param bytes - The bytes (without a byte order mark).
 * @param options - Whether to be strict, the deepest nesting allowed, and which value ranges to report.
 * @returns The first problem, or `undefined`.
 */
export function scanJson(bytes: Uint8Array, options: JsonScanOptions = {}): JsonProblem | undefined {
  const strict = options.strict ?? true;
  const maxDepth = options.maxDepth ?? Infinity;
  const reportDepth = options.values?.depth ?? -1;
  const found = options.values?.found;
  const stopAt = options.loneSurrogateAt?.offset ?? -1;
  const length = bytes.length;
  let at = 0;

  // The stack of open arrays and objects, as parallel arrays (no object per level).
  const isObject: boolean[] = [];
  const indices: number[] = [];
  const starts: number[] = [];
  const currentKeys: (string | undefined)[] = [];
  // The keys seen in the object open at each depth: one pair of arrays per depth, reused by
  // every object at that depth, so that a file of many small objects allocates none.
  const keyLists: string[][] = [];
  const offsetLists: number[][] = [];
  const keyMaps: (Map<string, number> | undefined)[] = [];

  const path = (): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let i = 0; i < isObject.length; i++) {
      if (!isObject[i]) out.push(indices[i]!);
      else if (currentKeys[i] !== undefined) out.push(currentKeys[i]!);
    }
    return out;
  };
  const stop = (kind: JsonProblemKind, offset: number, reason: string, extra: Partial<JsonProblem> = {}): never => {
    throw new Stop({ kind, offset, reason, truncated: false, path: path(), ...extra });
  };
  const describe = () => {
    if (at >= length) return 'the end';
    const char = lax.decode(bytes.subarray(at, at + sequenceLength(bytes[at]!)));
    return `'${char}'`;
  };
  const fail = (reason: string): never => {
    if (at >= length) throw new Stop({ kind: 'syntax', offset: at, reason: 'it ends too early', truncated: true, path: path() });
    // A byte that cannot start a character outside a string: say so rather than "unexpected �".
    if (bytes[at]! >= 0x80) utf8(at);
    return stop('syntax', at, reason);
  };
  const space = () => {
    while (at < length) {
      const c = bytes[at]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else break;
    }
  };
  const literal = (word: string) => {
    for (let i = 0; i < word.length; i++) {
      if (bytes[at] !== word.charCodeAt(i)) fail(`unexpected ${describe()} (expected ${word})`);
      at++;
    }
  };
  const isHex = (c: number | undefined) => c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
  const hexValue = (c: number) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);

  /** Checks the UTF-8 sequence starting at `from` (Unicode, Table 3-7); returns its length. */
  const utf8 = (from: number): number => {
    const lead = bytes[from]!;
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
    else if (lead >= 0x80 && lead <= 0xbf) return stop('encoding', from, `byte ${hex(lead)} continues a character that never started`);
    else return stop('encoding', from, `byte ${hex(lead)} never occurs in UTF-8 (is the file in another encoding, such as GBK or Latin-1?)`);
    for (let k = 1; k <= need; k++) {
      if (from + k >= length) return stop('encoding', from, `the file ends inside a character (byte ${hex(lead)} starts a ${need + 1}-byte sequence)`);
      const next = bytes[from + k]!;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) {
        return stop(
          'encoding',
          from,
          lead === 0xed && k === 1 && next >= 0xa0 ? 'an encoded surrogate (CESU-8), which UTF-8 forbids' : `a character cut short (byte ${hex(lead)} followed by ${hex(next)})`,
        );
      }
    }
    return need + 1;
  };

  /** Scans a string starting at its opening quote; returns whether it held an escape. */
  const string = (): boolean => {
    at++;
    let escaped = false;
    // Byte offset and code unit of an escaped high surrogate still waiting for its low half.
    let highAt = -1;
    let highUnit = 0;
    for (;;) {
      if (at >= length) fail('unterminated string');
      const c = bytes[at]!;
      if (c === QUOTE) {
        if (highAt >= 0) stop('lone-surrogate', highAt, 'lone surrogate', { codeUnit: highUnit });
        at++;
        return escaped;
      }
      if (at === stopAt) stop('lone-surrogate', at, 'lone surrogate', { codeUnit: options.loneSurrogateAt!.codeUnit });
      if (c === BACKSLASH) {
        escaped = true;
        const escapeAt = at;
        at++;
        if (at >= length) fail('unterminated string');
        const e = bytes[at]!;
        if (e === 0x75 /* u */) {
          let unit = 0;
          for (let i = 1; i <= 4; i++) {
            if (at + i >= length) {
              at = length;
              fail('');
            }
            const digit = bytes[at + i]!;
            if (!isHex(digit)) fail('\\u must be followed by four hex digits');
            unit = unit * 16 + hexValue(digit);
          }
          at += 5;
          if (!strict) continue;
          if (highAt >= 0) {
            if (unit >= 0xdc00 && unit <= 0xdfff) {
              highAt = -1;
              continue;
            }
            stop('lone-surrogate', highAt, 'lone surrogate', { codeUnit: highUnit });
          }
          if (unit >= 0xd800 && unit <= 0xdbff) {
            highAt = escapeAt;
            highUnit = unit;
          } else if (unit >= 0xdc00 && unit <= 0xdfff) stop('lone-surrogate', escapeAt, 'lone surrogate', { codeUnit: unit });
          continue;
        }
        if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) at++;
        else {
          if (e >= 0x80) utf8(at);
          fail(`unknown escape '\\${describe().slice(1, -1)}'`);
        }
      } else if (c < 0x20) {
        fail('control character in a string (write it as an escape such as \\n)');
      } else if (c < 0x80) {
        at++;
      } else {
        at += utf8(at);
      }
      // Anything but an escaped low surrogate after an escaped high one leaves the high one alone.
      if (highAt >= 0) stop('lone-surrogate', highAt, 'lone surrogate', { codeUnit: highUnit });
    }
  };

  const number = () => {
    const start = at;
    if (bytes[at] === MINUS) at++;
    const digits = () => {
      const from = at;
      while (at < length) {
        const c = bytes[at]!;
        if (c >= 0x30 && c <= 0x39) at++;
        else break;
      }
      return at - from;
    };
    const first = bytes[at];
    if (first === 0x30) at++;
    else if (first !== undefined && first >= 0x31 && first <= 0x39) digits();
    else if (at >= length && at > start) fail('');
    else {
      at = start;
      fail(`unexpected ${describe()} (expected a value)`);
    }
    if (bytes[at] === 0x2e) {
      at++;
      if (digits() === 0) fail(`unexpected ${describe()} (expected a digit after '.')`);
    }
    const e = bytes[at];
    if (e === 0x65 || e === 0x45) {
      at++;
      const sign = bytes[at];
      if (sign === 0x2b || sign === MINUS) at++;
      if (digits() === 0) fail(`unexpected ${describe()} (expected a digit in the exponent)`);
    }
  };

  const open = (object: boolean) => {
    if (isObject.length + 1 > maxDepth) stop('depth', at, `nested deeper than ${maxDepth} levels`);
    isObject.push(object);
    indices.push(0);
    starts.push(at);
    currentKeys.push(undefined);
    const level = isObject.length - 1;
    if (object) {
      const keys = keyLists[level];
      if (keys === undefined) {
        keyLists[level] = [];
        offsetLists[level] = [];
      } else {
        keys.length = 0;
        offsetLists[level]!.length = 0;
      }
    }
    keyMaps.push(undefined);
    at++;
  };
  const close = () => {
    at++;
    const start = starts.pop()!;
    isObject.pop();
    indices.pop();
    currentKeys.pop();
    keyMaps.pop();
    if (isObject.length <= reportDepth) found!(path(), start, at);
  };

  /** Reads a key at `at` (a quote), records it, checks it, and reads the colon after it. */
  const key = () => {
    if (bytes[at] !== QUOTE) fail(`unexpected ${describe()} (expected a double-quoted property name)`);
    const start = at;
    const top = isObject.length - 1;
    // Until it is read, a problem inside the key is placed at the object.
    currentKeys[top] = undefined;
    const escaped = string();
    const name = escaped ? (JSON.parse(lax.decode(bytes.subarray(start, at))) as string) : plainString(bytes, start + 1, at - 1);
    if (strict) {
      if (name === '__proto__') {
        currentKeys[top] = name;
        stop('forbidden-key', start, 'the key "__proto__" is not allowed');
      }
      const keys = keyLists[top]!;
      const offsets = offsetLists[top]!;
      let map = keyMaps[top];
      let first: number | undefined;
      if (map !== undefined) first = map.get(name);
      else {
        for (let i = 0; i < keys.length; i++) {
          if (keys[i] === name) {
            first = offsets[i];
            break;
          }
        }
      }
      if (first !== undefined) {
        currentKeys[top] = name;
        stop('duplicate-key', start, 'duplicate key', { key: name, firstOffset: first });
      }
      if (map !== undefined) map.set(name, start);
      else {
        keys.push(name);
        offsets.push(start);
        if (keys.length > LINEAR_KEYS) {
          map = new Map();
          for (let i = 0; i < keys.length; i++) map.set(keys[i]!, offsets[i]!);
          keyMaps[top] = map;
        }
      }
    }
    currentKeys[top] = name;
    space();
    if (bytes[at] !== COLON) fail(`unexpected ${describe()} (expected ':')`);
    at++;
  };

  try {
    // Each turn reads one value, then what follows it, closing as many levels as end there.
    for (;;) {
      space();
      const c = bytes[at];
      const start = at;
      let scalar = true;
      if (c === OPEN_BRACE) {
        open(true);
        space();
        if (bytes[at] === CLOSE_BRACE) close();
        else {
          key();
          scalar = false;
        }
      } else if (c === OPEN_BRACKET) {
        open(false);
        space();
        if (bytes[at] === CLOSE_BRACKET) close();
        else scalar = false;
      } else {
        if (c === QUOTE) string();
        else if (c === 0x74) literal('true');
        else if (c === 0x66) literal('false');
        else if (c === 0x6e) literal('null');
        else number();
        if (isObject.length <= reportDepth) found!(path(), start, at);
      }
      if (!scalar) continue; // a value is expected next, inside the new level

      // After a complete value: a comma, or the end of one or more levels.
      for (;;) {
        space();
        const top = isObject.length - 1;
        if (top < 0) {
          if (at < length) fail(`unexpected ${describe()} after the end of the JSON value`);
          return undefined;
        }
        const next = bytes[at];
        if (isObject[top]) {
          if (next === COMMA) {
            at++;
            space();
            key();
            break;
          }
          if (next === CLOSE_BRACE) {
            close();
            continue;
          }
          fail(`unexpected ${describe()} (expected ',' or '}')`);
        } else {
          if (next === COMMA) {
            at++;
            indices[top]!++;
            break;
          }
          if (next === CLOSE_BRACKET) {
            close();
            continue;
          }
          fail(`unexpected ${describe()} (expected ',' or ']')`);
        }
      }
    }
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}

/** The string between two byte offsets of a key without escapes: ASCII directly, else decoded. */
function plainString(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let out = '';
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      if (c >= 0x80) return lax.decode(bytes.subarray(start, end));
      out += String.fromCharCode(c);
    }
    return out;
  }
  return lax.decode(bytes.subarray(start, end));
}

/** How many bytes the UTF-8 sequence led by `lead` claims (1 for anything that is not a lead byte). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The 1-based line and column of a byte offset in UTF-8 bytes (columns counted in UTF-16 code
 * units, as editors such as VS Code count them), and the offset in UTF-16 code units.
 *
 * @param bytes - The bytes.
 * @param offset - A 0-based byte offset in them.
 * @returns Line, column and the offset in the decoded text.
 */
export function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = lax.decode(bytes.subarray(lineStart, offset)).length + 1;
  const before = lineStart === 0 ? 0 : lax.decode(bytes.subarray(0, lineStart)).length;
  return { line, column, offset: before + column - 1 };
}

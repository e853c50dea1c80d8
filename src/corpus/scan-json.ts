/**
 * One linear pass over JSON text that finds the first thing wrong with it before anything is
 * built: a syntax error (with the same wording everywhere, where engines differ or give no
 * position), nesting deeper than a limit, a key twice in one object, a `__proto__` key, and a
 * lone surrogate, written raw or as a `\uXXXX` escape. `JSON.parse` then builds the value: it is
 * faster at that than anything written in JavaScript, and once this scan passes it cannot fail.
 *
 * The scan is iterative (its stack is an array), so no input can overflow the call stack.
 */

/** What {@link scanJson} finds wrong. */
export type JsonProblemKind = 'syntax' | 'depth' | 'duplicate-key' | 'forbidden-key' | 'lone-surrogate';

/** The first problem in a JSON text. */
export interface JsonProblem {
  readonly kind: JsonProblemKind;
  /** 0-based offset of the problem, in UTF-16 code units. */
  readonly offset: number;
  /** What was expected there (for `syntax`), or what is wrong. */
  readonly reason: string;
  /** Whether the text ended while a value was still open (a truncated file, usually). */
  readonly truncated: boolean;
  /** The path of the value (or key) where the problem is, outermost first. */
  readonly path: readonly (string | number)[];
  /** For `duplicate-key`: the key, and the offset of its first occurrence. */
  readonly key?: string;
  readonly firstOffset?: number;
  /** For `lone-surrogate`: the code unit. */
  readonly codeUnit?: number;
}

/** Options of {@link scanJson}. */
export interface JsonScanOptions {
  /**
   * Also refuse duplicate keys, `__proto__` keys and lone surrogates; without it only syntax
   * (and depth, when `maxDepth` is given) is checked.
   * @default true
   */
  readonly strict?: boolean;
  /**
   * The deepest nesting of arrays and objects allowed (the top-level value is depth 1).
   * @default Infinity
   */
  readonly maxDepth?: number;
}

class Stop {
  constructor(readonly problem: JsonProblem) {}
}

// Character codes.
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

/**
 * Scans JSON text once, iteratively, and returns the first problem, or `undefined` when the
 * text is well-formed JSON that passes every check asked for.
 *
 * @param text - The JSON text (without a byte order mark).
 * @param options - Whether to be strict, and the deepest nesting allowed.
 * @returns The first problem, or `undefined`.
 */
export function scanJson(text: string, options: JsonScanOptions = {}): JsonProblem | undefined {
  const strict = options.strict ?? true;
  const maxDepth = options.maxDepth ?? Infinity;
  const length = text.length;
  let at = 0;

  // The stack of open arrays and objects, as parallel arrays (no object per level).
  const isObject: boolean[] = [];
  const indices: number[] = [];
  const currentKeys: string[] = [];
  const keyLists: string[][] = [];
  const offsetLists: number[][] = [];
  const keyMaps: (Map<string, number> | undefined)[] = [];

  const path = (extra?: string | number): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let i = 0; i < isObject.length; i++) {
      if (isObject[i]) {
        if (currentKeys[i] !== undefined) out.push(currentKeys[i]!);
      } else out.push(indices[i]!);
    }
    if (extra !== undefined) out.push(extra);
    return out;
  };
  const describe = () => (at >= length ? 'the end' : `'${String.fromCodePoint(text.codePointAt(at)!)}'`);
  const fail = (reason: string): never => {
    const truncated = at >= length;
    throw new Stop({ kind: 'syntax', offset: at, reason: truncated ? 'it ends too early' : reason, truncated, path: path() });
  };
  const space = () => {
    while (at < length) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else break;
    }
  };
  const literal = (word: string) => {
    for (let i = 0; i < word.length; i++) {
      if (text.charCodeAt(at) !== word.charCodeAt(i)) fail(`unexpected ${describe()} (expected ${word})`);
      at++;
    }
  };
  const loneSurrogate = (offset: number, unit: number): never => {
    throw new Stop({ kind: 'lone-surrogate', offset, reason: 'lone surrogate', truncated: false, path: path(), codeUnit: unit });
  };
  const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

  /** Scans a string starting at its opening quote; returns whether it held an escape. */
  const string = (): boolean => {
    at++;
    let escaped = false;
    // Offset and code unit of a high surrogate still waiting for its low half.
    let highAt = -1;
    let highUnit = 0;
    for (;;) {
      if (at >= length) fail('unterminated string');
      const c = text.charCodeAt(at);
      if (c === QUOTE) {
        if (highAt >= 0) loneSurrogate(highAt, highUnit);
        at++;
        return escaped;
      }
      const unitAt = at;
      let unit = c;
      if (c === BACKSLASH) {
        escaped = true;
        at++;
        if (at >= length) fail('unterminated string');
        const e = text.charCodeAt(at);
        if (e === 0x75 /* u */) {
          for (let i = 1; i <= 4; i++) {
            if (at + i >= length) {
              at = length;
              fail('');
            }
            if (!isHex(text.charCodeAt(at + i))) fail('\\u must be followed by four hex digits');
          }
          unit = parseInt(text.slice(at + 1, at + 5), 16);
          at += 5;
        } else if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          at++;
          unit = e;
        } else {
          fail(`unknown escape '\\${String.fromCodePoint(text.codePointAt(at)!)}'`);
        }
      } else if (c < 0x20) {
        fail('control character in a string (write it as an escape such as \\n)');
      } else {
        at++;
        // The common case: an ordinary character, no surrogate waiting.
        if (highAt < 0 && (c < 0xd800 || c > 0xdfff)) continue;
      }
      if (!strict) continue;
      if (highAt >= 0) {
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          highAt = -1;
          continue;
        }
        loneSurrogate(highAt, highUnit);
      }
      if (unit >= 0xd800 && unit <= 0xdbff) {
        highAt = unitAt;
        highUnit = unit;
      } else if (unit >= 0xdc00 && unit <= 0xdfff) loneSurrogate(unitAt, unit);
    }
  };

  const number = () => {
    const start = at;
    if (text.charCodeAt(at) === MINUS) at++;
    const digits = () => {
      const from = at;
      while (at < length) {
        const c = text.charCodeAt(at);
        if (c >= 0x30 && c <= 0x39) at++;
        else break;
      }
      return at - from;
    };
    const first = text.charCodeAt(at);
    if (first === 0x30) at++;
    else if (first >= 0x31 && first <= 0x39) digits();
    else if (at >= length && at > start) fail('');
    else {
      at = start;
      fail(`unexpected ${describe()} (expected a value)`);
    }
    if (text.charCodeAt(at) === 0x2e) {
      at++;
      if (digits() === 0) fail(`unexpected ${describe()} (expected a digit after '.')`);
    }
    const e = text.charCodeAt(at);
    if (e === 0x65 || e === 0x45) {
      at++;
      const sign = text.charCodeAt(at);
      if (sign === 0x2b || sign === MINUS) at++;
      if (digits() === 0) fail(`unexpected ${describe()} (expected a digit in the exponent)`);
    }
  };

  const open = (object: boolean) => {
    if (isObject.length + 1 > maxDepth) {
      throw new Stop({ kind: 'depth', offset: at, reason: `nested deeper than ${maxDepth} levels`, truncated: false, path: path() });
    }
    isObject.push(object);
    indices.push(0);
    currentKeys.push(undefined as unknown as string);
    keyLists.push(object ? [] : (undefined as unknown as string[]));
    offsetLists.push(object ? [] : (undefined as unknown as number[]));
    keyMaps.push(undefined);
    at++;
  };
  const close = () => {
    isObject.pop();
    indices.pop();
    currentKeys.pop();
    keyLists.pop();
    offsetLists.pop();
    keyMaps.pop();
    at++;
  };

  /** Reads a key at `at` (a quote), records it, and checks it. */
  const key = () => {
    if (text.charCodeAt(at) !== QUOTE) fail(`unexpected ${describe()} (expected a double-quoted property name)`);
    const start = at;
    const top = isObject.length - 1;
    // Until it is read, a problem inside the key is placed at the object.
    currentKeys[top] = undefined as unknown as string;
    const escaped = string();
    const name = escaped ? (JSON.parse(text.slice(start, at)) as string) : text.slice(start + 1, at - 1);
    if (strict) {
      if (name === '__proto__') {
        currentKeys[top] = name;
        throw new Stop({ kind: 'forbidden-key', offset: start, reason: 'the key "__proto__" is not allowed', truncated: false, path: path() });
      }
      const keys = keyLists[top]!;
      const offsets = offsetLists[top]!;
      let map = keyMaps[top];
      let firstOffset: number | undefined;
      if (map !== undefined) firstOffset = map.get(name);
      else {
        for (let i = 0; i < keys.length; i++) {
          if (keys[i] === name) {
            firstOffset = offsets[i];
            break;
          }
        }
      }
      if (firstOffset !== undefined) {
        currentKeys[top] = name;
        throw new Stop({ kind: 'duplicate-key', offset: start, reason: 'duplicate key', truncated: false, path: path(), key: name, firstOffset });
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
    if (text.charCodeAt(at) !== COLON) fail(`unexpected ${describe()} (expected ':')`);
    at++;
  };

  try {
    // Each turn reads one value, then what follows it, closing as many levels as end there.
    for (;;) {
      space();
      const c = text.charCodeAt(at);
      let scalar = true;
      if (c === OPEN_BRACE) {
        open(true);
        space();
        if (text.charCodeAt(at) === CLOSE_BRACE) close();
        else {
          key();
          scalar = false;
        }
      } else if (c === OPEN_BRACKET) {
        open(false);
        space();
        if (text.charCodeAt(at) === CLOSE_BRACKET) close();
        else scalar = false;
      } else if (c === QUOTE) string();
      else if (c === 0x74) literal('true');
      else if (c === 0x66) literal('false');
      else if (c === 0x6e) literal('null');
      else number();
      if (!scalar) continue; // a value is expected next, inside the new level

      // After a complete value: a comma, or the end of one or more levels.
      for (;;) {
        space();
        const top = isObject.length - 1;
        if (top < 0) {
          if (at < length) fail(`unexpected ${describe()} after the end of the JSON value`);
          return undefined;
        }
        const next = text.charCodeAt(at);
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

/**
 * The 1-based line and column of an offset (columns in UTF-16 code units, as editors such as
 * VS Code count them).
 *
 * @param text - The text.
 * @param offset - A 0-based offset in it.
 * @returns Line, column and the offset.
 */
export function positionOf(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Where and why JSON text is malformed. JavaScript engines word (and place) syntax errors
 * differently, and some give no position at all; this scanner, run only after `JSON.parse`
 * has failed, gives the same message everywhere: the first offending place, and whether the
 * text simply ends too early, which usually means a truncated file.
 */
export interface JsonSyntaxError {
  /** 0-based offset of the problem, in UTF-16 code units. */
  offset: number;
  /** What was expected there. */
  reason: string;
  /** Whether the text ended while a value was still open. */
  truncated: boolean;
}

class Stop extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(found.reason);
  }
}

/** The first syntax error in `text`, or `undefined` when it is well-formed JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (reason: string): never => {
    throw new Stop({ offset: at, reason: at >= text.length ? 'it ends too early' : reason, truncated: at >= text.length });
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const describe = () => (at >= text.length ? 'the end' : `'${text[at]}'`);
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail(`unexpected ${describe()} (expected ${word})`);
      at++;
    }
  };
  const string = () => {
    at++; // opening quote
    while (true) {
      if (at >= text.length) fail('unterminated string');
      const char = text[at]!;
      if (char === '"') return void at++;
      if (char < ' ') fail('control character in a string (write it as an escape such as \\n)');
      if (char === '\\') {
        at++;
        if (at >= text.length) fail('unterminated string');
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('\\u must be followed by four hex digits');
          at += 5;
        } else if ('"\\/bfnrt'.includes(text[at]!)) at++;
        else fail(`unknown escape '\\${text[at]}'`);
      } else at++;
    }
  };
  const number = () => {
    const rest = text.slice(at);
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest);
    // A number cut off in the middle (`3.`, `1e`, `-`) is a truncation, not a typo.
    if (/^[-+.eE0-9]+$/.test(rest) && match?.[0] !== rest) {
      at = text.length;
      fail('');
    }
    if (!match) fail(`unexpected ${describe()} (expected a value)`);
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      while (true) {
        space();
        if (text[at] !== '"') fail(`unexpected ${describe()} (expected a double-quoted property name)`);
        string();
        space();
        if (text[at] !== ':') fail(`unexpected ${describe()} (expected ':')`);
        at++;
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return void at++;
        else fail(`unexpected ${describe()} (expected ',' or '}')`);
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      while (true) {
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return void at++;
        else fail(`unexpected ${describe()} (expected ',' or ']')`);
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };

  try {
    value();
    space();
    if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.found;
    throw error;
  }
}

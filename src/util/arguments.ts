/**
 * Checking the arguments of public functions at the boundary: cheap rules (a type, a closed set,
 * the keys of an options object), no schema library, so that the main entry stays small. A
 * wrong argument is an {@link InvalidArgumentError} naming the function, the argument or option,
 * what it takes and what it got, instead of a TypeError deep inside or a silently wrong answer.
 * Options objects may carry keys a function does not know (one object can serve several calls);
 * the keys it knows are checked.
 *
 * Each rule has a fast `test` (no strings built: this runs on every call) and an `explain` that
 * runs only once a test failed, to find where and say what was expected.
 */
import { InvalidArgumentError } from '../errors.js';

/** A rule for one value. */
export interface Rule {
  /** Whether the value fits. */
  readonly test: (value: unknown) => boolean;
  /** For a value that does not fit: throws, naming the deepest place that does not (see {@link mismatch}). */
  readonly explain: (value: unknown, path: string) => void;
  /** What fits, for messages: `'a string'`. */
  readonly expected: string;
}

/** Thrown by `explain`, turned into an {@link InvalidArgumentError} by {@link checkArguments}. */
class Mismatch {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly value: unknown,
  ) {}
}

/**
 * Fails a check, from the `explain` of a rule.
 *
 * @param path - Where, such as `tree.children[2].depth`.
 * @param expected - What fits there.
 * @param value - What is there.
 * @throws Always: a mismatch that {@link checkArguments} turns into an {@link InvalidArgumentError}.
 * @example
 * checkArguments('f', ['n', 1, { test: () => false, explain: (value, path) => mismatch(path, 'nothing', value), expected: 'nothing' }]);
 * //=> throws InvalidArgumentError: f: n must be nothing; received the number 1
 */
export function mismatch(path: string, expected: string, value: unknown): never {
  throw new Mismatch(path, expected, value);
}

/**
 * A rule from a test.
 *
 * @param expected - What fits, such as `'a string'`.
 * @param test - Whether a value fits.
 * @returns The rule.
 * @example
 * checkArguments('f', ['n', -1, rule('a positive number', (v) => typeof v === 'number' && v > 0)]);
 * //=> throws InvalidArgumentError: f: n must be a positive number; received the number -1
 */
export function rule(expected: string, test: (value: unknown) => boolean): Rule {
  return { test, explain: (value, path) => mismatch(path, expected, value), expected };
}

/** Whether a value is an object that is not an array: what an options object or a record is. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string. */
export const text = rule('a string', (value) => typeof value === 'string');

/** `true` or `false`. */
export const flag = rule('true or false', (value) => typeof value === 'boolean');

/**
 * The rule, or `undefined` (the argument or option left out).
 *
 * @param inner - The rule for a value that is given.
 * @returns The rule.
 * @example
 * optional(text).test(undefined);
 * //=> true
 */
export function optional(inner: Rule): Rule {
  return { test: (value) => value === undefined || inner.test(value), explain: inner.explain, expected: inner.expected };
}

/**
 * One of a closed set of strings.
 *
 * @param values - The set.
 * @returns The rule.
 * @example
 * oneOf(['zh', 'en']).expected;
 * //=> "one of 'zh', 'en'"
 */
export function oneOf(values: readonly string[]): Rule {
  return rule(`one of ${values.map((value) => `'${value}'`).join(', ')}`, (value) => typeof value === 'string' && values.includes(value));
}

/**
 * A value of the first rule or of the second.
 *
 * @param first - A rule.
 * @param second - Another rule.
 * @returns The rule.
 * @example
 * either(text, listOf(text, 'strings')).expected;
 * //=> 'a string or a list of strings'
 */
export function either(first: Rule, second: Rule): Rule {
  const expected = `${first.expected} or ${second.expected}`;
  return {
    test: (value) => first.test(value) || second.test(value),
    explain(value, path) {
      try {
        second.explain(value, path);
      } catch (error) {
        // A wrong item of a list says more than "neither": report it.
        if (error instanceof Mismatch && error.path !== path) throw error;
      }
      mismatch(path, expected, value);
    },
    expected,
  };
}

/**
 * A rule said another way in messages: the same check, with a description a reader knows.
 *
 * @param inner - The rule.
 * @param expected - What fits, for messages.
 * @returns The rule.
 * @example
 * rename(either(text, listOf(text, 'strings')), 'a BCP 47 language tag or a list of them').expected;
 * //=> 'a BCP 47 language tag or a list of them'
 */
export function rename(inner: Rule, expected: string): Rule {
  return {
    test: inner.test,
    explain(value, path) {
      try {
        inner.explain(value, path);
      } catch (error) {
        if (error instanceof Mismatch && error.path === path) mismatch(path, expected, value);
        throw error;
      }
    },
    expected,
  };
}

/**
 * An array whose every item fits a rule.
 *
 * @param item - The rule for each item.
 * @param items - What the items are, in the plural, for messages.
 * @returns The rule.
 * @example
 * listOf(text, 'strings').expected;
 * //=> 'a list of strings'
 */
export function listOf(item: Rule, items: string): Rule {
  const expected = `a list of ${items}`;
  return {
    test: (value) => Array.isArray(value) && value.every(item.test),
    explain(value, path) {
      if (!Array.isArray(value)) mismatch(path, expected, value);
      const wrong = value.findIndex((element) => !item.test(element));
      item.explain(value[wrong], `${path}[${wrong}]`);
    },
    expected,
  };
}

/**
 * An object (not an array) whose listed keys fit their rules; other keys are not looked at.
 *
 * @param what - What the object is, for messages: `'an options object'`.
 * @param keys - A rule per key.
 * @returns The rule.
 * @example
 * checkArguments('f', ['options', { lang: null }, shape('an options object', { lang: text })]);
 * //=> throws InvalidArgumentError: f: options.lang must be a string; received null
 */
export function shape(what: string, keys: Readonly<Record<string, Rule>>): Rule {
  const entries = Object.entries(keys);
  // Plain arrays and an indexed loop: this runs for every options object and every tree node.
  const names = entries.map(([key]) => key);
  const tests = entries.map(([, check]) => check.test);
  return {
    test(value) {
      if (!isRecord(value)) return false;
      for (let i = 0; i < names.length; i++) if (!tests[i]!(value[names[i]!])) return false;
      return true;
    },
    explain(value, path) {
      if (!isRecord(value)) mismatch(path, what, value);
      const wrong = entries.find(([name, candidate]) => !candidate.test(value[name]));
      if (wrong === undefined) mismatch(path, what, value);
      wrong[1].explain(value[wrong[0]], `${path}.${wrong[0]}`);
    },
    expected: what,
  };
}

/**
 * Checks the arguments of a public function, in order, against their rules.
 *
 * @param functionName - The function, for the message.
 * @param args - Each argument as `[name, value, rule]`.
 * @throws {InvalidArgumentError} For the first argument (or option) that does not fit.
 * @example
 * checkArguments('sha256Hex', ['input', 42, either(text, rule('a Uint8Array', (value) => value instanceof Uint8Array))]);
 * //=> throws InvalidArgumentError: sha256Hex: input must be a string or a Uint8Array; received the number 42
 */
export function checkArguments(functionName: string, ...args: readonly (readonly [name: string, value: unknown, rule: Rule])[]): void {
  for (const [name, value, check] of args) {
    if (check.test(value)) continue;
    try {
      check.explain(value, name);
      // A rule whose explanation finds nothing more precise still refuses the value.
      mismatch(name, check.expected, value);
    } catch (error) {
      if (!(error instanceof Mismatch)) throw error;
      throw new InvalidArgumentError(functionName, error.path, error.expected, describeValue(error.value));
    }
  }
}

const SHOWN = 40;

/**
 * A value described briefly for a message: its kind, and a short string or number as it is.
 *
 * @param value - Anything.
 * @returns Such as `null`, `the number 42`, `a function`, `the string "fr_FR"`.
 * @example
 * describeValue('x'.repeat(100));
 * //=> 'the string "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (100 characters)'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    // JSON quoting shows C0 controls and lone surrogates as escapes (the CLI shows the rest visibly).
    const shown = JSON.stringify(value.slice(0, SHOWN));
    return value.length > SHOWN ? `the string ${shown}… (${value.length} characters)` : `the string ${shown}`;
  }
  if (typeof value === 'number') return `the number ${Object.is(value, -0) ? '-0' : value}`;
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  // 'a function', 'a symbol', 'a bigint', 'a Date', 'a Uint8Array'; a plain object is 'an object'.
  const kind = typeof value === 'object' ? (value as object).constructor?.name : typeof value;
  return kind === undefined || kind === 'Object' ? 'an object' : `a ${kind}`;
}

/**
 * How an `@example` is checked when it runs: each `expression; //=> value` becomes
 * `await __expect(() => expression, () => value, where)`. In the value, `…` stands for "and
 * more": more elements at the end of a list (`[a, …]`), more properties of an object
 * (`{ a: 1, … }`), or any text inside a string (`'若要访问…'`, `'sha512-…'`).
 */
import { isDeepStrictEqual } from 'node:util';

/** `…` outside a string: anything, or more elements or properties. */
export const __MORE: unique symbol = Symbol('…');

/** A string with `…` in it: any text where the `…` is. */
export class Like {
  readonly pattern: RegExp;
  constructor(readonly text: string) {
    this.pattern = new RegExp(`^${text.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
  }
}

export function __like(text: string): Like {
  return new Like(text);
}

/** Whether `actual` is what an example shows as `expected`. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected === __MORE) return true;
  if (expected instanceof Like) return typeof actual === 'string' && expected.pattern.test(actual);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) return false;
    const list = Array.from(actual as ArrayLike<unknown>);
    const open = expected.at(-1) === __MORE;
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? list.length < shown.length : list.length !== shown.length) return false;
    return shown.every((item, index) => matches(list[index], item));
  }
  if (expected !== null && typeof expected === 'object' && Object.getPrototypeOf(expected) === Object.prototype) {
    if (actual === null || typeof actual !== 'object') return false;
    const open = Object.hasOwn(expected, '__MORE');
    const keys = Object.keys(expected).filter((key) => key !== '__MORE');
    // A property that is undefined counts as absent, as in toEqual.
    const actualKeys = Object.keys(actual).filter((key) => (actual as Record<string, unknown>)[key] !== undefined);
    if (!open && actualKeys.some((key) => !keys.includes(key))) return false;
    return keys.every((key) => matches((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]));
  }
  return isDeepStrictEqual(actual, expected);
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) => (item === __MORE ? '…' : item instanceof Like ? `~${item.text}` : item)) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Checks an expression of an example against the value its `//=>` line shows. */
export async function __expect(actual: () => unknown, expected: () => unknown, where: string): Promise<void> {
  const [value, shown] = [await actual(), expected()];
  if (!matches(value, shown)) throw new Error(`${where}: the example shows ${show(shown)}, the code gives ${show(value)}`);
}

/** Checks that an expression of an example throws the error its `//=> throws Name: message` line shows. */
export async function __expectThrow(run: () => unknown, name: string, message: string, where: string): Promise<void> {
  let thrown: unknown;
  try {
    await run();
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof Error)) throw new Error(`${where}: the example shows that it throws ${name}, and it does not throw`);
  if (thrown.name !== name || !matches(thrown.message, new Like(message))) {
    throw new Error(`${where}: the example shows ${name}: ${message}; the code throws ${thrown.name}: ${thrown.message}`);
  }
}

import { InvalidJsonError } from '../errors.js';
import { formatJsonPath } from '../util/json-path.js';
import { findJsonSyntaxError } from './json-syntax-error.js';

/**
 * Parses JSON text from a corpus file. Reports where the syntax breaks (line and column), and
 * refuses keys that JavaScript treats specially (`__proto__`), which a validator would
 * otherwise drop silently, losing whatever they held.
 */
export function parseJsonText(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InvalidJsonError(file, describeSyntaxError(text, error), { cause: error });
  }
  const forbidden = findForbiddenKey(value, []);
  if (forbidden) {
    throw new InvalidJsonError(file, `the key "__proto__" is not allowed (at ${formatJsonPath(forbidden) || 'top level'})`);
  }
  return value;
}

function describeSyntaxError(text: string, error: unknown): string {
  if (text.trim() === '') return 'the file is empty';
  const found = findJsonSyntaxError(text);
  if (!found) return error instanceof Error ? error.message : String(error);
  if (found.truncated) return `${found.reason} (is the file truncated?)`;
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - before.lastIndexOf('\n');
  return `${found.reason} at line ${line}, column ${column}`;
}

function findForbiddenKey(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return [...path, key];
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

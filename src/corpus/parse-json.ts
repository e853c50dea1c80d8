/**
 * Strict parsing of JSON text read from a file: one linear scan ({@link scanJson}) refuses
 * what `JSON.parse` would accept silently (a key twice, the last one winning; a `__proto__` key,
 * which a validator would drop with what it holds; lone surrogates, which are not Unicode),
 * and nesting beyond {@link MAX_JSON_DEPTH}; then `JSON.parse` builds the value.
 */
import { DuplicateKeyError, IllFormedUnicodeError, InvalidJsonError, LimitExceededError } from '../errors.js';
import { formatJsonPath } from '../util/json-path.js';
import { MAX_JSON_DEPTH } from './limits.js';
import { positionOf, scanJson, type JsonProblem } from './scan-json.js';

/**
 * Parses JSON text from a file, strictly.
 *
 * @param text - The JSON text; a leading byte order mark is ignored.
 * @param file - Where it came from, for error messages.
 * @returns The parsed value.
 * @throws {InvalidJsonError} When the text is not JSON (with line and column), or has a `__proto__` key.
 * @throws {DuplicateKeyError} When an object has a key twice.
 * @throws {IllFormedUnicodeError} When a string holds a lone surrogate, raw or escaped.
 * @throws {LimitExceededError} When arrays and objects nest deeper than {@link MAX_JSON_DEPTH}.
 */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new InvalidJsonError(file, 'the file is empty');
  const problem = scanJson(body, { strict: true, maxDepth: MAX_JSON_DEPTH });
  if (problem) throw describeProblem(body, problem, file);
  return JSON.parse(body);
}

function describeProblem(text: string, problem: JsonProblem, file: string): Error {
  const where = positionOf(text, problem.offset);
  const path = formatJsonPath(problem.path) || '(top level)';
  switch (problem.kind) {
    case 'syntax':
      return new InvalidJsonError(file, problem.truncated ? `${problem.reason} (is the file truncated?)` : `${problem.reason} at line ${where.line}, column ${where.column}`);
    case 'forbidden-key':
      return new InvalidJsonError(file, `the key "__proto__" is not allowed (at ${path}, line ${where.line}, column ${where.column})`);
    case 'duplicate-key':
      return new DuplicateKeyError(file, problem.key!, path, positionOf(text, problem.firstOffset!), where);
    case 'lone-surrogate':
      return new IllFormedUnicodeError({ file, path, position: where, offset: problem.offset }, problem.codeUnit!, 'text must be well-formed Unicode: write the character itself, or both halves of its surrogate pair');
    case 'depth':
      return new LimitExceededError(
        file,
        'depth',
        MAX_JSON_DEPTH,
        `JSON nested deeper than ${MAX_JSON_DEPTH} levels at ${path} (line ${where.line}, column ${where.column}); no corpus, lock or lint file needs that many (docs/security.md)`,
      );
  }
}

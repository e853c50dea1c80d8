/**
 * Strict parsing of JSON read from a file: one linear scan ({@link scanJson}) refuses what
 * `JSON.parse` would accept silently (a key twice, the last one winning; a `__proto__` key,
 * which a validator would drop with what it holds; lone surrogates and invalid UTF-8, which are
 * not text), and nesting beyond {@link MAX_JSON_DEPTH}; then `JSON.parse` builds the value.
 */
import { DuplicateKeyError, IllFormedUnicodeError, InvalidEncodingError, InvalidJsonError, LimitExceededError } from '../errors.js';
import { formatJsonPath } from '../util/json-path.js';
import { findLoneSurrogate } from '../util/unicode.js';
import { utf8Body } from './decode-json.js';
import { MAX_JSON_DEPTH } from './limits.js';
import { positionOf, scanJson, type JsonProblem, type JsonScanOptions } from './scan-json.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Parses the bytes of a JSON file, strictly.
 *
 * @param bytes - The file's bytes; a UTF-8 byte order mark is ignored.
 * @param file - Where they came from, for error messages.
 * @returns The parsed value.
 * @throws {InvalidEncodingError} When the bytes are not UTF-8 (with the byte offset), or are UTF-16 or UTF-32.
 * @throws {InvalidJsonError} When the text is not JSON (with line and column), or has a `__proto__` key.
 * @throws {DuplicateKeyError} When an object has a key twice.
 * @throws {IllFormedUnicodeError} When a string holds an escaped lone surrogate.
 * @throws {LimitExceededError} When arrays and objects nest deeper than {@link MAX_JSON_DEPTH}.
 */
export function parseJsonBytes(bytes: Uint8Array, file: string): unknown {
  const body = utf8Body(bytes, file);
  checkJsonBytes(body, file, { skipped: bytes.length - body.length });
  return JSON.parse(decoder.decode(body));
}

/**
 * Scans the UTF-8 body of a JSON file strictly and throws the typed error for its first problem.
 *
 * @param body - The bytes, without a byte order mark.
 * @param file - Where they came from, for error messages.
 * @param options - Bytes skipped before `body` (a byte order mark), for offsets in messages;
 *   value ranges to report (see {@link scanJson}).
 * @throws The errors of {@link parseJsonBytes}.
 */
export function checkJsonBytes(body: Uint8Array, file: string, options: { skipped?: number; values?: JsonScanOptions['values'] } = {}): void {
  if (isBlank(body)) throw new InvalidJsonError(file, 'the file is empty');
  const problem = scanJson(body, { strict: true, maxDepth: MAX_JSON_DEPTH, values: options.values });
  if (problem) throw describeJsonProblem(body, problem, file, options.skipped ?? 0);
}

/**
 * The text of a JSON file's bytes, checked strictly as {@link parseJsonBytes} checks them: for
 * files whose parser takes text, such as the lock.
 *
 * @param bytes - The file's bytes; a UTF-8 byte order mark is ignored.
 * @param file - Where they came from, for error messages.
 * @returns The text, without the byte order mark.
 * @throws The errors of {@link parseJsonBytes}.
 */
export function checkedJsonText(bytes: Uint8Array, file: string): string {
  const body = utf8Body(bytes, file);
  checkJsonBytes(body, file, { skipped: bytes.length - body.length });
  return decoder.decode(body);
}

/**
 * Parses JSON text, strictly, as {@link parseJsonBytes} parses a file's bytes.
 *
 * @param text - The JSON text; a leading byte order mark is ignored.
 * @param file - Where it came from, for error messages.
 * @returns The parsed value.
 * @throws The errors of {@link parseJsonBytes}; {@link IllFormedUnicodeError} also for a lone surrogate written raw.
 */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // UTF-8 cannot hold a lone surrogate (the encoder writes U+FFFD): find it first, then let the
  // scan say in which string it is.
  const lone = findLoneSurrogate(body);
  const bytes = encoder.encode(body);
  if (isBlank(bytes)) throw new InvalidJsonError(file, 'the file is empty');
  const loneSurrogateAt = lone < 0 ? undefined : { offset: encoder.encode(body.slice(0, lone)).length, codeUnit: body.charCodeAt(lone) };
  const problem = scanJson(bytes, { strict: true, maxDepth: MAX_JSON_DEPTH, loneSurrogateAt });
  if (problem) throw describeJsonProblem(bytes, problem, file, 0);
  return JSON.parse(body);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

/**
 * The typed error for a problem found by {@link scanJson}, with line and column.
 *
 * @param bytes - The bytes scanned (at least up to the problem).
 * @param problem - The problem, with offsets in `bytes`.
 * @param file - The file, for the message.
 * @param skipped - Bytes before `bytes` in the file (a byte order mark), for byte offsets.
 * @returns The error to throw.
 */
export function describeJsonProblem(bytes: Uint8Array, problem: JsonProblem, file: string, skipped: number): Error {
  const where = positionOf(bytes, problem.offset);
  const path = formatJsonPath(problem.path) || '(top level)';
  const at = `line ${where.line}, column ${where.column}`;
  switch (problem.kind) {
    case 'syntax':
      return new InvalidJsonError(file, problem.truncated ? `${problem.reason} (is the file truncated?)` : `${problem.reason} at ${at}`);
    case 'encoding': {
      const offset = problem.offset + skipped;
      const inString = problem.path.length > 0 ? ` in the string at ${path}` : '';
      return new InvalidEncodingError(file, undefined, offset, `${problem.reason}, at byte ${offset} (${at})${inString}`);
    }
    case 'forbidden-key':
      return new InvalidJsonError(file, `the key "__proto__" is not allowed (at ${path}, ${at})`);
    case 'duplicate-key':
      return new DuplicateKeyError(file, problem.key!, path, positionOf(bytes, problem.firstOffset!), where);
    case 'lone-surrogate':
      return new IllFormedUnicodeError({ file, path, position: where, offset: where.offset }, problem.codeUnit!, 'text must be well-formed Unicode: write the character itself, or both halves of its surrogate pair');
    case 'depth':
      return new LimitExceededError(file, 'depth', MAX_JSON_DEPTH, `JSON nested deeper than ${MAX_JSON_DEPTH} levels at ${path} (${at}); no corpus, lock or lint file needs that many (docs/security.md)`);
  }
}

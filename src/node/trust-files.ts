/**
 * Reading the files the checks read besides the corpus: the lock (`lock.json`) and the lint
 * configuration (`lint.json`), strictly (UTF-8, no duplicate keys, bounded size and depth) and
 * validated, with errors naming the file and the path inside it; and the Markdown of changesets.
 *
 * The package's own lock and lint configuration, exactly as `npm run generate` validated them
 * (src/corpus/generated/validated-files.ts), are read without validating them again, and so
 * without loading zod: `check` and `lint` on the bundled corpus start as fast as the other
 * commands (docs/benchmarks.md, "CLI start"). Any other text is validated, zod loaded for it.
 */
import type { LintConfig } from '../checks/lint/types.js';
import type { Lock } from '../checks/lock.js';
import { lintConfigFromValidated, lockFromValidated } from '../checks/validated-files.js';
import { VALIDATED_FILES } from '../corpus/generated/validated-files.js';
import { FileNotReadableError } from '../errors.js';
import { checkArguments, text } from '../util/arguments.js';
import { readFileText } from './fs-async.js';
import { readOptionalJsonText } from './read-json-file.js';
import { readSmallFile } from './small-file.js';

/**
 * Reads and validates a lock file, such as `clauses/lock.json`.
 *
 * @param file - The lock file.
 * @returns The lock.
 * @throws {FileNotReadableError} When the file does not exist or cannot be read.
 * @throws {LimitExceededError} When it is larger than `MAX_JSON_BYTES`, or nested deeper than `MAX_JSON_DEPTH`.
 * @throws {InvalidEncodingError} When it is not UTF-8.
 * @throws {InvalidJsonError} When it is not JSON.
 * @throws {DuplicateKeyError} When an object has a key twice.
 * @throws {CorpusValidationError} When the JSON is not a lock; the issues name the file and the path inside it.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * Object.keys((await readLockFile('clauses/lock.json')).documents);
 * //=> ['disclaimer']
 */
export async function readLockFile(file: string): Promise<Lock> {
  checkArguments('readLockFile', ['file', file, text]);
  return (await readOptionalLockFile(file)) ?? missing(file);
}

/**
 * Reads and validates a lint configuration file, such as `clauses/lint.json`.
 *
 * @param file - The configuration file.
 * @returns The configuration.
 * @throws {FileNotReadableError} When the file does not exist or cannot be read.
 * @throws {LimitExceededError} When it is larger than `MAX_JSON_BYTES`, or nested deeper than `MAX_JSON_DEPTH`.
 * @throws {InvalidEncodingError} When it is not UTF-8.
 * @throws {InvalidJsonError} When it is not JSON.
 * @throws {DuplicateKeyError} When an object has a key twice.
 * @throws {CorpusValidationError} When the JSON is not a lint configuration; the issues name the file and the path inside it.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * (await readLintConfigFile('clauses/lint.json')).terms?.map((entry) => entry.term);
 * //=> ['Alibaba.com']
 */
export async function readLintConfigFile(file: string): Promise<LintConfig> {
  checkArguments('readLintConfigFile', ['file', file, text]);
  return (await readOptionalLintConfigFile(file)) ?? missing(file);
}

/** The lock in `file`, or `undefined` when there is none yet (the errors of {@link readLockFile} otherwise). */
export async function readOptionalLockFile(file: string): Promise<Lock | undefined> {
  const json = await readOptionalJsonText(file, VALIDATED_FILES['lock.json']);
  if (json === undefined) return undefined;
  if (json === VALIDATED_FILES['lock.json']) return lockFromValidated(JSON.parse(json));
  return (await import('../checks/parse-lock.js')).parseLock(json, file);
}

/** The lint configuration in `file`, or `undefined` when there is none (the errors of {@link readLintConfigFile} otherwise). */
export async function readOptionalLintConfigFile(file: string): Promise<LintConfig | undefined> {
  const json = await readOptionalJsonText(file, VALIDATED_FILES['lint.json']);
  if (json === undefined) return undefined;
  if (json === VALIDATED_FILES['lint.json']) return lintConfigFromValidated(JSON.parse(json));
  return (await import('../checks/lint/parse-config.js')).parseLintConfig(json, file);
}

/**
 * The HTML comments (`<!-- … -->`, where changeset markers are) of a Markdown file, one a line,
 * or `undefined` when it does not exist: what `changeset --check` needs of the changesets and of
 * CHANGELOG.md, which grows with every release. Its prose is not decoded: a changelog of 33 KB
 * with some Chinese in it is 66 KB of string, enough to cost a start a garbage collection
 * (docs/benchmarks.md, "CLI start"). The markers found in the comments are those found in the
 * whole text: a marker ends at the first `-->` after its `<!--`, and holds no other.
 *
 * @param file - The file.
 * @returns Its comments, as UTF-8, joined by line breaks (a file over 1 MiB: its whole text).
 * @throws {FileNotReadableError} When it exists and cannot be read.
 */
export async function readOptionalComments(file: string): Promise<string | undefined> {
  try {
    const small = readSmallFile(file);
    return small === null ? await readFileText(file) : small === undefined ? undefined : htmlComments(small);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileNotReadableError(file, (error as Error).message, { cause: error });
  }
}

/** Each `<!--` to the first `-->` after it (or to the end) of UTF-8 bytes, decoded; joined by line breaks. */
function htmlComments(bytes: Buffer): string {
  const comments: string[] = [];
  let start = bytes.indexOf('<!--');
  while (start >= 0) {
    const close = bytes.indexOf('-->', start + 4);
    const end = close < 0 ? bytes.length : close + 3;
    comments.push(bytes.toString('utf8', start, end));
    start = bytes.indexOf('<!--', end);
  }
  return comments.join('\n');
}

function missing(file: string): never {
  throw new FileNotReadableError(file, 'no such file or directory');
}

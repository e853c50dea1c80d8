/**
 * Validation of untrusted corpus data against the zod schemas, with errors that name the file
 * and the path inside it.
 */
import { checkArguments, text as TEXT } from '../util/arguments.js';
import type * as z from 'zod';
import { CorpusValidationError, type CorpusIssue } from '../errors.js';
import { corpusSchema } from '../model/schema.js';
import type { Corpus } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';
import { migrateCorpusData, type JsonPath } from './migrate.js';
import { parseJsonText } from './parse-json.js';

/**
 * Validates data against a schema; on failure throws a {@link CorpusValidationError} whose
 * issues name `file` and the path inside it (mapped back with `originalPath` when the data was
 * converted from an earlier format).
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  originalPath: (path: JsonPath) => PropertyKey[] = (path) => [...path],
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new CorpusValidationError(toCorpusIssues(result.error.issues, file, originalPath));
}

/** Maps zod issues to {@link CorpusIssue}s: one per leaf problem, with a readable path. */
export function toCorpusIssues(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  originalPath: (path: JsonPath) => PropertyKey[] = (path) => [...path],
): CorpusIssue[] {
  return issues.map((issue) => ({
    file,
    path: formatJsonPath(originalPath(issue.path)),
    message: describeIssue(issue),
    code: issue.code,
  }));
}

/**
 * zod's messages say what was expected and received; say "missing" where nothing was received,
 * and say why a record key (an edition id under `editions`) is refused: zod's own message for it
 * is only "Invalid key in record".
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return `missing (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys.includes('topic')) {
    // The one key format 1 had that format 2 renamed: say so, rather than only "unrecognized".
    return `${issue.message}: format 2 (legal-clauses/corpus@2) names it "topics", a list such as ["warranty"] (docs/data-model.md, "Migration")`;
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    const key = issue.path.at(-1);
    return `key ${JSON.stringify(String(key))} is not valid: ${issue.issues.map(describeIssue).join('; ')}`;
  }
  return issue.message;
}

/**
 * Validates a whole corpus (as parsed from JSON) and returns it typed. A corpus written in an
 * earlier format (`legal-clauses/corpus@1`) is converted on read (docs/data-model.md).
 *
 * @param data - The parsed JSON value.
 * @param file - Where the data came from, for error messages.
 * @returns The same data, typed as a corpus.
 * @throws {CorpusValidationError} When the data does not satisfy the model; `issues` lists every
 *   problem with its path.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * parseCorpus({ format: 'legal-clauses/corpus@2', documents: [], clauses: [] }).clauses;
 * //=> []
 * parseCorpus({ format: 'legal-clauses/corpus@2', documents: 1, clauses: [] }, 'x.json');
 * // throws CorpusValidationError: x.json: documents: Invalid input: expected array, received number
 */
export function parseCorpus(data: unknown, file = '<corpus>'): Corpus {
  checkArguments('parseCorpus', ['file', file, TEXT]);
  const migrated = migrateCorpusData(data);
  return validateWith(corpusSchema, migrated.data, file, migrated.originalPath);
}

/**
 * Parses and validates corpus JSON text, such as the output of `legal-clauses export`.
 *
 * @param text - The JSON text.
 * @param file - Where the text came from, for error messages.
 * @returns The validated corpus.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * parseCorpusJson(exportCorpus(corpus)).documents[0].id;
 * //=> 'disclaimer'
 * parseCorpusJson('{"format": 1,', 'x.json');
 * // throws InvalidJsonError: x.json: not valid JSON: it ends too early (is the file truncated?)
 * @throws {InvalidJsonError} When the text is not JSON.
 * @throws {CorpusValidationError} When the JSON does not satisfy the model.
 */
export function parseCorpusJson(text: string, file = '<corpus>'): Corpus {
  checkArguments('parseCorpusJson', ['text', text, TEXT], ['file', file, TEXT]);
  return parseCorpus(parseJsonText(text, file), file);
}

/**
 * Reading corpora written in an earlier format: each is converted on read to the current one
 * (docs/data-model.md, "Migration"). Conversions work on the parsed JSON, before validation, so
 * the current schema is the only one that decides what is valid; issues found in converted
 * data are mapped back to the paths of the file as written.
 *
 * Format 1 → 2: a document did not declare its languages (they were `zh` and `en`), and a
 * clause had one `topic` where it now has `topics`. Nothing else changed, so no text, and no
 * hash of a published edition, changes.
 */
import { CORPUS_FORMAT, FORMAT_1_LANGUAGES, LEGACY_CORPUS_FORMATS } from '../model/constants.js';

/** A JSON path, as zod reports it. */
export type JsonPath = readonly PropertyKey[];

/** Parsed data after conversion, and how to map an issue's path back to the data as written. */
export interface Migrated {
  data: unknown;
  /** The format the data was written in, or `undefined` when it was current (or not a corpus). */
  from: string | undefined;
  /** Maps a path in the converted data to the path in the data as written. */
  originalPath(path: JsonPath): PropertyKey[];
}

const FORMAT_1 = LEGACY_CORPUS_FORMATS[0];

/**
 * Converts a whole corpus (as parsed from a corpus JSON file) to the current format when it
 * was written in an earlier one; anything else is returned as it is, for validation to judge.
 *
 * @param data - Parsed JSON.
 * @returns The data in the current format, and a path mapper.
 * @example
 * migrateCorpusData({ format: 'legal-clauses/corpus@1', documents: [], clauses: [] }).data;
 * //=> { format: 'legal-clauses/corpus@2', documents: [], clauses: [] }
 */
export function migrateCorpusData(data: unknown): Migrated {
  if (!isRecord(data) || data.format !== FORMAT_1) return unchanged(data);
  const converted: Record<string, unknown> = { ...data, format: CORPUS_FORMAT };
  if (Array.isArray(data.documents)) converted.documents = data.documents.map(migrateDocument);
  if (Array.isArray(data.clauses)) converted.clauses = data.clauses.map(migrateClause);
  return { data: converted, from: FORMAT_1, originalPath: (path) => topicPath(path, 2) };
}

/**
 * Converts the `document.json` of a corpus directory written in format 1 (it carries no
 * `format`) to the current format.
 *
 * @param data - The parsed `document.json`.
 * @returns The data in the current format, and a path mapper.
 * @example
 * migrateDocumentFile({ id: 'terms', title: { zh: '条款', en: 'Terms' }, governingLanguage: 'zh' }).data;
 * //=> { format: 'legal-clauses/corpus@2', id: 'terms', languages: ['zh', 'en'], title: { zh: '条款', en: 'Terms' }, governingLanguage: 'zh' }
 */
export function migrateDocumentFile(data: unknown): Migrated {
  if (!isFormat1DocumentFile(data)) return unchanged(data);
  return { data: { format: CORPUS_FORMAT, ...withLanguages(data) }, from: FORMAT_1, originalPath: (path) => [...path] };
}

/**
 * Converts a clause file of a corpus directory whose `document.json` was written in format 1.
 *
 * @param data - The parsed clause file.
 * @returns The data in the current format, and a path mapper.
 * @example
 * migrateClauseFile({ id: 'a', topic: 'general', editions: {} }).data;
 * //=> { id: 'a', topics: ['general'], editions: {} }
 */
export function migrateClauseFile(data: unknown): Migrated {
  if (!isRecord(data)) return unchanged(data);
  return { data: migrateClause(data), from: FORMAT_1, originalPath: (path) => topicPath(path, 0) };
}

/**
 * Whether a parsed `document.json` was written in format 1: an object without `format`.
 *
 * @param data - The parsed file.
 * @returns True for a format-1 document file.
 * @example
 * isFormat1DocumentFile({ id: 'terms', title: { zh: '条款', en: 'Terms' }, governingLanguage: 'zh' });
 * //=> true
 */
export function isFormat1DocumentFile(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && !Object.hasOwn(data, 'format');
}

function migrateDocument(document: unknown): unknown {
  return isRecord(document) ? withLanguages(document) : document;
}

/** Adds format 1's implicit languages, keys in the order a person would write them: id, languages, the rest. */
function withLanguages(document: Record<string, unknown>): Record<string, unknown> {
  if (Object.hasOwn(document, 'languages')) return document;
  const { id, ...rest } = document;
  return id === undefined ? { languages: [...FORMAT_1_LANGUAGES], ...rest } : { id, languages: [...FORMAT_1_LANGUAGES], ...rest };
}

function migrateClause(clause: unknown): unknown {
  if (!isRecord(clause) || !Object.hasOwn(clause, 'topic') || Object.hasOwn(clause, 'topics')) return clause;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(clause)) {
    if (key === 'topic') converted.topics = [value];
    else converted[key] = value;
  }
  return converted;
}

/** `topics[0]` at `depth` (after `clauses, i` in a corpus) was `topic` in the file. */
function topicPath(path: JsonPath, depth: number): PropertyKey[] {
  if (path[depth] === 'topics' && (path.length === depth + 1 || path[depth + 1] === 0)) {
    return [...path.slice(0, depth), 'topic', ...path.slice(depth + 2)];
  }
  return [...path];
}

function unchanged(data: unknown): Migrated {
  return { data, from: undefined, originalPath: (path) => [...path] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

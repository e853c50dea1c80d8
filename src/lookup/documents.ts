import { bundledCorpus, type BundledDocumentId } from '../corpus/generated/corpus.js';
import type { Corpus, Document, Edition } from '../model/types.js';
import { checkArguments, optional, text } from '../util/arguments.js';
import { CORPUS_KEYS, SELECTOR_KEYS, optionsWith } from './arguments.js';
import { resolveDocument, resolveEdition, type EditionSelector } from './resolve.js';

const CORPUS_OPTIONS = optionsWith(CORPUS_KEYS);
const DOCUMENT_OPTIONS = optionsWith({ ...CORPUS_KEYS, document: optional(text) });
const EDITION_OPTIONS = optionsWith({ ...CORPUS_KEYS, ...SELECTOR_KEYS });

/** Which corpus to look in. */
export interface CorpusOption {
  /**
   * A corpus of the same model, such as one read with `readCorpusFile`.
   * @default the bundled corpus
   */
  corpus?: Corpus | undefined;
}

/**
 * The documents of a corpus.
 *
 * @param options - Which corpus (default: the bundled one).
 * @returns Every document, with its titles, governing language and editions (oldest first).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * listDocuments().map((document) => [document.id, document.governingLanguage]);
 * //=> [['disclaimer', 'zh']]
 */
export function listDocuments(options: CorpusOption = {}): readonly Document[] {
  checkArguments('listDocuments', ['options', options, CORPUS_OPTIONS]);
  return (options.corpus ?? bundledCorpus).documents;
}

/**
 * A document by id; the governing language is `document.governingLanguage`.
 *
 * @param id - The document id; may be left out when the corpus has only one document.
 * @param options - Which corpus (default: the bundled one).
 * @returns The document, with its titles, governing language and editions.
 * @throws {UnknownDocumentError} When no document has that id (the error suggests the closest).
 * @throws {AmbiguousDocumentError} When `id` is left out and the corpus has several documents.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * getDocument('disclaimer').title.en;
 * //=> 'Disclaimer'
 */
export function getDocument(id?: BundledDocumentId, options?: { corpus?: undefined }): Document;
export function getDocument(id: string | undefined, options: CorpusOption): Document;
export function getDocument(id?: string, options: CorpusOption = {}): Document {
  checkArguments('getDocument', ['id', id, optional(text)], ['options', options, CORPUS_OPTIONS]);
  return resolveDocument(options.corpus ?? bundledCorpus, id);
}

/**
 * The editions of a document, oldest first, drafts included (see `edition.status`).
 *
 * @param options - The document (default: the corpus's only one) and the corpus.
 * @returns The editions, oldest first.
 * @throws {UnknownDocumentError} When no document has that id.
 * @throws {AmbiguousDocumentError} When no document is named and the corpus has several.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * listEditions().map((edition) => `${edition.id} ${edition.status}`);
 * //=> ['2003-04-15 published']
 */
export function listEditions(options: CorpusOption & { document?: string | undefined } = {}): readonly Edition[] {
  checkArguments('listEditions', ['options', options, DOCUMENT_OPTIONS]);
  return resolveDocument(options.corpus ?? bundledCorpus, options.document).editions;
}

/**
 * One edition of a document: by id, in force on a date, or (by default) the latest published.
 *
 * @param options - The document, the edition id or date, whether drafts count, and the corpus.
 * @returns The edition, with its status, dateline and sections.
 * @throws {UnknownEditionError} When no edition has that id (the error lists those that exist).
 * @throws {NoEditionInForceError} When no published edition was released on or before `at`.
 * @throws {InvalidDateError} When `at` is not a real date written `YYYY-MM-DD`.
 * @throws {InvalidOptionsError} When both `edition` and `at` are given.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * getEdition({ at: '2010-01-01' }).id;
 * //=> '2003-04-15'
 */
export function getEdition(options: EditionSelector & CorpusOption = {}): Edition {
  checkArguments('getEdition', ['options', options, EDITION_OPTIONS]);
  const document = resolveDocument(options.corpus ?? bundledCorpus, options.document);
  return resolveEdition(document, options);
}

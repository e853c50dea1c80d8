/**
 * Content hashes of a corpus: SHA-256 over UTF-8 of the canonical texts, per clause and
 * language, per edition and language, and over each edition's structure. docs/trust.md says
 * exactly what is hashed, so that anyone can recompute them without this library.
 */
import { checkArguments } from '../util/arguments.js';
import { CLAUSE, CORPUS, EDITION, text as TEXT } from './arguments.js';
import { ClauseNotInEditionError } from '../errors.js';
import { resolveClause } from '../lookup/resolve.js';
import type { Language } from '../model/constants.js';
import { translationText } from '../model/plain-text.js';
import { statedLanguages } from '../model/translations.js';
import type { Clause, Corpus, Edition } from '../model/types.js';
import { canonicalJson } from '../util/canonical-json.js';
import { editionLanguages, editionText } from './edition-text.js';
import { sha256Hex } from './sha256.js';
import type { CorpusHashes, EditionHashes, LanguageHashes, Sha256, TextHash } from './types.js';

/** A `sha256:<hex>` hash: 64 lowercase hex digits after the algorithm's name. */
export const SHA256_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * The hash of a text: SHA-256 of its UTF-8 bytes, written `sha256:<hex>`.
 *
 * @param text - The text, hashed exactly as given (no trimming, no Unicode normalisation).
 * @returns The hash.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * hashText('abc');
 * //=> 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function hashText(text: string): Sha256 {
  checkArguments('hashText', ['text', text, TEXT]);
  return `sha256:${sha256Hex(text)}`;
}

/**
 * The hash of a clause's text in each language of an edition: SHA-256 of its canonical plain
 * text (`translationText`: heading, then blocks), or `'missing'` for a language that did not
 * publish it. One entry per language the document declares.
 *
 * @param clause - The clause.
 * @param editionId - The edition.
 * @returns A hash per language.
 * @throws {ClauseNotInEditionError} When the clause has no text for the edition.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * clauseHashes(resolveClause(corpus, 'image-use'), '2003-04-15').zh;
 * //=> 'missing'
 */
export function clauseHashes(clause: Clause, editionId: string): LanguageHashes {
  checkArguments('clauseHashes', ['clause', clause, CLAUSE], ['editionId', editionId, TEXT]);
  const texts = Object.hasOwn(clause.editions, editionId) ? clause.editions[editionId] : undefined;
  if (!texts) {
    throw new ClauseNotInEditionError(clause.id, editionId, Object.keys(clause.editions));
  }
  return mapLanguages((lang) => {
    const translation = texts[lang];
    return translation?.status === 'published' ? hashText(translationText(translation)) : 'missing';
  }, statedLanguages(texts));
}

/**
 * The hash of an edition's structure: SHA-256 of the edition object (id, status, dateline,
 * sections with their headings and clause ids in order) as RFC 8785 canonical JSON. Moving a
 * clause between sections, reordering, renaming a heading or changing the status changes it.
 *
 * @param edition - The edition.
 * @returns The hash.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * structureHash({ id: '2020-01-01', status: 'draft', sections: [{ id: 'all', clauses: ['a'] }] });
 * //=> 'sha256:76c9733506c583cb0af6b49849e5a7bf6ee2e41905161dce5b9196b966c11c57'
 * // the SHA-256 of '{"id":"2020-01-01","sections":[{"clauses":["a"],"id":"all"}],"status":"draft"}'
 */
export function structureHash(edition: Edition): Sha256 {
  checkArguments('structureHash', ['edition', edition, EDITION]);
  return hashText(canonicalJson(edition));
}

/**
 * Every hash of one edition: structure, whole text per language, each clause per language.
 *
 * @param corpus - The corpus holding the edition's clauses.
 * @param edition - The edition, as found with `resolveEdition`.
 * @returns The edition's hashes; `clauses` is in reading order.
 * @throws {UnknownClauseError} When the edition lists a clause the corpus lacks (a validated corpus never does).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const hashes = editionHashes(corpus, resolveEdition(resolveDocument(corpus), { edition: '2003-04-15' }));
 * [hashes.clauses['image-use']?.zh, Object.keys(hashes.clauses).length];
 * //=> ['missing', 10]
 */
export function editionHashes(corpus: Corpus, edition: Edition): EditionHashes {
  checkArguments('editionHashes', ['corpus', corpus, CORPUS], ['edition', edition, EDITION]);
  const clauses: Record<string, LanguageHashes> = {};
  for (const section of edition.sections) {
    for (const clauseId of section.clauses) clauses[clauseId] = clauseHashes(resolveClause(corpus, clauseId), edition.id);
  }
  const text = mapLanguages((lang): TextHash => {
    const value = editionText(corpus, edition, lang);
    return value === undefined ? 'missing' : hashText(value);
  }, editionLanguages(corpus, edition));
  return { structure: structureHash(edition), text, clauses };
}

/**
 * The hashes of every edition of every document, drafts included: what `legal-clauses export`
 * embeds in the corpus JSON under `hashes`, and what `legal-clauses check --corpus FILE` verifies.
 *
 * @param corpus - A validated corpus.
 * @returns Hashes by document id and edition id.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * Object.keys(corpusHashes(corpus).documents.disclaimer ?? {});
 * //=> ['2003-04-15']
 */
export function corpusHashes(corpus: Corpus): CorpusHashes {
  checkArguments('corpusHashes', ['corpus', corpus, CORPUS]);
  const documents: Record<string, Record<string, EditionHashes>> = {};
  for (const document of corpus.documents) {
    const editions: Record<string, EditionHashes> = {};
    for (const edition of document.editions) editions[edition.id] = editionHashes(corpus, edition);
    documents[document.id] = editions;
  }
  return { algorithm: 'sha256', documents };
}

/**
 * A record with one value per language.
 *
 * @param value - The value for a language.
 * @param languages - The languages, such as a document's.
 * @returns The record, in the order of `languages`.
 * @example
 * mapLanguages((lang) => lang.toUpperCase(), ['zh', 'en']);
 * //=> { zh: 'ZH', en: 'EN' }
 */
export function mapLanguages<T>(value: (lang: Language) => T, languages: readonly Language[]): Partial<Record<Language, T>> {
  const record: Partial<Record<Language, T>> = {};
  for (const lang of languages) record[lang] = value(lang);
  return record;
}

/**
 * A hash cut to its first 12 hex digits, for messages meant for people; `'missing'` and other
 * values are returned as they are.
 *
 * @param hash - A `sha256:<hex>` hash, or `'missing'`.
 * @returns The shortened hash.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * shortHash(hashText('abc'));
 * //=> 'sha256:ba7816bf8f01…'
 */
export function shortHash(hash: string): string {
  checkArguments('shortHash', ['hash', hash, TEXT]);
  return SHA256_PATTERN.test(hash) ? `${hash.slice(0, 19)}…` : hash;
}

import { bundledCorpus, type BundledClauseId } from '../corpus/generated/corpus.js';
import { UnknownClauseError } from '../errors.js';
import type { Language } from '../model/constants.js';
import { governingLanguageOf } from '../model/governing.js';
import { translationText } from '../model/plain-text.js';
import { translationIn } from '../model/translations.js';
import type { Block, ClauseEdition, Corpus, Inline, Section, Topic, TranslationStatus } from '../model/types.js';
import type { CorpusOption } from './documents.js';
import { checkArguments, optional, shape, text } from '../util/arguments.js';
import { CORPUS_KEYS, LANGUAGE_LIST, LOCALES, SELECTOR_KEYS, optionsWith } from './arguments.js';
import { chooseLanguage } from './choose-language.js';
import { locateClause, resolveClause, resolveDocument, resolveEdition, type EditionSelector } from './resolve.js';

/** A clause as it stands in one edition, in every language. */
export interface ClauseInEdition {
  id: string;
  document: string;
  /** The edition id the text comes from. */
  edition: string;
  topics: readonly Topic[];
  /** The clause's number in that edition, when the document numbers its articles (`'4'`). */
  number?: string;
  /** The section listing the clause in that edition. */
  section: Section;
  /** The clause's 0-based place in the edition's reading order. */
  position: number;
  /** The languages the document publishes. */
  languages: readonly Language[];
  /** The language that prevails in this edition, or `null` when the edition declares none. */
  governingLanguage: Language | null;
  /** Text per language of the document: `published` with blocks, or `missing`. */
  translations: ClauseEdition;
}

/** Fields a clause's text in one language has, published or not. */
interface ClauseTextBase {
  id: string;
  document: string;
  edition: string;
  topics: readonly Topic[];
  /** The language the result is in (for a missing text: the language that lacks it). */
  lang: Language;
  /** Whether `lang` is the language that prevails in this edition (false when none is declared). */
  governing: boolean;
}

/** A clause's text in one language, as published. */
export interface PublishedClauseText extends ClauseTextBase {
  status: 'published';
  /** The clause's heading as published (number included), when it has one. */
  heading?: Inline;
  blocks: readonly Block[];
  /** The canonical plain text: the heading, then the blocks (see `translationText`). */
  text: string;
  /**
   * Set when the text comes from a fallback: the language (or, if none matched, the tag)
   * that was asked for and had no text. Show the reader a note when it is set.
   */
  fallbackFrom?: string;
}

/** A clause the requested language did not publish in this edition. Never an empty string. */
export interface MissingClauseText extends ClauseTextBase {
  status: 'missing';
  /** Languages that did publish the clause in this edition. */
  available: Language[];
}

/** A clause's text in one language: published, or missing. */
export type ClauseText = PublishedClauseText | MissingClauseText;

/** Options of {@link getClauseText}. */
export interface ClauseTextOptions extends EditionSelector, CorpusOption {
  /** The reader's locale: a BCP 47 tag, or several in order of preference. */
  lang: string | readonly string[];
  /**
   * Languages to use, in order, when the requested one has no match or did not publish the
   * clause. The result says which language it fell back from.
   * @default []
   */
  fallback?: Language | readonly Language[] | undefined;
}

const EDITION_OPTIONS = optionsWith({ ...CORPUS_KEYS, ...SELECTOR_KEYS });
// `lang` is required (not optional): `undefined` is refused too.
const TEXT_OPTIONS = shape('an options object with lang', { ...CORPUS_KEYS, ...SELECTOR_KEYS, lang: LOCALES, fallback: optional(LANGUAGE_LIST) });

/** One line of {@link listClauses}. */
export interface ClauseSummary {
  id: string;
  topics: readonly Topic[];
  /** The clause's number in this edition, when the document numbers its articles. */
  number?: string;
  /** Id of the section listing the clause. */
  section: string;
  /** Whether each language of the document published the clause in this edition. */
  languages: Partial<Record<Language, TranslationStatus>>;
}

/**
 * The clauses of an edition, in reading order, with their translation status.
 *
 * @param options - The document, the edition id or date, and the corpus.
 * @returns One summary per clause: id, topics, number, section and status per language.
 * @throws {UnknownDocumentError | UnknownEditionError | NoEditionInForceError | InvalidDateError}
 *   When the edition cannot be selected.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * listClauses().find((clause) => clause.id === 'image-use');
 * //=> { id: 'image-use', topics: ['intellectual-property'], section: 'information',
 * //     languages: { zh: 'missing', en: 'published' } }
 */
export function listClauses(options: EditionSelector & CorpusOption = {}): ClauseSummary[] {
  checkArguments('listClauses', ['options', options, EDITION_OPTIONS]);
  const corpus = options.corpus ?? bundledCorpus;
  const document = resolveDocument(corpus, options.document);
  const edition = resolveEdition(document, options);
  return edition.sections.flatMap((section) =>
    section.clauses.map((id) => {
      const clause = resolveClause(corpus, id);
      const text = clause.editions[edition.id]!;
      const languages: Partial<Record<Language, TranslationStatus>> = {};
      for (const lang of document.languages) languages[lang] = translationIn(text, lang).status;
      const summary: ClauseSummary = { id, topics: clause.topics, section: section.id, languages };
      if (text.number !== undefined) summary.number = text.number;
      return summary;
    }),
  );
}

/**
 * A clause in one edition, with its text in every language.
 *
 * @param id - The clause id; for the bundled corpus a misspelt id does not compile.
 * @param options - Which edition (default: the latest published), and which corpus.
 * @returns The clause as it stands in that edition: section, position, text per language.
 * @throws {UnknownClauseError} When no clause has that id (the error suggests the closest).
 * @throws {ClauseNotInEditionError} When the selected edition does not contain the clause.
 * @throws {UnknownEditionError | NoEditionInForceError | InvalidDateError} When the edition cannot be selected.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * getClause('image-use').translations.zh;
 * //=> { status: 'missing' }
 */
export function getClause(id: BundledClauseId, options?: EditionSelector & { corpus?: undefined }): ClauseInEdition;
export function getClause(id: string, options: EditionSelector & { corpus: Corpus }): ClauseInEdition;
export function getClause(id: string, options: EditionSelector & CorpusOption = {}): ClauseInEdition {
  checkArguments('getClause', ['id', id, text], ['options', options, EDITION_OPTIONS]);
  const corpus = options.corpus ?? bundledCorpus;
  const clause = resolveClause(corpus, id);
  const document = resolveDocument(corpus, options.document ?? clause.document);
  if (document.id !== clause.document) {
    const ofDocument = corpus.clauses.filter((other) => other.document === document.id).map((other) => other.id);
    throw new UnknownClauseError(clause.id, ofDocument);
  }
  const edition = resolveEdition(document, options);
  const { section, position } = locateClause(edition, clause, document);
  const translations = clause.editions[edition.id]!;
  const found: ClauseInEdition = {
    id: clause.id,
    document: document.id,
    edition: edition.id,
    topics: clause.topics,
    section,
    position,
    languages: document.languages,
    governingLanguage: governingLanguageOf(document, edition),
    translations,
  };
  if (translations.number !== undefined) found.number = translations.number;
  return found;
}

/**
 * A clause's text in the reader's language. A language that did not publish the clause gives
 * `status: 'missing'`, never an empty string; with `fallback`, the text of a fallback language
 * comes back with `fallbackFrom` saying what was asked for.
 *
 * @param id - The clause id; for the bundled corpus a misspelt id does not compile.
 * @param options - The reader's locale, the fallback, the edition and the corpus.
 * @returns The text in the language chosen (`status: 'published'`), or `status: 'missing'`
 *   with the languages that do have it.
 * @throws {InvalidLocaleError} When a tag is not well-formed BCP 47.
 * @throws {UnsupportedLocaleError} When no tag matches a language of the corpus and no fallback is given.
 * @throws {UnknownClauseError | ClauseNotInEditionError} When the clause cannot be found.
 * @throws {UnknownEditionError | NoEditionInForceError | InvalidDateError} When the edition cannot be selected.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const text = getClauseText('trademarks', { lang: 'zh-CN' });
 * text.status === 'published' && text.text.slice(0, 4);
 * //=> '“阿里巴'
 * getClauseText('image-use', { lang: 'zh' });
 * //=> { status: 'missing', lang: 'zh', available: ['en'], … }
 * getClauseText('image-use', { lang: 'zh', fallback: 'en' });
 * //=> { status: 'published', lang: 'en', fallbackFrom: 'zh', text: 'Without the written consent…', … }
 */
export function getClauseText(id: BundledClauseId, options: ClauseTextOptions & { corpus?: undefined }): ClauseText;
export function getClauseText(id: string, options: ClauseTextOptions & { corpus: Corpus }): ClauseText;
export function getClauseText(id: string, options: ClauseTextOptions): ClauseText {
  checkArguments('getClauseText', ['id', id, text], ['options', options, TEXT_OPTIONS]);
  const clause = getClause(id, { ...options, corpus: options.corpus ?? bundledCorpus });
  const published = (lang: Language) => translationIn(clause.translations, lang).status === 'published';
  const { lang, fallbackFrom } = chooseLanguage(options.lang, options.fallback ?? [], clause.languages, published);
  const base = { id: clause.id, document: clause.document, edition: clause.edition, topics: clause.topics, lang, governing: lang === clause.governingLanguage };
  const translation = translationIn(clause.translations, lang);
  if (translation.status !== 'published') return { ...base, status: 'missing', available: clause.languages.filter(published) };
  const found: PublishedClauseText = { ...base, status: 'published', blocks: translation.blocks, text: translationText(translation) };
  if (translation.heading !== undefined) found.heading = translation.heading;
  if (fallbackFrom !== undefined) found.fallbackFrom = fallbackFrom;
  return found;
}

import { bundledCorpus, type BundledClauseId } from '../corpus/generated/corpus.js';
import { UnknownClauseError } from '../errors.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import { blocksToText } from '../model/plain-text.js';
import type { Block, ClauseEdition, Corpus, Section, Topic, TranslationStatus } from '../model/types.js';
import type { CorpusOption } from './documents.js';
import { checkArguments, optional, shape, text } from '../util/arguments.js';
import { CORPUS_KEYS, LANGUAGE_LIST, LOCALES, SELECTOR_KEYS, optionsWith } from './arguments.js';
import { matchLanguage, negotiateLanguage, toList } from './locale.js';
import { locateClause, resolveClause, resolveDocument, resolveEdition, type EditionSelector } from './resolve.js';

/** A clause as it stands in one edition, in every language. */
export interface ClauseInEdition {
  id: string;
  document: string;
  /** The edition id the text comes from. */
  edition: string;
  topic: Topic;
  /** The section listing the clause in that edition. */
  section: Section;
  /** The clause's 0-based place in the edition's reading order. */
  position: number;
  /** The language that prevails in case of inconsistency. */
  governingLanguage: Language;
  /** Text per language: `published` with blocks, or `missing`. */
  translations: ClauseEdition;
}

/** Fields a clause's text in one language has, published or not. */
interface ClauseTextBase {
  id: string;
  document: string;
  edition: string;
  topic: Topic;
  /** The language the result is in (for a missing text: the language that lacks it). */
  lang: Language;
  /** Whether `lang` is the document's governing language. */
  governing: boolean;
}

/** A clause's text in one language, as published. */
export interface PublishedClauseText extends ClauseTextBase {
  status: 'published';
  blocks: readonly Block[];
  /** The canonical plain text of the blocks (see `blocksToText`). */
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
  topic: Topic;
  /** Id of the section listing the clause. */
  section: string;
  /** Whether each language published the clause in this edition. */
  languages: Record<Language, TranslationStatus>;
}

/**
 * The clauses of an edition, in reading order, with their translation status.
 *
 * @param options - The document, the edition id or date, and the corpus.
 * @returns One summary per clause: id, topic, section and status per language.
 * @throws {UnknownDocumentError | UnknownEditionError | NoEditionInForceError | InvalidDateError}
 *   When the edition cannot be selected.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * listClauses().find((clause) => clause.id === 'image-use');
 * //=> { id: 'image-use', topic: 'intellectual-property', section: 'information',
 * //     languages: { zh: 'missing', en: 'published' } }
 */
export function listClauses(options: EditionSelector & CorpusOption = {}): ClauseSummary[] {
  checkArguments('listClauses', ['options', options, EDITION_OPTIONS]);
  const corpus = options.corpus ?? bundledCorpus;
  const edition = resolveEdition(resolveDocument(corpus, options.document), options);
  return edition.sections.flatMap((section) =>
    section.clauses.map((id) => {
      const clause = resolveClause(corpus, id);
      const text = clause.editions[edition.id]!;
      return {
        id,
        topic: clause.topic,
        section: section.id,
        languages: { zh: text.zh.status, en: text.en.status },
      };
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
  return {
    id: clause.id,
    document: document.id,
    edition: edition.id,
    topic: clause.topic,
    section,
    position,
    governingLanguage: document.governingLanguage,
    translations: clause.editions[edition.id]!,
  };
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
 * getClauseText('trademarks', { lang: 'zh-CN' }).text.slice(0, 4);
 * //=> '“阿里巴'
 * getClauseText('image-use', { lang: 'zh' });
 * //=> { status: 'missing', lang: 'zh', available: ['en'], … }
 * getClauseText('image-use', { lang: 'zh', fallback: 'en' }).fallbackFrom;
 * //=> 'zh'
 */
export function getClauseText(id: BundledClauseId, options: ClauseTextOptions & { corpus?: undefined }): ClauseText;
export function getClauseText(id: string, options: ClauseTextOptions & { corpus: Corpus }): ClauseText;
export function getClauseText(id: string, options: ClauseTextOptions): ClauseText {
  checkArguments('getClauseText', ['id', id, text], ['options', options, TEXT_OPTIONS]);
  const clause = getClause(id, { ...options, corpus: options.corpus ?? bundledCorpus });
  const tags = toList(options.lang);
  const fallback = toList(options.fallback ?? []);
  const base = (lang: Language) => ({
    id: clause.id,
    document: clause.document,
    edition: clause.edition,
    topic: clause.topic,
    lang,
    governing: lang === clause.governingLanguage,
  });
  const published = LANGUAGES.filter((lang) => clause.translations[lang].status === 'published');

  // The requested languages first, then the fallback; the first with published text wins.
  const requested = tags.map((tag) => matchLanguage(tag)).filter((lang) => lang !== undefined);
  const chosen = negotiateLanguage(tags, { fallback }).lang;
  const wanted = requested[0] ?? chosen;
  for (const lang of [...requested, ...fallback]) {
    const translation = clause.translations[lang];
    if (translation.status !== 'published') continue;
    const text: PublishedClauseText = {
      ...base(lang),
      status: 'published',
      blocks: translation.blocks,
      text: blocksToText(translation.blocks),
    };
    if (!requested.includes(lang)) text.fallbackFrom = requested[0] ?? tags[0] ?? lang;
    return text;
  }
  return { ...base(wanted), status: 'missing', available: published };
}

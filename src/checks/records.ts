/**
 * Acceptance records: what an app stores when a user accepts a text, as a compact string that
 * names the text and carries its hash, such as `disclaimer@2003-04-15/zh#sha256:…`. Later the
 * record gives back exactly the text accepted, and verifying it catches a forged or corrupted
 * record. The grammar is in docs/trust.md.
 */
import { checkArguments } from '../util/arguments.js';
import { quote } from '../util/quote.js';
import { CORPUS, RECORD, RECORD_OPTIONS, RECORD_OR_TEXT, text as TEXT } from './arguments.js';
import {
  ClauseNotInEditionError,
  IllFormedUnicodeError,
  InvalidRecordError,
  LegalClausesError,
  RecordMismatchError,
  TextNotPublishedError,
  UnknownClauseError,
  UnknownDocumentError,
  UnknownEditionError,
} from '../errors.js';
import { chooseLanguage } from '../lookup/choose-language.js';
import { locateClause, resolveClause, resolveDocument, resolveEdition, type EditionSelector } from '../lookup/resolve.js';
import { ID_PATTERN, LANGUAGES, type EditionStatus, type Language } from '../model/constants.js';
import { isEditionDate } from '../model/edition-dates.js';
import { translationText } from '../model/plain-text.js';
import { translationIn } from '../model/translations.js';
import type { Corpus } from '../model/types.js';
import { editionText } from './edition-text.js';
import { hashText, SHA256_PATTERN } from './hashes.js';
import type { Sha256 } from './types.js';

/** An acceptance record, parsed: which text, in which language, and its hash. */
export interface AcceptanceRecord {
  readonly document: string;
  readonly edition: string;
  readonly lang: Language;
  /** The clause, for a record of one clause; absent for a record of the whole edition. */
  readonly clause?: string;
  /** SHA-256 of the text accepted: the edition's canonical text, or the clause's (`translationText`). */
  readonly hash: Sha256;
}

/** What to create a record of: an edition (or one clause of it) in one language. */
export interface RecordOptions extends EditionSelector {
  /**
   * The language the user was shown: a language of the document (`'zh'`, `'en'`), or the
   * reader's BCP 47 tags (`'zh-CN'`, `['zh-TW', 'en']`), chosen exactly as `getClauseText`
   * chooses the text it shows, so that the record names what was shown.
   */
  lang: string | readonly string[];
  /**
   * Languages to accept, in order, when no requested one has the text, as in `getClauseText`.
   * @default []
   */
  fallback?: Language | readonly Language[] | undefined;
  /**
   * A clause id, for a record of that clause alone.
   * @default undefined (a record of the whole edition)
   */
  clause?: string | undefined;
}

/** The text an acceptance record names, as {@link resolveAcceptanceRecord} gives it back. */
export interface AcceptedText {
  readonly record: AcceptanceRecord;
  /** Exactly the text the user accepted: the edition's canonical text, or the clause's. */
  readonly text: string;
  /** Whether the edition is published (immutable) or a draft (whose records stop verifying when it changes). */
  readonly editionStatus: EditionStatus;
}

/** Why a record does not verify; `valid` when it does. */
export type RecordStatus =
  | 'valid'
  | 'malformed'
  | 'unknown-document'
  | 'unknown-edition'
  | 'unknown-clause'
  | 'not-published'
  | 'hash-mismatch';

/** A record that verifies, with the text it names. */
export interface ValidRecord extends AcceptedText {
  readonly valid: true;
  readonly status: 'valid';
}

/** A record that does not verify: why, and the error {@link resolveAcceptanceRecord} would throw. */
export interface InvalidRecord {
  readonly valid: false;
  readonly status: Exclude<RecordStatus, 'valid'>;
  /** The record, when it could be parsed. */
  readonly record: AcceptanceRecord | undefined;
  /** One line saying what is wrong and where. */
  readonly message: string;
  readonly error: LegalClausesError;
}

/** The outcome of {@link verifyAcceptanceRecord}. */
export type RecordVerification = ValidRecord | InvalidRecord;

const HASH_PREFIX = 'sha256:';

/**
 * Writes a record as its string form: `document@edition/lang[/clause]#sha256:<hex>`.
 *
 * @param record - The parts of the record.
 * @returns The record string.
 * @throws {InvalidRecordError} When a part does not fit the grammar (the string would not parse back).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatAcceptanceRecord({ document: 'disclaimer', edition: '2003-04-15', lang: 'en', clause: 'image-use', hash: `sha256:${'0'.repeat(64)}` });
 * //=> 'disclaimer@2003-04-15/en/image-use#sha256:0000000000000000000000000000000000000000000000000000000000000000'
 */
export function formatAcceptanceRecord(record: AcceptanceRecord): string {
  checkArguments('formatAcceptanceRecord', ['record', record, RECORD]);
  const text = `${record.document}@${record.edition}/${record.lang}${record.clause === undefined ? '' : `/${record.clause}`}#${record.hash}`;
  // Parsing back is the check that every part fits the grammar.
  parseAcceptanceRecord(text);
  return text;
}

/**
 * Parses a record string. Strict: no surrounding whitespace, lowercase hex, a real date.
 *
 * @param text - A record, such as `disclaimer@2003-04-15/zh#sha256:…`.
 * @returns Its parts.
 * @throws {InvalidRecordError} When the string is not a record; the message says which part is wrong.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * parseAcceptanceRecord(`disclaimer@2003-04-15/zh#sha256:${'ab'.repeat(32)}`).edition;
 * //=> '2003-04-15'
 */
export function parseAcceptanceRecord(text: string): AcceptanceRecord {
  checkArguments('parseAcceptanceRecord', ['text', text, TEXT]);
  const fail = (reason: string): never => {
    throw new InvalidRecordError(String(text), reason);
  };
  if (typeof text !== 'string') fail(`expected a string, received ${text === null ? 'null' : typeof text}`);
  if (text === '') fail('it is empty');
  if (/\s/u.test(text)) fail('it contains whitespace');
  const hashAt = text.indexOf('#');
  // Parts are checked left to right, so that the message names the first wrong one.
  const locator = hashAt < 0 ? text : text.slice(0, hashAt);
  const at = locator.indexOf('@');
  if (at < 0) fail("it names no edition (expected 'document@edition/lang')");
  const document = locator.slice(0, at);
  const [edition = '', lang = '', clause, ...extra] = locator.slice(at + 1).split('/');
  if (!ID_PATTERN.test(document)) fail(`document id ${quote(document)} is not lowercase kebab-case`);
  if (!isEditionDate(edition)) fail(`edition ${quote(edition)} is not a release date written YYYY-MM-DD, YYYY-MM or YYYY`);
  if (!(LANGUAGES as readonly string[]).includes(lang)) fail(`language ${quote(lang)} is not one of ${LANGUAGES.join(', ')}`);
  if (clause !== undefined && !ID_PATTERN.test(clause)) fail(`clause id ${quote(clause)} is not lowercase kebab-case`);
  if (extra.length > 0) fail(`unexpected ${quote(`/${extra.join('/')}`)} after the clause id`);

  if (hashAt < 0) fail("it has no '#sha256:…' part");
  const hash = text.slice(hashAt + 1);
  if (!hash.startsWith(HASH_PREFIX)) {
    fail(`the hash must start with '${HASH_PREFIX}' (received ${quote(hash.split(':')[0]!)}; only SHA-256 is supported)`);
  }
  const hex = hash.slice(HASH_PREFIX.length);
  if (/[A-F]/.test(hex) && /^[0-9a-fA-F]{64}$/.test(hex)) fail('the hash must be written in lowercase hex digits');
  if (!/^[0-9a-f]*$/.test(hex)) fail('the hash may only contain the hex digits 0-9 and a-f');
  if (!SHA256_PATTERN.test(hash)) fail(`the hash has ${hex.length} hex digits, expected 64`);

  const base = { document, edition, lang: lang as Language, hash: hash as Sha256 };
  return clause === undefined ? base : { ...base, clause };
}

/**
 * Creates the record of a text a user is accepting: an edition in one language, or one clause.
 *
 * @param corpus - The corpus the app shows text from (the bundled one is `corpus` from `legal-clauses`).
 * @param options - Which edition (by id, in force `at` a date, or the latest published) and language, and optionally which clause.
 * @returns The record string, to store with the user's acceptance.
 * @throws {UnknownDocumentError} When the document does not exist.
 * @throws {AmbiguousDocumentError} When no document is named and the corpus has several.
 * @throws {UnknownEditionError} When the edition does not exist.
 * @throws {NoEditionInForceError} When no published edition was in force at `at`.
 * @throws {UnknownClauseError} When the clause does not exist.
 * @throws {ClauseNotInEditionError} When the edition does not contain the clause.
 * @throws {InvalidLocaleError} When a tag of `lang` is not well-formed BCP 47.
 * @throws {UnsupportedLocaleError} When no tag of `lang` matches a language of the document and no fallback is one.
 * @throws {TextNotPublishedError} When the language did not publish the text: nothing was shown to accept.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * createAcceptanceRecord(corpus, { edition: '2003-04-15', lang: 'en', clause: 'image-use' });
 * //=> 'disclaimer@2003-04-15/en/image-use#sha256:9d7894fa5e6e786e6aa8f181f2f68aefd1f42809c22cebf23a75b9a890f8331c'
 */
export function createAcceptanceRecord(corpus: Corpus, options: RecordOptions): string {
  checkArguments('createAcceptanceRecord', ['corpus', corpus, CORPUS], ['options', options, RECORD_OPTIONS]);
  const { clause } = options;
  const document = resolveDocument(corpus, options.document);
  const edition = resolveEdition(document, options);
  if (clause !== undefined) locateClause(edition, resolveClause(corpus, clause), document);
  const hasText = (lang: Language) => (clause === undefined ? editionText(corpus, edition, lang) !== undefined : translationIn(resolveClause(corpus, clause).editions[edition.id]!, lang).status === 'published');
  // The language getClauseText would show: a missing text throws TextNotPublishedError below.
  const { lang } = chooseLanguage(options.lang, options.fallback ?? [], document.languages, hasText);
  const base = { document: document.id, edition: edition.id, lang };
  const located = locateText(corpus, clause === undefined ? base : { ...base, clause });
  return formatAcceptanceRecord({ ...(clause === undefined ? base : { ...base, clause }), hash: hashText(located.text) });
}

/**
 * Gives back exactly the text a record names, after checking that it still hashes to the
 * record's hash.
 *
 * @param corpus - The corpus to look in.
 * @param record - A record string (or a parsed record).
 * @returns The record, the text accepted, and the edition's status.
 * @throws {InvalidRecordError} When the string is not a record.
 * @throws {UnknownDocumentError} When the document does not exist.
 * @throws {UnknownEditionError} When the edition does not exist.
 * @throws {UnknownClauseError} When the clause does not exist.
 * @throws {ClauseNotInEditionError} When the edition does not contain the clause.
 * @throws {TextNotPublishedError} When the language did not publish the text.
 * @throws {RecordMismatchError} When the text hashes to something else: a forged or corrupted record (or a changed draft).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const record = createAcceptanceRecord(corpus, { edition: '2003-04-15', lang: 'zh', clause: 'trademarks' });
 * resolveAcceptanceRecord(corpus, record).text.slice(0, 9);
 * //=> '“阿里巴巴”、“诚'
 */
export function resolveAcceptanceRecord(corpus: Corpus, record: string | AcceptanceRecord): AcceptedText {
  checkArguments('resolveAcceptanceRecord', ['corpus', corpus, CORPUS], ['record', record, RECORD_OR_TEXT]);
  const parsed = typeof record === 'string' ? parseAcceptanceRecord(record) : record;
  const { text, editionStatus } = locateText(corpus, parsed);
  const actual = hashText(text);
  if (actual !== parsed.hash) {
    throw new RecordMismatchError(typeof record === 'string' ? record : formatAcceptanceRecord(parsed), parsed.hash, actual);
  }
  return { record: parsed, text, editionStatus };
}

/**
 * Verifies a record without throwing: valid (with the text it names), or why not. Malformed
 * input is an answer too, since records come back from storage.
 *
 * @param corpus - The corpus to look in.
 * @param record - A record string, as stored.
 * @returns `{ valid: true, status: 'valid', text, … }`, or `{ valid: false, status, message, error }`
 *   with status `malformed`, `unknown-document`, `unknown-edition`, `unknown-clause`, `not-published` or `hash-mismatch`.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const forged = createAcceptanceRecord(corpus, { lang: 'zh' }).replace(/.$/, (digit) => (digit === '0' ? '1' : '0'));
 * verifyAcceptanceRecord(corpus, forged).status;
 * //=> 'hash-mismatch'
 */
export function verifyAcceptanceRecord(corpus: Corpus, record: string): RecordVerification {
  checkArguments('verifyAcceptanceRecord', ['corpus', corpus, CORPUS], ['record', record, TEXT]);
  let parsed: AcceptanceRecord | undefined;
  try {
    parsed = parseAcceptanceRecord(record);
    return { valid: true, status: 'valid', ...resolveAcceptanceRecord(corpus, parsed) };
  } catch (error) {
    if (!(error instanceof LegalClausesError)) throw error;
    return { valid: false, status: statusOf(error), record: parsed, message: error.message, error };
  }
}

/** Finds the text a record names, or throws the error saying why it cannot. */
function locateText(corpus: Corpus, record: Omit<AcceptanceRecord, 'hash'>): { text: string; editionStatus: EditionStatus } {
  const document = resolveDocument(corpus, record.document);
  const edition = resolveEdition(document, { edition: record.edition });
  if (record.clause === undefined) {
    const text = editionText(corpus, edition, record.lang);
    if (text === undefined) throw new TextNotPublishedError(document.id, edition.id, record.lang, undefined, document.languages.filter((lang) => editionText(corpus, edition, lang) !== undefined));
    return { text, editionStatus: edition.status };
  }
  const clause = resolveClause(corpus, record.clause);
  locateClause(edition, clause, document);
  const texts = clause.editions[edition.id]!;
  const translation = translationIn(texts, record.lang);
  if (translation.status !== 'published') {
    throw new TextNotPublishedError(document.id, edition.id, record.lang, clause.id, document.languages.filter((lang) => translationIn(texts, lang).status === 'published'));
  }
  return { text: translationText(translation), editionStatus: edition.status };
}

function statusOf(error: LegalClausesError): InvalidRecord['status'] {
  if (error instanceof InvalidRecordError) return 'malformed';
  if (error instanceof UnknownDocumentError) return 'unknown-document';
  if (error instanceof UnknownEditionError) return 'unknown-edition';
  if (error instanceof UnknownClauseError || error instanceof ClauseNotInEditionError) return 'unknown-clause';
  if (error instanceof TextNotPublishedError) return 'not-published';
  // Text that cannot be hashed (ill-formed Unicode) is not the text the record was made for.
  if (error instanceof RecordMismatchError || error instanceof IllFormedUnicodeError) return 'hash-mismatch';
  // Anything else the lookup can throw for a parsed record is about the edition it names.
  return 'unknown-edition';
}

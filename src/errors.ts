/**
 * Errors thrown by legal-clauses. Every error is a {@link LegalClausesError} with a `code` from
 * the closed union {@link ErrorCode}, so callers can branch on `error.code` without parsing
 * messages, and structured fields naming what was asked for and what exists.
 */
import { didYouMean, listForMessage } from './util/did-you-mean.js';
import { quote, quoteJson } from './util/quote.js';

/** Every code a {@link LegalClausesError} can carry: a closed set, stable across releases. */
export const ERROR_CODES = [
  'UNKNOWN_DOCUMENT',
  'UNKNOWN_EDITION',
  'UNKNOWN_CLAUSE',
  'CLAUSE_NOT_IN_EDITION',
  'NO_EDITION_IN_FORCE',
  'AMBIGUOUS_DOCUMENT',
  'UNSUPPORTED_LOCALE',
  'INVALID_LOCALE',
  'INVALID_DATE',
  'INVALID_OPTIONS',
  'INVALID_ARGUMENT',
  'INVALID_JSON',
  'INVALID_CORPUS',
  'FILE_NOT_READABLE',
  'UNKNOWN_NODE',
  'INVALID_RECORD',
  'RECORD_MISMATCH',
  'TEXT_NOT_PUBLISHED',
  'NO_PREVIOUS_EDITION',
  'AMBIGUOUS_DATE',
  'UNKNOWN_REFERENCE',
  'RELEASE_NOT_FETCHED',
  'RELEASE_INTEGRITY',
  'RELEASE_NOT_VERIFIED',
  'INVALID_RELEASE',
  'INVALID_ENCODING',
  'ILL_FORMED_UNICODE',
  'DUPLICATE_KEY',
  'LIMIT_EXCEEDED',
  'NOT_A_CORPUS_DIRECTORY',
  'FILE_NOT_WRITABLE',
  'FILE_LOCKED',
] as const;

/** A code from {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The base class of every error legal-clauses throws. `error instanceof LegalClausesError`
 * narrows `error` to {@link AnyLegalClausesError}, the union of the subclasses, so that checking
 * `error.code` narrows it to the one subclass with that code and its fields:
 *
 * ```ts
 * if (error instanceof LegalClausesError && error.code === 'UNKNOWN_CLAUSE') error.suggestion;
 * ```
 */
export class LegalClausesError<C extends ErrorCode = ErrorCode> extends Error {
  /** What went wrong, from a closed set; stable across releases. */
  declare readonly code: C;

  /**
   * @param code - The code of the subclass.
   * @param message - What was expected, what was received and what exists.
   * @param options - The error that caused this one.
   */
  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }

  /**
   * `instanceof` as JavaScript defines it (a declaration for TypeScript only: nothing is added at
   * run time), typed so that `instanceof LegalClausesError` gives the union of every error
   * (narrowed by `code`), and `instanceof` a subclass gives that subclass.
   */
  declare static readonly [Symbol.hasInstance]: <T>(this: T, value: unknown) => value is typeof LegalClausesError extends T ? AnyLegalClausesError : T extends abstract new (...args: never) => infer I ? I : never;
}

/** No document has the requested id. */
export class UnknownDocumentError extends LegalClausesError<'UNKNOWN_DOCUMENT'> {
  declare readonly documentId: string;
  declare readonly available: readonly string[];
  declare readonly suggestion: string | undefined;

  constructor(documentId: string, available: readonly string[]) {
    const suggestion = didYouMean(documentId, available);
    super('UNKNOWN_DOCUMENT', unknownMessage('document', documentId, suggestion, available));
    this.documentId = documentId;
    this.available = available;
    this.suggestion = suggestion;
  }
}

/** The corpus has several documents and the call did not say which one. */
export class AmbiguousDocumentError extends LegalClausesError<'AMBIGUOUS_DOCUMENT'> {
  declare readonly available: readonly string[];

  constructor(available: readonly string[]) {
    super('AMBIGUOUS_DOCUMENT', `the corpus has several documents; name one of: ${listForMessage(available)}`);
    this.available = available;
  }
}

/** The document has no edition with the requested id. */
export class UnknownEditionError extends LegalClausesError<'UNKNOWN_EDITION'> {
  declare readonly documentId: string;
  declare readonly edition: string;
  declare readonly available: readonly string[];
  declare readonly suggestion: string | undefined;

  constructor(documentId: string, edition: string, available: readonly string[]) {
    const suggestion = didYouMean(edition, available);
    super('UNKNOWN_EDITION', unknownMessage(`edition of '${documentId}'`, edition, suggestion, available));
    this.documentId = documentId;
    this.edition = edition;
    this.available = available;
    this.suggestion = suggestion;
  }
}

/** No published edition of the document was in force at the requested date. */
export class NoEditionInForceError extends LegalClausesError<'NO_EDITION_IN_FORCE'> {
  declare readonly documentId: string;
  declare readonly date: string;
  declare readonly available: readonly string[];

  constructor(documentId: string, date: string, available: readonly string[]) {
    const first = available[0];
    super(
      'NO_EDITION_IN_FORCE',
      first === undefined
        ? `document '${documentId}' has no published edition`
        : `no edition of '${documentId}' was in force on ${date}; the first was released on ${first}`,
    );
    this.documentId = documentId;
    this.date = date;
    this.available = available;
  }
}

/**
 * Which edition was in force on a date cannot be told: an edition dated only to a month or a
 * year (`2020-01`) may or may not have been released by then.
 */
export class AmbiguousDateError extends LegalClausesError<'AMBIGUOUS_DATE'> {
  declare readonly documentId: string;
  declare readonly date: string;
  /** The editions that may have been in force on the date, oldest first. */
  declare readonly candidates: readonly string[];

  constructor(documentId: string, date: string, candidates: readonly string[], uncertain: string) {
    super(
      'AMBIGUOUS_DATE',
      `which edition of '${documentId}' was in force on ${date} is not known: edition ${uncertain} gives only ${uncertain.length === 4 ? 'a year' : 'a month'}, so it may have been released after ${date}; candidates: ${listForMessage(candidates)} (name the edition, or ask for a date outside ${uncertain})`,
    );
    this.documentId = documentId;
    this.date = date;
    this.candidates = candidates;
  }
}

/** A reference such as `第4条` or `section 4` names no clause of the edition. */
export class UnknownReferenceError extends LegalClausesError<'UNKNOWN_REFERENCE'> {
  declare readonly reference: string;
  declare readonly edition: string;
  /** The numbers the edition's clauses have. */
  declare readonly available: readonly string[];

  constructor(reference: string, edition: string, available: readonly string[]) {
    super(
      'UNKNOWN_REFERENCE',
      available.length === 0
        ? `no clause is numbered in edition ${edition}, so ${quote(reference)} cannot be resolved`
        : `${quote(reference)} names no clause of edition ${edition}; its clauses are numbered ${listForMessage(available)}`,
    );
    this.reference = reference;
    this.edition = edition;
    this.available = available;
  }
}

/** No clause has the requested id. Prototype names such as `__proto__` are just unknown ids. */
export class UnknownClauseError extends LegalClausesError<'UNKNOWN_CLAUSE'> {
  declare readonly clauseId: string;
  declare readonly available: readonly string[];
  declare readonly suggestion: string | undefined;

  constructor(clauseId: string, available: readonly string[]) {
    const suggestion = didYouMean(clauseId, available);
    super('UNKNOWN_CLAUSE', unknownMessage('clause', clauseId, suggestion, available));
    this.clauseId = clauseId;
    this.available = available;
    this.suggestion = suggestion;
  }
}

/** The clause exists, but the selected edition does not contain it. */
export class ClauseNotInEditionError extends LegalClausesError<'CLAUSE_NOT_IN_EDITION'> {
  declare readonly clauseId: string;
  declare readonly edition: string;
  /** Editions that do contain the clause. */
  declare readonly available: readonly string[];

  constructor(clauseId: string, edition: string, available: readonly string[]) {
    super(
      'CLAUSE_NOT_IN_EDITION',
      `clause ${quote(clauseId)} is not in edition ${edition}; it is in: ${listForMessage(available)}`,
    );
    this.clauseId = clauseId;
    this.edition = edition;
    this.available = available;
  }
}

/** The requested locale is a valid BCP 47 tag, but no language of the corpus matches it. */
export class UnsupportedLocaleError extends LegalClausesError<'UNSUPPORTED_LOCALE'> {
  /** The tag asked for (several are joined with ', '). */
  declare readonly locale: string;
  declare readonly available: readonly string[];
  /**
   * A language of the document the reader may accept instead, by passing it as `fallback`:
   * Simplified Chinese (`zh`) for a Traditional Chinese tag (`zh-TW`), and the reverse.
   */
  declare readonly suggestion: string | undefined;

  /**
   * @param how - How to accept `suggestion`, in the caller's words: the API says `pass fallback: 'zh'`;
   *   the CLI words its own message from the fields.
   */
  constructor(locale: string, available: readonly string[], suggestion?: string, how = (lang: string) => `pass fallback: '${lang}'`) {
    super('UNSUPPORTED_LOCALE', unsupportedLocaleMessage(`locale ${quote(locale)}`, available, suggestion, how));
    this.locale = locale;
    this.available = available;
    this.suggestion = suggestion;
  }
}

/**
 * The message of {@link UnsupportedLocaleError}, worded for its caller (the CLI names its flags).
 *
 * @param asked - What was asked for, such as `locale 'zh-TW'` or `--lang 'zh-TW'`.
 * @param available - The languages that exist.
 * @param suggestion - The language a fallback would accept, if any.
 * @param how - How to accept it, such as `add --fallback zh`.
 * @param what - What has no match: the legal text, or the labels of a review.
 * @returns The message.
 * @example
 * unsupportedLocaleMessage("locale 'zh-TW'", ['zh', 'en'], 'zh', (lang) => `pass fallback: '${lang}'`);
 * //=> "no text matches locale 'zh-TW'; available: zh, en; the Chinese text is Simplified (zh-Hans): pass fallback: 'zh' to accept it"
 */
export function unsupportedLocaleMessage(asked: string, available: readonly string[], suggestion: string | undefined, how: (lang: string) => string, what: 'text' | 'labels' = 'text'): string {
  // A suggestion is the other script of Chinese (the only one negotiation makes).
  const [verb, it] = what === 'text' ? ['is', 'it'] : ['are', 'them'];
  const hint = suggestion === undefined ? '' : `; the Chinese ${what} ${verb} ${suggestion === 'zh' ? 'Simplified (zh-Hans)' : 'Traditional (zh-Hant)'}: ${how(suggestion)} to accept ${it}`;
  return `no ${what} ${verb === 'is' ? 'matches' : 'match'} ${asked}; available: ${listForMessage(available)}${hint}`;
}

/** The requested locale is not a well-formed BCP 47 tag. */
export class InvalidLocaleError extends LegalClausesError<'INVALID_LOCALE'> {
  declare readonly locale: string;

  constructor(locale: string) {
    super('INVALID_LOCALE', `${quote(locale)} is not a BCP 47 language tag (expected a tag such as 'zh-CN' or 'en')`);
    this.locale = locale;
  }
}

/** A date is not a real calendar date written `YYYY-MM-DD` (or a valid `Date`). */
export class InvalidDateError extends LegalClausesError<'INVALID_DATE'> {
  declare readonly date: string;

  constructor(date: string) {
    super('INVALID_DATE', `${quote(date)} is not a date; expected YYYY-MM-DD, such as '2003-04-15'`);
    this.date = date;
  }
}

/** Options that contradict each other or have the wrong form. */
export class InvalidOptionsError extends LegalClausesError<'INVALID_OPTIONS'> {
  constructor(message: string) {
    super('INVALID_OPTIONS', message);
  }
}

/**
 * A public function was called with an argument of the wrong kind, such as `null` for a
 * language tag or a number for a text: a mistake in the calling code, caught at the boundary
 * before it can cause a crash deeper down or a silently wrong answer.
 */
export class InvalidArgumentError extends LegalClausesError<'INVALID_ARGUMENT'> {
  /** The function called, such as `'getClauseText'`. */
  declare readonly functionName: string;
  /** The argument, or the path to the option, such as `'options.lang'`. */
  declare readonly argument: string;
  /** What the function takes there. */
  declare readonly expected: string;
  /** What it received, described briefly (a long string is cut). */
  declare readonly received: string;

  constructor(functionName: string, argument: string, expected: string, received: string) {
    super('INVALID_ARGUMENT', `${functionName}: ${argument} must be ${expected}; received ${received}`);
    this.functionName = functionName;
    this.argument = argument;
    this.expected = expected;
    this.received = received;
  }
}

/** A corpus file is not valid JSON. */
export class InvalidJsonError extends LegalClausesError<'INVALID_JSON'> {
  declare readonly file: string;

  constructor(file: string, detail: string, options?: { cause?: unknown }) {
    super('INVALID_JSON', `${file}: not valid JSON: ${detail}`, options);
    this.file = file;
  }
}

/** One problem found while validating a corpus, with where it is. */
export interface CorpusIssue {
  /** The file the problem is in. */
  file: string;
  /** The path inside the file, such as `editions["2003-04-15"].zh.blocks[0].text`. */
  path: string;
  /** What is wrong there. */
  message: string;
  /** The zod issue code, such as `invalid_type`, or `custom` for cross-reference checks. */
  code: string;
}

/** Corpus data does not satisfy the model. The message names the first problem; `issues` has all. */
export class CorpusValidationError extends LegalClausesError<'INVALID_CORPUS'> {
  declare readonly file: string;
  declare readonly issues: readonly CorpusIssue[];

  constructor(issues: readonly CorpusIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
    super(
      'INVALID_CORPUS',
      first ? `${first.file}: ${first.path || '(top level)'}: ${first.message}${more}` : 'invalid corpus',
    );
    this.file = first?.file ?? '';
    this.issues = issues;
  }
}

/** A corpus file or directory cannot be read. */
export class FileNotReadableError extends LegalClausesError<'FILE_NOT_READABLE'> {
  declare readonly file: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super('FILE_NOT_READABLE', `cannot read ${file}: ${reason}`, options);
    this.file = file;
  }
}

/** A serialiser met a tree node whose `type` it has no handler for (see docs/tree.md). */
export class UnknownNodeError extends LegalClausesError<'UNKNOWN_NODE'> {
  /** The `type` of the node, as received. */
  declare readonly nodeType: string;
  /** The serialiser that met it, such as `'html'`. */
  declare readonly serializer: string;
  /** The node types the serialiser handles. */
  declare readonly available: readonly string[];

  constructor(nodeType: string, serializer: string, available: readonly string[]) {
    const suggestion = didYouMean(nodeType, available);
    const hint = suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
    super(
      'UNKNOWN_NODE',
      `the ${serializer} serialiser has no handler for node type ${quote(nodeType)}${hint} (known: ${listForMessage(available)})`,
    );
    this.nodeType = nodeType;
    this.serializer = serializer;
    this.available = available;
  }
}

/** A string is not an acceptance record (docs/trust.md gives the grammar). */
export class InvalidRecordError extends LegalClausesError<'INVALID_RECORD'> {
  /** The string as received. */
  declare readonly record: string;
  /** What is wrong with it. */
  declare readonly reason: string;

  constructor(record: string, reason: string) {
    super(
      'INVALID_RECORD',
      `${quoteJson(record)} is not an acceptance record: ${reason}; expected the form disclaimer@2003-04-15/zh#sha256:<64 hex digits>, or disclaimer@2003-04-15/en/image-use#sha256:<64 hex digits> for one clause`,
    );
    this.record = record;
    this.reason = reason;
  }
}

/** An acceptance record names a text whose hash is not the one the record holds: forged, corrupted, or a changed draft. */
export class RecordMismatchError extends LegalClausesError<'RECORD_MISMATCH'> {
  /** The record as received. */
  declare readonly record: string;
  /** The hash the record holds. */
  declare readonly expected: string;
  /** The hash of the text the record names. */
  declare readonly actual: string;

  constructor(record: string, expected: string, actual: string) {
    super(
      'RECORD_MISMATCH',
      `acceptance record ${record.split('#')[0]} does not match the text it names: the record holds ${expected}, the text hashes to ${actual}`,
    );
    this.record = record;
    this.expected = expected;
    this.actual = actual;
  }
}

/** The language did not publish the clause (or any clause of the edition), so there is no text to accept. */
export class TextNotPublishedError extends LegalClausesError<'TEXT_NOT_PUBLISHED'> {
  declare readonly documentId: string;
  declare readonly edition: string;
  declare readonly lang: string;
  /** The clause, when one was asked for. */
  declare readonly clauseId: string | undefined;
  /** Languages that did publish it. */
  declare readonly available: readonly string[];

  constructor(documentId: string, edition: string, lang: string, clauseId: string | undefined, available: readonly string[]) {
    const what = clauseId === undefined ? `edition ${edition} of '${documentId}' has no text` : `clause '${clauseId}' was not published`;
    super(
      'TEXT_NOT_PUBLISHED',
      `${what} in ${lang}${clauseId === undefined ? '' : ` in edition ${edition} of '${documentId}'`}; published in: ${listForMessage(available)}`,
    );
    this.documentId = documentId;
    this.edition = edition;
    this.lang = lang;
    this.clauseId = clauseId;
    this.available = available;
  }
}

/** A diff was asked for "the previous edition", and the document has no published edition before the new one. */
export class NoPreviousEditionError extends LegalClausesError<'NO_PREVIOUS_EDITION'> {
  declare readonly documentId: string;
  /** The edition the diff compares to. */
  declare readonly edition: string;
  /** Every edition of the document. */
  declare readonly available: readonly string[];

  constructor(documentId: string, edition: string, available: readonly string[]) {
    const first = available[0];
    super(
      'NO_PREVIOUS_EDITION',
      available.length === 1 || first === undefined
        ? `document '${documentId}' has only one edition (${edition}), so there is nothing to compare it with in this corpus; compare it with another corpus, such as an older release's: diffCorpora(older, corpus)`
        : `document '${documentId}' has no published edition before ${edition} (editions: ${listForMessage(available)}), so there is no previous edition to compare it with; name the old one: { from: '${first}', to: '${edition}' }`,
    );
    this.documentId = documentId;
    this.edition = edition;
    this.available = available;
  }
}

/** A release of a package could not be fetched: no such version, offline and not cached, the registry unreachable or refusing access. */
export class ReleaseNotFetchedError extends LegalClausesError<'RELEASE_NOT_FETCHED'> {
  /** The release as asked for, such as `legal-clauses@1.0.0`. */
  declare readonly release: string;
  /** Why, in a few words. */
  declare readonly reason: string;

  constructor(release: string, reason: string, options?: { cause?: unknown }) {
    super('RELEASE_NOT_FETCHED', `${release} could not be fetched: ${reason}`, options);
    this.release = release;
    this.reason = reason;
  }
}

/** A release's tarball is not the one its registry published: its bytes do not match the version's `dist.integrity`. */
export class ReleaseIntegrityError extends LegalClausesError<'RELEASE_INTEGRITY'> {
  declare readonly release: string;
  /** The integrity the registry lists for the version. */
  declare readonly expected: string;
  /** The integrity of the bytes received. */
  declare readonly actual: string;

  /**
   * @param options.against - What `expected` is, for the message: the registry's `dist.integrity` by default.
   */
  constructor(release: string, expected: string, actual: string, options?: { cause?: unknown; against?: string }) {
    super(
      'RELEASE_INTEGRITY',
      `${release} was refused: its tarball does not match ${options?.against ?? "the registry's dist.integrity"} (expected ${expected}, received ${actual}); it was altered after publication or in transit`,
      options,
    );
    this.release = release;
    this.expected = expected;
    this.actual = actual;
  }
}

/** A release's corpus does not verify against the lock it ships (`clauses/lock.json`): its published text is not what it locked. */
export class ReleaseNotVerifiedError extends LegalClausesError<'RELEASE_NOT_VERIFIED'> {
  declare readonly release: string;
  /** One line per problem, naming document, edition, clause and language. */
  declare readonly problems: readonly string[];

  constructor(release: string, problems: readonly string[]) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super('RELEASE_NOT_VERIFIED', `${release} was refused: its corpus does not match its own lock (clauses/lock.json): ${problems[0] ?? 'no lock'}${more}`);
    this.release = release;
    this.problems = problems;
  }
}

/** Something named as a release is not one: not a package with a corpus, not a tarball, or a kind of source that is not accepted. */
export class InvalidReleaseError extends LegalClausesError<'INVALID_RELEASE'> {
  declare readonly release: string;
  declare readonly reason: string;

  constructor(release: string, reason: string, options?: { cause?: unknown }) {
    super('INVALID_RELEASE', `${release} is not a release legal-clauses can read: ${reason}`, options);
    this.release = release;
    this.reason = reason;
  }
}

/** Where in a JSON file something is: 1-based line and column (UTF-16 code units), and the 0-based offset. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
  /** 0-based offset in the decoded text, in UTF-16 code units. */
  readonly offset: number;
}

/**
 * A file is not UTF-8: invalid byte sequences, or another encoding (UTF-16, UTF-32). Nothing is
 * replaced by U+FFFD silently: a replaced byte would change the text and still hash.
 */
export class InvalidEncodingError extends LegalClausesError<'INVALID_ENCODING'> {
  declare readonly file: string;
  /** The encoding recognised instead, such as `'UTF-16LE'`, or `undefined` for invalid UTF-8. */
  declare readonly encoding: string | undefined;
  /** 0-based byte offset of the first invalid byte. */
  declare readonly byteOffset: number;

  constructor(file: string, encoding: string | undefined, byteOffset: number, detail: string) {
    super(
      'INVALID_ENCODING',
      encoding === undefined
        ? `${file}: not valid UTF-8: ${detail}; save the file as UTF-8`
        : `${file}: the file is ${encoding}, expected UTF-8 (${detail}); save it as UTF-8, for example with 'iconv -f ${encoding} -t UTF-8'`,
    );
    this.file = file;
    this.encoding = encoding;
    this.byteOffset = byteOffset;
  }
}

/**
 * Text holds a lone surrogate (half of a UTF-16 pair, such as `\ud83d` without its partner): it
 * is not Unicode, has no UTF-8 form, and would hash as if it were U+FFFD.
 */
export class IllFormedUnicodeError extends LegalClausesError<'ILL_FORMED_UNICODE'> {
  /** The file, when the text was read from one. */
  declare readonly file: string | undefined;
  /** The JSON path of the string, when the text was read from JSON. */
  declare readonly path: string | undefined;
  /** The lone surrogate's code unit, such as `0xd83d`. */
  declare readonly codeUnit: number;
  /** 0-based offset of the lone surrogate (in the file's text, or in the string hashed), in UTF-16 code units. */
  declare readonly offset: number;
  /** Line and column in the file, when read from one. */
  declare readonly position: TextPosition | undefined;

  constructor(where: { file?: string | undefined; path?: string | undefined; position?: TextPosition | undefined; offset: number }, codeUnit: number, purpose: string) {
    const unit = `\\u${codeUnit.toString(16).padStart(4, '0')}`;
    const kind = codeUnit >= 0xdc00 ? 'a low surrogate with no high surrogate before it' : 'a high surrogate with no low surrogate after it';
    const place =
      where.file === undefined
        ? `at offset ${where.offset}`
        : `${where.path ? `in the string at ${where.path}, ` : ''}line ${where.position?.line}, column ${where.position?.column}`;
    super('ILL_FORMED_UNICODE', `${where.file === undefined ? '' : `${where.file}: `}ill-formed Unicode ${place}: ${unit} is ${kind}; ${purpose}`);
    this.file = where.file;
    this.path = where.path;
    this.codeUnit = codeUnit;
    this.offset = where.offset;
    this.position = where.position;
  }
}

/** A JSON object has the same key twice; `JSON.parse` would keep the last one silently. */
export class DuplicateKeyError extends LegalClausesError<'DUPLICATE_KEY'> {
  declare readonly file: string;
  declare readonly key: string;
  /** The JSON path of the key. */
  declare readonly path: string;
  /** Where the key first appears. */
  declare readonly first: TextPosition;
  /** Where it appears again. */
  declare readonly second: TextPosition;

  constructor(file: string, key: string, path: string, first: TextPosition, second: TextPosition) {
    super(
      'DUPLICATE_KEY',
      `${file}: duplicate key ${JSON.stringify(key)} at ${path} (line ${first.line}, column ${first.column} and again at line ${second.line}, column ${second.column}): a key may appear only once in an object, or the last one would silently win`,
    );
    this.file = file;
    this.key = key;
    this.path = path;
    this.first = first;
    this.second = second;
  }
}

/** An input is beyond a documented limit: a file too large, or JSON nested too deep (docs/security.md). */
export class LimitExceededError extends LegalClausesError<'LIMIT_EXCEEDED'> {
  declare readonly file: string;
  /** Which limit: `'size'` (bytes of a file) or `'depth'` (nesting of JSON arrays and objects). */
  declare readonly limit: 'size' | 'depth';
  /** The limit. */
  declare readonly maximum: number;

  constructor(file: string, limit: 'size' | 'depth', maximum: number, detail: string) {
    super('LIMIT_EXCEEDED', `${file}: ${detail}`);
    this.file = file;
    this.limit = limit;
    this.maximum = maximum;
  }
}

/** `--corpus DIR` (or `readCorpusDirectory`) names a folder that is not laid out like clauses/. */
export class NotACorpusDirectoryError extends LegalClausesError<'NOT_A_CORPUS_DIRECTORY'> {
  declare readonly directory: string;
  /** What the folder holds, as described in the message. */
  declare readonly found: string;

  constructor(directory: string, found: string, hint = '') {
    super(
      'NOT_A_CORPUS_DIRECTORY',
      `${directory} is not a corpus directory: a corpus directory holds one folder per document, each with document.json, editions/ and clauses/ (like the package's clauses/); ${directory} holds ${found}${hint}`,
    );
    this.directory = directory;
    this.found = found;
  }
}

/** A file cannot be written (a missing folder, no permission, a full disk, or an input it must not replace). */
export class FileNotWritableError extends LegalClausesError<'FILE_NOT_WRITABLE'> {
  declare readonly file: string;
  declare readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown; option?: string | undefined }) {
    super('FILE_NOT_WRITABLE', `${options?.option === undefined ? '' : `${options.option}: `}cannot write '${file}': ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}

/** Another process holds the lock file guarding a file we update (such as `lock.json.lock`). */
export class FileLockedError extends LegalClausesError<'FILE_LOCKED'> {
  /** The file being updated. */
  declare readonly file: string;
  /** The lock file. */
  declare readonly lockFile: string;

  constructor(file: string, lockFile: string, holder: string) {
    super(
      'FILE_LOCKED',
      `cannot update ${file}: ${lockFile} shows that ${holder} is updating it; try again when it has finished, or, if no such process runs, delete ${lockFile}`,
    );
    this.file = file;
    this.lockFile = lockFile;
  }
}

/**
 * Every error legal-clauses throws, one class per code: a union discriminated by `code`, so
 * that `switch (error.code)` (or `error.code === 'UNKNOWN_CLAUSE'`) narrows it to the class and
 * its fields. `error instanceof LegalClausesError` gives this type.
 */
export type AnyLegalClausesError =
  | UnknownDocumentError
  | AmbiguousDocumentError
  | UnknownEditionError
  | NoEditionInForceError
  | AmbiguousDateError
  | UnknownReferenceError
  | UnknownClauseError
  | ClauseNotInEditionError
  | UnsupportedLocaleError
  | InvalidLocaleError
  | InvalidDateError
  | InvalidOptionsError
  | InvalidArgumentError
  | InvalidJsonError
  | CorpusValidationError
  | FileNotReadableError
  | UnknownNodeError
  | InvalidRecordError
  | RecordMismatchError
  | TextNotPublishedError
  | NoPreviousEditionError
  | ReleaseNotFetchedError
  | ReleaseIntegrityError
  | ReleaseNotVerifiedError
  | InvalidReleaseError
  | InvalidEncodingError
  | IllFormedUnicodeError
  | DuplicateKeyError
  | LimitExceededError
  | NotACorpusDirectoryError
  | FileNotWritableError
  | FileLockedError;

function unknownMessage(
  what: string,
  received: string,
  suggestion: string | undefined,
  available: readonly string[],
): string {
  const hint = suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
  return `unknown ${what} ${quote(received)}${hint} (known: ${listForMessage(available)})`;
}

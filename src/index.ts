/**
 * legal-clauses: versioned bilingual legal text as a typed clause model.
 *
 * The main entry is what an app puts in a web page: lookup, rendering and the bundled corpus.
 * It runs in browsers, Node, Deno, Bun and edge workers, and imports no zod and no diff engine.
 */
export { bundledCorpus as corpus } from './corpus/generated/corpus.js';
export type { BundledClauseId as ClauseId, BundledDocumentId as DocumentId, BundledEditionId as EditionId } from './corpus/generated/corpus.js';

export { listDocuments, getDocument, listEditions, getEdition } from './lookup/documents.js';
export type { CorpusOption } from './lookup/documents.js';
export { listClauses, getClause, getClauseText } from './lookup/clauses.js';
export type {
  ClauseInEdition,
  ClauseSummary,
  ClauseText,
  ClauseTextOptions,
  MissingClauseText,
  PublishedClauseText,
} from './lookup/clauses.js';
export type { EditionSelector } from './lookup/resolve.js';
export { resolveReference, normaliseNumber } from './lookup/references.js';
export type { ResolvedReference } from './lookup/references.js';
export { negotiateLanguage, matchLanguage } from './lookup/locale.js';
export type { LanguageMatch, NegotiateOptions } from './lookup/locale.js';

export { buildTree } from './render/bundled.js';
export type { BuildTreeOptions } from './render/bundled.js';
export type { TreeOptions } from './render/build-tree.js';
export { toText } from './render/to-text.js';
export { toMarkdown } from './render/to-markdown.js';
export { toHtml } from './render/to-html.js';
export { toHtmlPage } from './render/page.js';
export { toHast } from './render/to-hast.js';
export { toMdast } from './render/to-mdast.js';
export type { LegalClausesData } from './render/unified-data.js';
export { HTML_CSS } from './render/styles.js';
export type { SerializeOptions } from './render/options.js';
export { NODE_TYPES } from './render/types.js';
export type {
  BlockNode,
  ClauseNode,
  DatelineNode,
  DocumentNode,
  EditionNode,
  HeadingNode,
  InlineNode,
  ListItemNode,
  ListNode,
  MissingNode,
  Node,
  NodeType,
  ParagraphNode,
  PreformattedNode,
  SectionNode,
  SpanNode,
  TextNode,
  TranslationNode,
} from './render/types.js';

export { blocksToParagraphs, blocksToText, inlineText, translationText } from './model/plain-text.js';
export { governingLanguageOf } from './model/governing.js';
export { datePeriod, isEditionDate } from './model/edition-dates.js';
export type { DatePeriod, DatePrecision } from './model/edition-dates.js';
export { LANGUAGES, LANGUAGE_TAGS, TOPICS, EDITION_STATUSES, LIST_STYLES, CORPUS_FORMAT } from './model/constants.js';
export type {
  Block,
  Inline,
  PerLanguage,
  Preformatted,
  Span,
  Clause,
  ClauseEdition,
  Corpus,
  DeepReadonly,
  Document,
  Edition,
  EditionStatus,
  Language,
  List,
  ListItem,
  ListStyle,
  Paragraph,
  PublishedTranslation,
  Section,
  Topic,
  Translation,
  TranslationStatus,
} from './model/types.js';

export {
  LegalClausesError,
  AmbiguousDateError,
  AmbiguousDocumentError,
  ClauseNotInEditionError,
  CorpusValidationError,
  FileNotReadableError,
  InvalidArgumentError,
  InvalidDateError,
  InvalidJsonError,
  InvalidLocaleError,
  InvalidOptionsError,
  NoEditionInForceError,
  UnknownClauseError,
  UnknownDocumentError,
  UnknownEditionError,
  UnknownNodeError,
  UnknownReferenceError,
  InvalidRecordError,
  RecordMismatchError,
  TextNotPublishedError,
  NoPreviousEditionError,
  UnsupportedLocaleError,
  InvalidEncodingError,
  IllFormedUnicodeError,
  DuplicateKeyError,
  LimitExceededError,
  NotACorpusDirectoryError,
  FileNotWritableError,
  FileLockedError,
  ReleaseNotFetchedError,
  ReleaseIntegrityError,
  ReleaseNotVerifiedError,
  InvalidReleaseError,
} from './errors.js';
export { ERROR_CODES } from './errors.js';
export type { AnyLegalClausesError, CorpusIssue, ErrorCode, TextPosition } from './errors.js';

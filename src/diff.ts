/**
 * Diffs between editions: clause alignment, word-level redlines in Chinese and English, and
 * formatters for terminals, pull requests, browsers and programs. docs/diff.md documents the
 * report (the JSON contract) and the choices behind the redlines.
 *
 * This entry never loads the bundled corpus: pass a corpus (the `legal-clauses` main entry's
 * `corpus`, or one read with `legal-clauses/node`).
 */
export { diffEditions, diffCorpora } from './diff/edition-diff.js';
export type { EditionDiffOptions } from './diff/edition-diff.js';
export { diffText } from './diff/text-diff.js';
export type { TextDiffOptions } from './diff/text-diff.js';
export { tokenize } from './diff/tokenize.js';
export { textAfter, textBefore, hasChanges } from './diff/segments.js';
export { departuresOf } from './diff/departures.js';
export { TYPOGRAPHIC_KINDS } from './diff/typography.js';

export { formatDiffText } from './diff/to-terminal.js';
export type { TextFormatOptions } from './diff/to-terminal.js';
export { formatDiffMarkdown } from './diff/to-markdown.js';
export { redlineMarkdown } from './diff/to-markdown.js';
export type { MarkdownFormatOptions, RedlineMarkdownOptions } from './diff/to-markdown.js';
export { formatDiffHtml } from './diff/to-html.js';
export type { HtmlFormatOptions } from './diff/to-html.js';
export { formatDiffHast } from './diff/to-hast.js';
export type { HastFormatOptions, LegalClausesDiffData } from './diff/to-hast.js';
export { REDLINE_CSS } from './diff/review-styles.js';
export { formatDiffJson } from './diff/to-json.js';
export type { UiLanguage } from './diff/labels.js';

export { DIFF_FORMAT } from './diff/types.js';
export type {
  ChangeClass,
  ChangeSegment,
  ClauseDiff,
  Departures,
  EqualSegment,
  TextCount,
  TypographicKind,
  ClausePlace,
  ComparedEdition,
  DiffSource,
  Drift,
  EditionDiff,
  ItemStatus,
  Segment,
  SegmentType,
  SectionDiff,
  StatusCounts,
  TextDiff,
  TextStatus,
  TranslationDiff,
} from './diff/types.js';

export { InvalidArgumentError, NoPreviousEditionError } from './errors.js';

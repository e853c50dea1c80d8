/**
 * Diffs between editions: clause alignment, word-level redlines in Chinese and English, and
 * formatters for terminals, pull requests, browsers and programs.
 */
export { diffText } from './diff/text-diff.js';
export type { TextDiffOptions } from './diff/text-diff.js';
export { tokenize } from './diff/tokenize.js';
export { textAfter, textBefore, hasChanges } from './diff/segments.js';
export { DIFF_FORMAT } from './diff/types.js';
export type {
  ClauseDiff,
  ClausePlace,
  Drift,
  EditionDiff,
  EditionRef,
  ItemStatus,
  Segment,
  SegmentType,
  SectionDiff,
  StatusCounts,
  TextDiff,
  TextStatus,
  TranslationDiff,
} from './diff/types.js';

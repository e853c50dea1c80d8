/**
 * The diff report: the JSON contract that `legal-clauses diff --format json` prints and that
 * {@link diffEditions} returns. Plain data (no classes, no functions, no undefined), so that
 * `JSON.parse(JSON.stringify(report))` equals the report. docs/diff.md documents every field.
 *
 * The one rule tools rely on: wherever there is `segments`, the `equal` and `removed` values
 * joined give the old text exactly, and the `equal` and `added` values joined give the new text.
 */
import type { EditionStatus, Language, Topic, TranslationStatus } from '../model/types.js';
import type { TypographicKind } from './typography.js';

export type { TypographicKind } from './typography.js';

/** The `format` tag of a report; bumped only on incompatible changes to this contract (docs/diff.md, "Migrating from @1"). */
export const DIFF_FORMAT = 'legal-clauses/diff@2';

/** What a segment of a redline is: text both versions have, or text only the old or the new one has. */
export type SegmentType = 'equal' | 'added' | 'removed';

/**
 * What a change does: `substantive` changes what the text says; `typographic` changes only how
 * it looks (the kinds say how: whitespace, wrapping, punctuation-width, quotes, case).
 */
export type ChangeClass = 'substantive' | 'typographic';

/** Text both versions share. */
export interface EqualSegment {
  type: 'equal';
  value: string;
}

/**
 * Text only the old version has (`removed`) or only the new one has (`added`). A `removed`
 * segment followed by an `added` one with the same class (and no `move`) is one replacement.
 */
export interface ChangeSegment {
  type: 'removed' | 'added';
  value: string;
  class: ChangeClass;
  /** On a typographic change only: the kinds that explain it (several at once are possible). */
  kinds?: TypographicKind[];
  /**
   * Set on the two pieces of a unit (paragraph, list item, line or sentence) that moved: the
   * `removed` piece where it was and the `added` piece where it is share this number. A move
   * is substantive. The pieces may carry the blank line or spaces that separated the unit from
   * its neighbours.
   */
  move?: number;
  /** On the `added` piece of a move: the unit's own redline, its old text against its new text (without the separator). */
  edits?: Segment[];
}

/**
 * A run of text in a redline. Values are never empty; two neighbours share a type only when
 * one of them is a piece of a move.
 */
export type Segment = EqualSegment | ChangeSegment;

/** Characters (code points) and words (English words, and CJK characters one each) of some text. */
export interface TextCount {
  readonly characters: number;
  readonly words: number;
}

/**
 * How a text departs from its old version: the departures table of docs/diff.md.
 *
 * - `change`: `none`, `typographic` (only typographic changes) or `substantive` (at least one
 *   substantive change or move): an app asks users to accept again when it is `substantive`;
 * - `kinds`: the typographic kinds found;
 * - `inserted`, `deleted`: text of the substantive changes (moves not included);
 * - `moved`: the old text of units that moved (their own edits count as inserted and deleted);
 * - `restyled`: the old text of the typographic changes.
 */
export interface Departures {
  change: 'none' | ChangeClass;
  kinds: TypographicKind[];
  inserted: TextCount;
  deleted: TextCount;
  moved: TextCount;
  restyled: TextCount;
}

/**
 * What happened to one text between the two editions.
 *
 * - `unchanged`, `changed`: the text is in both.
 * - `added`, `removed`: the text came or went with its clause, section or edition field.
 * - `newly-translated`: the clause is in both editions and this language published it only in the new one.
 * - `translation-withdrawn`: the clause is in both editions and this language published it only in the old one.
 * - `absent`: there is no text in either (a language that never published the clause, a section without a heading).
 */
export type TextStatus =
  | 'unchanged'
  | 'changed'
  | 'added'
  | 'removed'
  | 'newly-translated'
  | 'translation-withdrawn'
  | 'absent';

/** One language of a text (a heading, a dateline, a title) compared between the editions. */
export interface TextDiff {
  language: Language;
  status: TextStatus;
  /** The redline: `[]` when there is no text on either side. */
  segments: Segment[];
  /** Counts of what was inserted, deleted, moved and restyled, and whether the change is substantive. */
  departures: Departures;
}

/** One language of a clause compared between the editions. */
export interface TranslationDiff extends TextDiff {
  /** Whether the language published the clause in the old edition; null when the clause is not in it. */
  from: TranslationStatus | null;
  /** Whether the language published the clause in the new edition; null when the clause is not in it. */
  to: TranslationStatus | null;
  /** Whether this language is the one the new edition declares to prevail (false when none is declared). */
  governing: boolean;
}

/** What happened to a clause or a section between the editions. */
export type ItemStatus = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

/** Where a clause sits in an edition. */
export interface ClausePlace {
  /** Id of the section that lists it. */
  section: string;
  /** 0-based position among all clauses of the edition, in reading order. */
  position: number;
}

/**
 * A clause's text in one language changed while another published language of the clause did not.
 *
 * - `governing-changed`: the governing language changed and a translation did not (the translation may be stale).
 * - `translation-changed`: a translation changed and the governing language did not (the translation may now say something the governing text does not).
 * - `one-language-changed`: the edition declares no governing language; one language changed and another did not.
 */
export interface Drift {
  readonly kind: 'governing-changed' | 'translation-changed' | 'one-language-changed';
  /** Languages whose text changed. */
  readonly changed: readonly Language[];
  /** Languages published in both editions whose text did not change. */
  readonly unchanged: readonly Language[];
}

/** One clause, aligned by id across the editions. */
export interface ClauseDiff {
  id: string;
  /**
   * `changed` when its text in a compared language or its topic changed (moved or not);
   * `moved` when only its place changed; `added` and `removed` when only one edition has it.
   */
  status: ItemStatus;
  /** Whether its place changed: another section, or another order relative to the clauses both editions share. */
  moved: boolean;
  /** Its topics in each edition; null where the clause is not in the edition. */
  topics: Readonly<{ from: readonly Topic[] | null; to: readonly Topic[] | null }>;
  /** Its number in each edition; null where it has none or is not in the edition. */
  number: Readonly<{ from: string | null; to: string | null }>;
  from: ClausePlace | null;
  to: ClausePlace | null;
  /** One entry per compared language, in the order asked for. */
  texts: TranslationDiff[];
  /**
   * The strongest change among the compared languages' texts (`substantive` also for a clause
   * added or removed, or whose topic changed); `none` for a clause that only moved or is unchanged.
   */
  change: 'none' | ChangeClass;
  /** Translation drift across all languages of the corpus (not only the compared ones), or null. */
  drift: Drift | null;
}

/** One section, aligned by id across the editions. */
export interface SectionDiff {
  id: string;
  /** `changed` when a heading changed; `moved` when only its order among the shared sections changed. */
  status: ItemStatus;
  moved: boolean;
  /** 0-based position among the edition's sections; null where the edition lacks the section. */
  from: number | null;
  to: number | null;
  /** The heading, one entry per compared language. */
  headings: TextDiff[];
}

/**
 * One side of a comparison: the edition compared, and its status. (Named `EditionRef` before
 * 1.0; `EditionRef` is now only `{ document, edition }`, in the checks entry.)
 */
export interface ComparedEdition {
  /** The edition id (its release date). */
  edition: string;
  /** Whether the edition is published or a draft. */
  status: EditionStatus;
}

/**
 * Where one side of a comparison came from, when the two sides are releases of a package or
 * corpus files rather than editions of one corpus.
 */
export interface DiffSource {
  /** What the header shows: `legal-clauses@1.1.0` for a release, the path for a corpus file. */
  label: string;
  /** For a release: the package's name and version, and its tarball's integrity (null for an installed directory). */
  package?: { name: string; version: string; integrity: string | null };
}

/** Counts per status. */
export type StatusCounts = Record<ItemStatus, number>;

/** The comparison of two editions of one document: what `diffEditions` and `diffCorpora` return. */
export interface EditionDiff {
  format: typeof DIFF_FORMAT;
  document: {
    id: string;
    /** The language each edition declares to prevail, or `null` where it declares none. */
    governingLanguage: { from: Language | null; to: Language | null };
    /** The document's title, one entry per compared language. */
    title: TextDiff[];
  };
  from: ComparedEdition;
  to: ComparedEdition;
  /**
   * Where each side came from, when comparing two releases or corpus files (both package
   * versions, for a pair of releases); absent when both editions are of one corpus.
   */
  sources?: { from: DiffSource; to: DiffSource };
  /** The compared languages, in the order asked for. */
  languages: Language[];
  /**
   * The typographic kinds the comparison was asked to ignore (`ignore` option, `--ignore`):
   * review formats hide such changes, and `identical` does not count them.
   */
  ignore: TypographicKind[];
  /** True when nothing differs in the compared languages (texts, headings, places, topics, titles) but ignored typographic changes. */
  identical: boolean;
  summary: {
    clauses: StatusCounts;
    sections: StatusCounts;
    /** Clauses with translation drift. */
    drift: number;
    /** Clauses by their strongest change (`ClauseDiff.change`). */
    change: Record<'none' | ChangeClass, number>;
  };
  /** The edition's published title line, one entry per compared language. */
  editionTitle: TextDiff[];
  /** The version or release line ("Released on", "2021年5月"), one entry per compared language. */
  dateline: TextDiff[];
  /** Every section of either edition, in the new edition's order, removed ones where they were. */
  sections: SectionDiff[];
  /** Every clause of either edition, in the new edition's order, removed ones where they were. */
  clauses: ClauseDiff[];
}

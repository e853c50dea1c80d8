/** Types of the text lint: rules, findings, configuration. */
import type { Language } from '../../model/constants.js';
import type { Severity } from '../types.js';
import type { Excerpt } from './excerpt.js';

/** Which text of an edition a finding is in. */
export type LintField = 'clause' | 'heading' | 'title' | 'dateline';

/** Where a text is: document, edition, language, and the clause or section it belongs to. */
export interface TextLocation {
  readonly document: string;
  readonly edition: string;
  readonly language: Language;
  readonly field: LintField;
  /** The clause, for clause text. */
  readonly clause?: string;
  /** The section, for a heading. */
  readonly section?: string;
  /** True for preformatted text, whose line breaks are part of the text (not a lint finding). */
  readonly preformatted?: boolean;
  /**
   * The JSON path of the string inside its file: inside the clause for clause text
   * (`editions["2003-04-15"].zh.blocks[0].text`), inside the edition for headings and datelines
   * (`sections[1].heading.en`, `dateline.en`).
   */
  readonly path: string;
}

/** A term to warn about, such as another site's brand name inside a document. */
export interface LintTerm {
  /** The exact text to find (case-sensitive; a term starting or ending with a letter or digit matches whole words only). */
  readonly term: string;
  /** Why it is worth a look; shown with every finding. */
  readonly reason: string;
  /** Only in these documents. @default every document */
  readonly documents?: readonly string[] | undefined;
  /** Only in these editions. @default every edition */
  readonly editions?: readonly string[] | undefined;
  /** Only in these languages. @default every language */
  readonly languages?: readonly Language[] | undefined;
  /** @default 'warning' */
  readonly severity?: Severity | undefined;
}

/** The lint configuration, as `clauses/lint.json` holds it. */
export interface LintConfig {
  /** Terms to report. @default [] */
  readonly terms?: readonly LintTerm[] | undefined;
  /** A severity per rule id, or `'off'`, replacing the rule's default. @default {} */
  readonly rules?: Readonly<Record<string, Severity | 'off'>> | undefined;
}

/** What a rule reports in one text: where, and what. */
export interface TextHit {
  /** Offset of the first character, in UTF-16 code units (what `String.prototype.slice` counts). */
  readonly offset: number;
  /** Length in UTF-16 code units. */
  readonly length: number;
  readonly message: string;
  /** A severity for this hit alone (the term rule takes it from the term). */
  readonly severity?: Severity | undefined;
}

/** A lint rule: an id, a default severity, and a function over one text. */
export interface LintRule {
  /** Kebab-case id, used in findings and in the configuration's `rules`. */
  readonly id: string;
  readonly severity: Severity;
  /** One sentence for the rules table in docs/trust.md. */
  readonly description: string;
  /**
   * The hits in one text (a paragraph, list item, heading or dateline). An iterable, so that a
   * text with a great many hits is not turned into as many objects: the lint keeps the first
   * {@link MAX_FINDINGS_PER_RULE} of each rule in each text and counts the rest.
   */
  check(text: string, location: TextLocation, config: LintConfig): Iterable<TextHit>;
}

/** A lint finding. */
export interface LintFinding extends TextLocation {
  readonly rule: string;
  readonly severity: Severity;
  /** Offset in the string at `path`, in UTF-16 code units. */
  readonly offset: number;
  readonly length: number;
  /** The characters found, with up to 20 characters of text either side. */
  readonly excerpt: Excerpt;
  readonly message: string;
}

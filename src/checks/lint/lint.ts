/**
 * Running the lint rules over every text of a corpus: published titles and datelines, section
 * headings, and every string of clause text (headings, paragraphs, list items at any depth,
 * preformatted text, spans), in every language of every edition, drafts included.
 */
import { checkArguments } from '../../util/arguments.js';
import { CORPUS, LINT_CONFIG, LINT_OPTIONS, TEXT_LOCATION, text as TEXT } from '../arguments.js';
import { resolveClause, resolveDocument, resolveEdition } from '../../lookup/resolve.js';
import { LANGUAGES } from '../../model/constants.js';
import { publishedStrings } from '../../model/published-strings.js';
import type { Corpus, Document, Edition } from '../../model/types.js';
import { formatJsonPath } from '../../util/json-path.js';
import { SEVERITIES, type Severity } from '../types.js';
import { excerpt, type Excerpt } from './excerpt.js';
import { LINT_RULES } from './rules.js';
import type { LintConfig, LintFinding, TextHit, TextLocation } from './types.js';

/**
 * The most findings one rule reports in one text; past it, one more finding says how many were
 * left out. A real paragraph has a handful; a hostile one (a megabyte of brackets) would
 * otherwise make a report, and its printout, larger than the corpus.
 *
 * @example
 * MAX_FINDINGS_PER_RULE;
 * //=> 100
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** Options of {@link lintCorpus}. */
export interface LintOptions {
  /**
   * Terms to report and severities per rule, as in `clauses/lint.json`.
   * @default {} (no terms; every rule at its default severity)
   */
  config?: LintConfig | undefined;
  /**
   * Only this document.
   * @default every document
   */
  document?: string | undefined;
  /**
   * Only this edition.
   * @default every edition, drafts included
   */
  edition?: string | undefined;
}

/** The outcome of {@link lintCorpus}. */
export interface LintReport {
  /** Findings in reading order: edition, then dateline, headings and clauses as they appear, then offset. */
  readonly findings: readonly LintFinding[];
  /** Findings per severity. */
  readonly counts: Readonly<Record<Severity, number>>;
}

/**
 * Lints every text of a corpus. List markers are not linted (the schema checks them); the
 * text of list items is.
 *
 * @param corpus - The corpus.
 * @param options - The configuration, and which document and edition.
 * @returns Findings with document, edition, clause or section, language, JSON path, offset and excerpt.
 * @throws {UnknownDocumentError} When `document` does not exist.
 * @throws {UnknownEditionError} When `edition` does not exist.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * // The bundled corpus, without the term list of clauses/lint.json:
 * lintCorpus(corpus).counts;
 * //=> { error: 0, warning: 36, note: 8 }
 */
export function lintCorpus(corpus: Corpus, options: LintOptions = {}): LintReport {
  checkArguments('lintCorpus', ['corpus', corpus, CORPUS], ['options', options, LINT_OPTIONS]);
  const config = options.config ?? {};
  const findings: LintFinding[] = [];
  const documents = options.document === undefined ? corpus.documents : [resolveDocument(corpus, options.document)];
  // Callbacks and indexed loops rather than a generator and spreads: a CLI start runs all of this
  // unoptimised, where each iterator result and spread is an allocation, and allocating a
  // megabyte costs the start a garbage collection (docs/benchmarks.md, "CLI start").
  const lint = (text: string, location: TextLocation): number => findings.push(...findingsOf(text, location, config, true));
  for (const document of documents) {
    const editions = options.edition === undefined ? document.editions : [resolveEdition(document, { edition: options.edition })];
    for (const edition of editions) eachText(corpus, document, edition, lint);
  }
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return { findings, counts };
}

/**
 * Lints one text, such as a paragraph an editor is about to add. Linear in the length of the
 * text; each rule reports at most {@link MAX_FINDINGS_PER_RULE} findings in it, then one that
 * counts the rest.
 *
 * @param text - The text.
 * @param location - Where it is, for the findings (and for terms that apply only to some documents).
 * @param config - Terms and severities.
 * @returns The findings, by offset.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * lintText('Аlibaba', { document: 'd', edition: '2020-01-01', language: 'en', field: 'clause', clause: 'c', path: 'text' }).map((finding) => finding.rule);
 * //=> ['mixed-script']
 */
export function lintText(text: string, location: TextLocation, config: LintConfig = {}): LintFinding[] {
  checkArguments('lintText', ['text', text, TEXT], ['location', location, TEXT_LOCATION], ['config', config, LINT_CONFIG]);
  return findingsOf(text, location, config, false);
}

/**
 * {@link lintText} without checking its arguments ({@link lintCorpus} made them itself). `ours`:
 * the location is one {@link eachText} made (see {@link finding}).
 */
function findingsOf(text: string, location: TextLocation, config: LintConfig, ours: boolean): LintFinding[] {
  const findings: LintFinding[] = [];
  for (let r = 0; r < LINT_RULES.length; r++) {
    const rule = LINT_RULES[r]!;
    const configured = config.rules?.[rule.id];
    if (configured === 'off') continue;
    let kept = 0;
    let more: TextHit | undefined;
    let omitted = 0;
    for (const hit of rule.check(text, location, config)) {
      if (kept === MAX_FINDINGS_PER_RULE) {
        more ??= hit;
        omitted++;
        continue;
      }
      kept++;
      findings.push(finding(location, ours, rule.id, configured ?? hit.severity ?? rule.severity, hit.offset, hit.length, excerpt(text, hit.offset, hit.length), hit.message));
    }
    if (more !== undefined) {
      const message = `${omitted} more ${rule.id} ${omitted === 1 ? 'finding' : 'findings'} in this text, not listed (at most ${MAX_FINDINGS_PER_RULE} per rule and text), starting with: ${more.message}`;
      findings.push(finding(location, ours, rule.id, configured ?? more.severity ?? rule.severity, more.offset, more.length, excerpt(text, more.offset, more.length), message));
    }
  }
  // Stable: findings at one offset keep the order of the rules table.
  return findings.length > 1 ? findings.sort(byOffset) : findings;
}

/**
 * A finding: the location's keys, then the finding's. Written out for clause text at a location
 * {@link eachText} made (`ours`; nearly every finding), spread otherwise (any other location
 * keeps its own keys): a spread in code not yet optimised (all of a CLI start) takes V8's slow
 * path, about 2 KB a finding against 0.4 KB written out, and a lint of the bundled corpus then
 * allocates enough to cost a garbage collection (docs/benchmarks.md, "CLI start").
 */
function finding(location: TextLocation, ours: boolean, rule: string, severity: Severity, offset: number, length: number, excerpt: Excerpt, message: string): LintFinding {
  if (!ours || location.field !== 'clause' || location.preformatted !== undefined) return { ...location, rule, severity, offset, length, excerpt, message };
  const { document, edition, language, field, clause, path } = location;
  return { document, edition, language, field, clause: clause!, path, rule, severity, offset, length, excerpt, message };
}

function byOffset(a: LintFinding, b: LintFinding): number {
  return a.offset - b.offset;
}

/** Visits every text of an edition with its location, in reading order. */
function eachText(corpus: Corpus, document: Document, edition: Edition, visit: (text: string, location: TextLocation) => unknown): void {
  const at = { document: document.id, edition: edition.id };
  const editionId = edition.id;
  for (const language of LANGUAGES) {
    const title = edition.title?.[language];
    if (title !== undefined) visit(title, { ...at, language, field: 'title', path: formatJsonPath(['title', language]) });
    const dateline = edition.dateline?.[language];
    if (dateline !== undefined) visit(dateline, { ...at, language, field: 'dateline', path: formatJsonPath(['dateline', language]) });
  }
  for (let s = 0; s < edition.sections.length; s++) {
    const section = edition.sections[s]!;
    for (const language of LANGUAGES) {
      const heading = section.heading?.[language];
      if (heading !== undefined) {
        visit(heading, { ...at, language, field: 'heading', section: section.id, path: formatJsonPath(['sections', s, 'heading', language]) });
      }
    }
    for (const clauseId of section.clauses) {
      const texts = resolveClause(corpus, clauseId).editions[editionId];
      if (!texts) continue;
      for (const language of LANGUAGES) {
        const translation = texts[language];
        if (translation?.status !== 'published') continue;
        const strings = publishedStrings(translation);
        const inTranslation = formatJsonPath(['editions', editionId, language]);
        for (let i = 0; i < strings.length; i++) {
          const { text, path: inside, preformatted } = strings[i]!;
          const path = formatJsonPath(inside, inTranslation);
          // Written out, not spread from `at` (most texts are clause text: see finding); the keys
          // in the order findings have always had them (the JSON report keeps it).
          const location: TextLocation = { document: at.document, edition: editionId, language, field: 'clause', clause: clauseId, path };
          visit(text, preformatted ? { ...location, preformatted } : location);
        }
      }
    }
  }
}

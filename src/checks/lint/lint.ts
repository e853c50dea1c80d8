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
import { excerpt } from './excerpt.js';
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
  for (const document of documents) {
    const editions = options.edition === undefined ? document.editions : [resolveEdition(document, { edition: options.edition })];
    for (const edition of editions) {
      for (const [text, location] of textsOf(corpus, document, edition)) findings.push(...lintText(text, location, config));
    }
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
  const findings: LintFinding[] = [];
  for (const rule of LINT_RULES) {
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
      findings.push({
        ...location,
        rule: rule.id,
        severity: configured ?? hit.severity ?? rule.severity,
        offset: hit.offset,
        length: hit.length,
        excerpt: excerpt(text, hit.offset, hit.length),
        message: hit.message,
      });
    }
    if (more !== undefined) {
      findings.push({
        ...location,
        rule: rule.id,
        severity: configured ?? more.severity ?? rule.severity,
        offset: more.offset,
        length: more.length,
        excerpt: excerpt(text, more.offset, more.length),
        message: `${omitted} more ${rule.id} ${omitted === 1 ? 'finding' : 'findings'} in this text, not listed (at most ${MAX_FINDINGS_PER_RULE} per rule and text), starting with: ${more.message}`,
      });
    }
  }
  // Stable: findings at one offset keep the order of the rules table.
  return findings.sort((a, b) => a.offset - b.offset);
}

/** Every text of an edition with its location, in reading order. */
function* textsOf(corpus: Corpus, document: Document, edition: Edition): Generator<[string, TextLocation]> {
  const at = { document: document.id, edition: edition.id };
  for (const language of LANGUAGES) {
    const title = edition.title?.[language];
    if (title !== undefined) yield [title, { ...at, language, field: 'title', path: formatJsonPath(['title', language]) }];
    const dateline = edition.dateline?.[language];
    if (dateline !== undefined) yield [dateline, { ...at, language, field: 'dateline', path: formatJsonPath(['dateline', language]) }];
  }
  for (const [s, section] of edition.sections.entries()) {
    for (const language of LANGUAGES) {
      const heading = section.heading?.[language];
      if (heading !== undefined) {
        yield [heading, { ...at, language, field: 'heading', section: section.id, path: formatJsonPath(['sections', s, 'heading', language]) }];
      }
    }
    for (const clauseId of section.clauses) {
      const texts = resolveClause(corpus, clauseId).editions[edition.id];
      if (!texts) continue;
      for (const language of LANGUAGES) {
        const translation = texts[language];
        if (translation?.status !== 'published') continue;
        for (const { text, path, preformatted } of publishedStrings(translation)) {
          const location: TextLocation = {
            ...at,
            language,
            field: 'clause',
            clause: clauseId,
            path: formatJsonPath(['editions', edition.id, language, ...path]),
          };
          yield [text, preformatted ? { ...location, preformatted } : location];
        }
      }
    }
  }
}

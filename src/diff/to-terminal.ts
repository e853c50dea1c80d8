/**
 * The report for a terminal: every difference, clause by clause, with redlines that read
 * without colour as git's word diff does (`[-old-]{+new+}`), and with colour (red struck
 * through, green underlined) when the terminal has it. Every text is made visible before it is
 * written or coloured (src/util/terminal.ts): a control, escape sequence, carriage return or
 * bidirectional character in a corpus shows as `⟨U+XXXX⟩` and cannot redraw the report.
 */
import { checkArguments } from '../util/arguments.js';
import { TEXT_FORMAT_OPTIONS, REPORT } from './arguments.js';
import type { Language } from '../model/constants.js';
import { paint as style, terminalText, type Style } from '../util/terminal.js';
import { makeVisible } from '../util/unicode.js';
import { comparedLine, labelsFor, type Labels, type UiLanguage } from './labels.js';
import { isShown } from './shown.js';
import type { ClauseDiff, EditionDiff, Segment, TextDiff, TranslationDiff } from './types.js';
import { displayValue } from './visible.js';

/** Options of {@link formatDiffText}. */
export interface TextFormatOptions {
  /**
   * Colour with ANSI escapes instead of `[-…-]` and `{+…+}` markers. The CLI sets it from the
   * terminal, NO_COLOR and FORCE_COLOR.
   * @default false
   */
  colour?: boolean | undefined;
  /**
   * The language of the labels around the text.
   * @default 'en'
   */
  uiLang?: UiLanguage | undefined;
}

const INDENT = '      ';

/**
 * Writes a report for a terminal.
 *
 * @param report - From `diffEditions` or `diffCorpora`.
 * @param options - See {@link TextFormatOptions}.
 * @returns The text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatDiffText(diffEditions(corpus, { from: '2003-04-15', to: '2024-01-01', languages: ['zh'] })).split('\n')[0];
 * //=> 'disclaimer 2003-04-15 → 2024-01-01 (zh, governing zh)'
 */
export function formatDiffText(report: EditionDiff, options: TextFormatOptions = {}): string {
  checkArguments('formatDiffText', ['report', report, REPORT], ['options', options, TEXT_FORMAT_OPTIONS]);
  const labels = labelsFor(options.uiLang ?? 'en');
  const paint = (name: Style, text: string) => (options.colour ? style(name, text) : terminalText(text));
  const redline = (segments: readonly Segment[]) =>
    segments
      .map((segment) => {
        const value = displayValue(segment);
        if (segment.type === 'equal') return value;
        if (options.colour) return paint(segment.type, value);
        return segment.type === 'removed' ? `[-${value}-]` : `{+${value}+}`;
      })
      .join('')
      .split('\n')
      .map((line, index) => (index === 0 || line === '' ? line : INDENT + line))
      .join('\n');
  const governing = report.document.governingLanguage.to;
  const out: string[] = [];

  const draft = (status: string) => (status === 'draft' ? ` (${labels.draft})` : '');
  const compared = comparedLine(report, labels);
  // A package name or a path from outside the corpus: every control shown, line feeds and tabs too.
  if (compared !== undefined) out.push(paint('bold', makeVisible(compared)));
  out.push(
    paint(
      'bold',
      `${report.document.id} ${report.from.edition}${draft(report.from.status)} → ${report.to.edition}${draft(report.to.status)} (${report.languages.join(', ')}, ${labels.governing} ${governing ?? labels.notDeclared})`,
    ),
  );
  out.push(labels.overview(labels.counts(report.summary.clauses), labels.counts(report.summary.sections), report.summary.drift));
  // Identical in the compared languages can still hold drift from another language: go on.
  if (report.identical) out.push('', labels.noDifferences);

  const field = (name: string, texts: readonly TextDiff[]) => {
    for (const text of texts) {
      if (text.status === 'unchanged' || text.status === 'absent') continue;
      out.push('', `${paint('bold', name)} ${text.language}  ${labels.text[text.status]}`, INDENT + redline(text.segments));
    }
  };
  if (report.document.governingLanguage.from !== governing) {
    out.push('', `${paint('bold', labels.governingLanguage)}  ${report.document.governingLanguage.from ?? labels.notDeclared} → ${governing ?? labels.notDeclared}`);
  }
  field(labels.documentTitle, report.document.title);
  field(labels.dateline, report.dateline);

  for (const section of report.sections) {
    if (section.status === 'unchanged') continue;
    out.push('', `${paint('bold', `${labels.section} ${section.id}`)}  ${labels.item[section.status]}`);
    for (const heading of section.headings) {
      if (heading.status === 'unchanged' || heading.status === 'absent') continue;
      out.push(`  ${heading.language}  ${labels.heading} ${labels.text[heading.status]}`, INDENT + redline(heading.segments));
    }
  }

  const unchanged: string[] = [];
  for (const clause of report.clauses) {
    if (!isShown(clause)) {
      unchanged.push(clause.id);
      continue;
    }
    out.push('', ...clauseLines(clause, labels, governing, paint, redline));
  }
  if (unchanged.length > 0) out.push('', paint('dim', labels.unchangedClauses + labels.colon + labels.list(unchanged)));
  const text = `${out.join('\n')}\n`;
  // Without colour the whole report can be made visible in one pass (it holds no escapes of ours);
  // with colour every text was made visible before it was painted.
  return options.colour ? text : terminalText(text);
}

function clauseLines(
  clause: ClauseDiff,
  labels: Labels,
  governing: Language | null,
  paint: (style: Style, text: string) => string,
  redline: (segments: readonly Segment[]) => string,
): string[] {
  const lines = [`${paint('bold', `${labels.clause} ${clause.id}`)}  ${labels.item[clause.status]}`];
  if (clause.moved && clause.from && clause.to) {
    lines.push(`  ${terminalText(labels.moved(clause.from.section, clause.from.position, clause.to.section, clause.to.position))}`);
  }
  if (clause.topics.from !== null && clause.topics.to !== null && clause.topics.from.join(', ') !== clause.topics.to.join(', ')) {
    lines.push(`  ${terminalText(`${labels.topic}${labels.colon}${clause.topics.from.join(', ')} → ${clause.topics.to.join(', ')}`)}`);
  }
  if (clause.drift) lines.push(`  ${paint('yellow', `⚠ ${labels.drift}${labels.colon}${labels.driftNote(clause.drift, governing)}`)}`);
  for (const text of clause.texts) lines.push(...textLines(text, labels, redline));
  return lines;
}

function textLines(text: TranslationDiff, labels: Labels, redline: (segments: readonly Segment[]) => string): string[] {
  const head = `  ${text.governing ? labels.aside(text.language, labels.governing) : text.language}  ${labels.text[text.status]}`;
  // Unchanged and unpublished texts are named, not printed: the changes are what a reviewer reads here.
  if (text.status === 'unchanged' || text.status === 'absent') return [head];
  return [head, INDENT + redline(text.segments)];
}

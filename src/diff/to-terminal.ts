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
import { comparedLine, labelsFor, uiLanguageOf, type Labels, type UiLanguage } from './labels.js';
import { displayPieces, type DisplayPiece } from './display.js';
import { isShown, isShownText } from './shown.js';
import type { ClauseDiff, EditionDiff, Segment, TextDiff, TranslationDiff, TypographicKind } from './types.js';

/** Options of {@link formatDiffText}. */
export interface TextFormatOptions {
  /**
   * Colour with ANSI escapes instead of `[-…-]` and `{+…+}` markers. The CLI sets it from the
   * terminal, NO_COLOR and FORCE_COLOR.
   * @default false
   */
  colour?: boolean | undefined;
  /**
   * The language of the labels around the text: `'en'`, `'zh'`, or a reviewer's BCP 47 tag
   * (`'zh-CN'`), matched as every language option is.
   * @default 'en'
   */
  uiLang?: UiLanguage | (string & {}) | undefined;
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
 * formatDiffText(diffEditions(fixture, { from: '2003-04-15', to: '2024-01-01', languages: ['zh'] })).split('\n')[0];
 * //=> 'disclaimer 2003-04-15 → 2024-01-01 (zh, governing zh)'
 */
export function formatDiffText(report: EditionDiff, options: TextFormatOptions = {}): string {
  checkArguments('formatDiffText', ['report', report, REPORT], ['options', options, TEXT_FORMAT_OPTIONS]);
  const labels = labelsFor(uiLanguageOf(options.uiLang));
  const paint = (name: Style | 'plain', text: string) => (options.colour && name !== 'plain' ? style(name, text) : terminalText(text));
  const piece = (part: DisplayPiece): string => {
    switch (part.kind) {
      case 'equal':
        return paint('plain', part.text);
      case 'moved':
        return paint('moved', part.text);
      case 'move-from':
        return options.colour ? paint('moved', labels.movedFrom(part.move)) + paint('movedAway', part.text) : `⟪${labels.movedFrom(part.move)} ${part.text}⟫`;
      case 'move-start':
        return options.colour ? paint('moved', labels.movedTo(part.move)) : `⟪${labels.movedTo(part.move)} `;
      case 'move-end':
        return options.colour ? '' : '⟫';
      default: {
        if (options.colour) {
          const typographic = part.typographic !== null;
          return paint(typographic ? (part.kind === 'removed' ? 'restyledOld' : 'restyledNew') : part.kind, part.text);
        }
        if (part.typographic !== null) return part.kind === 'removed' ? `[~${part.text}~]` : `{~${part.text}~}`;
        return part.kind === 'removed' ? `[-${part.text}-]` : `{+${part.text}+}`;
      }
    }
  };
  const redline = (segments: readonly Segment[]) =>
    displayPieces(segments, report.ignore)
      .map((line) => line.map(piece).join(''))
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
  out.push(labels.changeCounts(report.summary.change));
  if (report.ignore.length > 0) out.push(labels.ignoring(report.ignore));
  // Identical in the compared languages can still hold drift from another language: go on.
  if (report.identical) out.push('', labels.noDifferences);

  const field = (name: string, texts: readonly TextDiff[]) => {
    for (const text of texts) {
      if (!isShownText(text, report.ignore)) continue;
      out.push('', `${paint('bold', name)} ${text.language}  ${labels.text[text.status]}`, INDENT + redline(text.segments));
    }
  };
  if (report.document.governingLanguage.from !== governing) {
    out.push('', `${paint('bold', labels.governingLanguage)}  ${report.document.governingLanguage.from ?? labels.notDeclared} → ${governing ?? labels.notDeclared}`);
  }
  field(labels.documentTitle, report.document.title);
  field(labels.editionTitle, report.editionTitle);
  field(labels.dateline, report.dateline);

  for (const section of report.sections) {
    if (section.status === 'unchanged') continue;
    out.push('', `${paint('bold', `${labels.section} ${section.id}`)}  ${labels.item[section.status]}`);
    for (const heading of section.headings) {
      if (!isShownText(heading, report.ignore)) continue;
      out.push(`  ${heading.language}  ${labels.heading} ${labels.text[heading.status]}`, INDENT + redline(heading.segments));
    }
  }

  const unchanged: string[] = [];
  for (const clause of report.clauses) {
    if (!isShown(clause, report.ignore)) {
      unchanged.push(clause.id);
      continue;
    }
    out.push('', ...clauseLines(clause, labels, governing, paint, redline, report.ignore));
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
  ignore: readonly TypographicKind[],
): string[] {
  const change = clause.change === 'none' ? '' : ` (${labels.change[clause.change]})`;
  const lines = [`${paint('bold', `${labels.clause} ${clause.id}`)}  ${labels.item[clause.status]}${change}`];
  if (clause.moved && clause.from && clause.to) {
    lines.push(`  ${terminalText(labels.moved(clause.from.section, clause.from.position, clause.to.section, clause.to.position))}`);
  }
  if (clause.topics.from !== null && clause.topics.to !== null && clause.topics.from.join(', ') !== clause.topics.to.join(', ')) {
    lines.push(`  ${terminalText(`${labels.topic}${labels.colon}${clause.topics.from.join(', ')} → ${clause.topics.to.join(', ')}`)}`);
  }
  if (clause.drift) lines.push(`  ${paint('yellow', `⚠ ${labels.drift}${labels.colon}${labels.driftNote(clause.drift, governing)}`)}`);
  for (const text of clause.texts) lines.push(...textLines(text, labels, redline, ignore));
  return lines;
}

function textLines(text: TranslationDiff, labels: Labels, redline: (segments: readonly Segment[]) => string, ignore: readonly TypographicKind[]): string[] {
  const head = `  ${text.governing ? labels.aside(text.language, labels.governing) : text.language}  ${labels.text[text.status]}`;
  // Unchanged and unpublished texts are named, not printed: the changes are what a reviewer reads here.
  if (!isShownText(text, ignore)) return [head];
  return [head, INDENT + redline(text.segments), `${INDENT}${departuresLine(text, labels)}`];
}

/** The departures of one text on one line: the change class, then what was inserted, deleted, moved and restyled. */
function departuresLine(text: TextDiff, labels: Labels): string {
  const { departures } = text;
  const parts = [`${labels.departures.change}${labels.colon}${labels.change[departures.change]}`];
  const add = (name: string, count: { characters: number; words: number }) => {
    if (count.characters > 0) parts.push(`${name}${labels.colon}${labels.textCount(count)}`);
  };
  add(labels.departures.inserted, departures.inserted);
  add(labels.departures.deleted, departures.deleted);
  add(labels.departures.moved, departures.moved);
  add(labels.departures.restyled, departures.restyled);
  if (departures.kinds.length > 0) parts.push(`${labels.departures.kinds}${labels.colon}${labels.list(departures.kinds.map((kind) => labels.kind[kind]))}`);
  return `${labels.departures.title} — ${parts.join(labels.stop === '。' ? '；' : '; ')}`;
}

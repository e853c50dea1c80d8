/**
 * The report as Markdown for a pull request comment: a summary table of what changed, then
 * each changed clause with its redlines in `<del>` and `<ins>` (GitHub keeps both tags, and
 * shows struck-through and underlined text), every piece of legal text escaped so that
 * nothing in it is read as Markdown or HTML.
 */
import { checkArguments } from '../util/arguments.js';
import { MARKDOWN_FORMAT_OPTIONS, REPORT } from './arguments.js';
import type { Language } from '../model/constants.js';
import { escapeHtml } from '../util/escape-html.js';
import { escapeMarkdown } from '../util/escape-markdown.js';
import { displayPieces, type DisplayPiece } from './display.js';
import { comparedLine, labelsFor, uiLanguageOf, type Labels, type UiLanguage } from './labels.js';
import { isShown, isShownText } from './shown.js';
import type { ClauseDiff, EditionDiff, Segment, TextDiff, TranslationDiff, TypographicKind } from './types.js';

/** Options of {@link formatDiffMarkdown}. */
export interface MarkdownFormatOptions {
  /**
   * The language of the labels around the text: `'en'`, `'zh'`, or a reviewer's BCP 47 tag
   * (`'zh-CN'`), matched as every language option is.
   * @default 'en'
   */
  uiLang?: UiLanguage | (string & {}) | undefined;
  /**
   * The level of the top heading; the others follow it. Use 2 to embed the report under a heading of your own.
   * @default 1
   */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
}

/**
 * Writes a report as GitHub-flavoured Markdown.
 *
 * @param report - From `diffEditions` or `diffCorpora`.
 * @param options - See {@link MarkdownFormatOptions}.
 * @returns The Markdown, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatDiffMarkdown(report).split('\n')[0];
 * //=> '# Review of disclaimer: 2003-04-15 → 2024-01-01'
 */
export function formatDiffMarkdown(report: EditionDiff, options: MarkdownFormatOptions = {}): string {
  checkArguments('formatDiffMarkdown', ['report', report, REPORT], ['options', options, MARKDOWN_FORMAT_OPTIONS]);
  const labels = labelsFor(uiLanguageOf(options.uiLang));
  const level = options.headingLevel ?? 1;
  const heading = (depth: number, text: string) => `${'#'.repeat(Math.min(6, level + depth))} ${text}`;
  const governing = report.document.governingLanguage.to;
  const out: string[] = [];

  const draft = (status: string) => (status === 'draft' ? ` (${labels.draft})` : '');
  const compared = comparedLine(report, labels);
  out.push(
    heading(0, escapeMarkdown(labels.title(report.document.id, report.from.edition + draft(report.from.status), report.to.edition + draft(report.to.status)))),
    '',
    ...(compared === undefined ? [] : [escapeMarkdown(compared), '']),
    escapeMarkdown(
      `${labels.languages}${labels.colon}${labels.list(report.languages.map((language) => (language === governing ? labels.aside(language, labels.governing) : language)))}${labels.stop}` +
        labels.overview(labels.counts(report.summary.clauses), labels.counts(report.summary.sections), report.summary.drift) +
        ' ' +
        labels.changeCounts(report.summary.change),
    ),
  );
  if (report.ignore.length > 0) out.push('', escapeMarkdown(labels.ignoring(report.ignore)));
  // Identical in the compared languages can still hold drift from another language: go on.
  if (report.identical) out.push('', escapeMarkdown(labels.noDifferences));

  const ignore = report.ignore;
  const changed = report.clauses.filter((clause) => isShown(clause, ignore));
  if (changed.length > 0) {
    out.push('', heading(1, escapeMarkdown(labels.summary)), '');
    out.push(
      row([labels.clause, labels.status, labels.departures.change, ...report.languages, labels.drift].map((cell) => escapeMarkdown(cell))),
      row(['---', '---', '---', ...report.languages.map(() => '---'), '---']),
    );
    for (const clause of changed) {
      out.push(
        row([
          `[${escapeMarkdown(clause.id)}](#${anchor(clause.id)})`,
          escapeMarkdown(labels.item[clause.status]),
          escapeMarkdown(labels.change[clause.change]),
          ...clause.texts.map((text) => escapeMarkdown(labels.text[text.status])),
          clause.drift ? `⚠ ${escapeMarkdown(clause.drift.changed.join(', '))}` : '',
        ]),
      );
    }
    out.push(
      '',
      `<del>${escapeHtml(labels.legendRemoved)}</del> <ins>${escapeHtml(labels.legendAdded)}</ins> · ${escapeMarkdown(labels.legendWhitespace)} ${escapeMarkdown(labels.legendTypographic)} ${escapeMarkdown(labels.legendMoved)}`,
    );
  }

  const edition: string[] = [];
  if (report.document.governingLanguage.from !== governing) {
    edition.push(`**${escapeMarkdown(labels.governingLanguage)}**${escapeMarkdown(labels.colon)}${report.document.governingLanguage.from ?? labels.notDeclared} → ${governing ?? labels.notDeclared}`, '');
  }
  edition.push(...fieldBlocks(labels.documentTitle, report.document.title, labels, ignore));
  edition.push(...fieldBlocks(labels.editionTitle, report.editionTitle, labels, ignore));
  edition.push(...fieldBlocks(labels.dateline, report.dateline, labels, ignore));
  for (const section of report.sections) {
    if (section.status === 'unchanged') continue;
    edition.push(`**${escapeMarkdown(`${labels.section} ${section.id}`)}** — ${escapeMarkdown(labels.item[section.status])}`, '');
    edition.push(...fieldBlocks(labels.heading, section.headings, labels, ignore));
  }
  if (edition.length > 0) out.push('', heading(1, escapeMarkdown(labels.edition)), '', ...trimEnd(edition));

  if (changed.length > 0) {
    out.push('', heading(1, escapeMarkdown(labels.clauses)));
    for (const clause of changed) out.push('', ...clauseBlock(clause, labels, governing, heading, ignore));
  }
  const unchanged = report.clauses.filter((clause) => !isShown(clause, ignore)).map((clause) => clause.id);
  if (unchanged.length > 0) out.push('', escapeMarkdown(labels.unchangedClauses + labels.colon + labels.list(unchanged)));
  return `${out.join('\n')}\n`;
}

function clauseBlock(
  clause: ClauseDiff,
  labels: Labels,
  governing: Language | null,
  heading: (depth: number, text: string) => string,
  ignore: readonly TypographicKind[],
): string[] {
  // An explicit anchor: GitHub's own heading ids depend on its slug rules; this one is stable.
  const lines = [`<a id="${anchor(clause.id)}"></a>`, '', heading(2, `${escapeMarkdown(clause.id)} — ${escapeMarkdown(labels.item[clause.status])}`), ''];
  if (clause.moved && clause.from && clause.to) {
    lines.push(escapeMarkdown(labels.moved(clause.from.section, clause.from.position, clause.to.section, clause.to.position)), '');
  }
  if (clause.topics.from !== null && clause.topics.to !== null && clause.topics.from.join(", ") !== clause.topics.to.join(", ")) {
    lines.push(escapeMarkdown(`${labels.topic}${labels.colon}${clause.topics.from.join(", ")} → ${clause.topics.to.join(", ")}`), '');
  }
  if (clause.drift) lines.push(`⚠ **${escapeMarkdown(labels.drift)}**${escapeMarkdown(labels.colon + labels.driftNote(clause.drift, governing))}`, '');
  for (const text of clause.texts) lines.push(...translationBlock(text, labels, ignore), '');
  if (clause.texts.some((text) => isShownText(text, ignore))) lines.push(...departuresTable(clause.texts, labels), '');
  return trimEnd(lines);
}

/** The departures table of a clause: one row per language. */
function departuresTable(texts: readonly TextDiff[], labels: Labels): string[] {
  const { departures: head } = labels;
  const count = (value: { characters: number; words: number }) => (value.characters === 0 ? '—' : escapeMarkdown(labels.textCount(value)));
  return [
    `**${escapeMarkdown(head.title)}**`,
    '',
    row([head.language, head.change, head.inserted, head.deleted, head.moved, head.restyled, head.kinds].map((cell) => escapeMarkdown(cell))),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...texts.map((text) =>
      row([
        text.language,
        escapeMarkdown(labels.change[text.departures.change]),
        count(text.departures.inserted),
        count(text.departures.deleted),
        count(text.departures.moved),
        count(text.departures.restyled),
        escapeMarkdown(labels.list(text.departures.kinds.map((kind) => labels.kind[kind]))),
      ]),
    ),
  ];
}

function translationBlock(text: TranslationDiff, labels: Labels, ignore: readonly TypographicKind[]): string[] {
  const name = text.governing ? labels.aside(text.language, labels.governing) : text.language;
  if (text.status === 'absent') return [`**${escapeMarkdown(name)}** — ${escapeMarkdown(labels.text.absent)}`];
  if (!isShownText(text, ignore)) {
    // Folded: a reviewer checking drift opens it, everyone else scrolls past.
    return [
      `<details><summary>${escapeHtml(`${name} — ${labels.text.unchanged} (${labels.showText})`)}</summary>`,
      '',
      ...quote(text.segments, labels, ignore),
      '',
      '</details>',
    ];
  }
  return [`**${escapeMarkdown(name)}** — ${escapeMarkdown(labels.text[text.status])}`, '', ...quote(text.segments, labels, ignore)];
}

function fieldBlocks(name: string, texts: readonly TextDiff[], labels: Labels, ignore: readonly TypographicKind[]): string[] {
  return texts.flatMap((text) =>
    !isShownText(text, ignore)
      ? []
      : [`${escapeMarkdown(labels.aside(name, text.language))} — ${escapeMarkdown(labels.text[text.status])}`, '', ...quote(text.segments, labels, ignore), ''],
  );
}

/** A redline as a block quote, one quoted line per line of text. */
function quote(segments: readonly Segment[], labels: Labels, ignore: readonly TypographicKind[]): string[] {
  return redlineLines(segments, labels, ignore).map((line) => (line === '' ? '>' : `> ${line}`));
}

/** Options of {@link redlineMarkdown}. */
export interface RedlineMarkdownOptions {
  /**
   * The language of the labels of moves and typographic changes.
   * @default 'en'
   */
  uiLang?: UiLanguage | (string & {}) | undefined;
  /**
   * Typographic kinds to show unmarked.
   * @default []
   */
  ignore?: readonly TypographicKind[] | undefined;
}

/**
 * A redline as the Markdown of the review report writes it, one string per line of the text
 * (without the quote marks): removed text in `<del>`, added text in `<ins>`, whitespace-only
 * changes as symbols (`␣`), labels of moves and typographic changes in `<sup>`, the legal text
 * escaped. Other Markdown (a changeset, a comment of your own) shows redlines with it, so a
 * redline reads the same everywhere.
 *
 * @param segments - A redline, from `diffText` or a report.
 * @param options - See {@link RedlineMarkdownOptions}.
 * @returns The lines.
 * @throws {InvalidLocaleError | UnsupportedLocaleError} When `uiLang` is not a tag of `en` or `zh`.
 * @example
 * redlineMarkdown(diffText('有关互联 网及', '有关互联网及'));
 * //=> ['有关互联<del>␣</del><sup>whitespace</sup>网及']
 */
export function redlineMarkdown(segments: readonly Segment[], options: RedlineMarkdownOptions = {}): string[] {
  return redlineLines(segments, labelsFor(uiLanguageOf(options.uiLang)), options.ignore ?? []);
}

function redlineLines(segments: readonly Segment[], labels: Labels, ignore: readonly TypographicKind[]): string[] {
  return displayPieces(segments, ignore).map((line) => line.map((piece, index) => inline(piece, labels, line[index + 1])).join(''));
}

/**
 * One piece in Markdown. GitHub keeps `<del>`, `<ins>` and `<sup>`: labels (the kinds of a
 * typographic change, the number of a move) go in `<sup>`, so that the text itself stays intact.
 */
function inline(piece: DisplayPiece, labels: Labels, next: DisplayPiece | undefined): string {
  switch (piece.kind) {
    case 'equal':
      return escapeMarkdown(piece.text);
    case 'moved':
      return `<ins>${escapeMarkdown(piece.text)}</ins>`;
    case 'move-from':
      return `<sup>${escapeHtml(labels.movedFrom(piece.move))}</sup><del>${escapeMarkdown(piece.text)}</del>`;
    case 'move-start':
      return `<sup>${escapeHtml(labels.movedTo(piece.move))}</sup>`;
    case 'move-end':
      return '';
    default: {
      const tag = piece.kind === 'removed' ? 'del' : 'ins';
      const mark = `<${tag}>${escapeMarkdown(piece.text)}</${tag}>`;
      // One label per typographic change: after its added text, or its removed text when nothing was added.
      if (piece.typographic === null || (piece.kind === 'removed' && next?.kind === 'added' && next.typographic !== null)) return mark;
      return `${mark}<sup>${escapeHtml(labels.list(piece.typographic.map((kind) => labels.kind[kind])))}</sup>`;
    }
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function anchor(clauseId: string): string {
  return `clause-${encodeURIComponent(clauseId)}`;
}

function trimEnd(lines: string[]): string[] {
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

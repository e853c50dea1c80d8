/**
 * The redlines of a report as hast: for rehype and `hast-util-to-jsx-runtime`, so that an app
 * (React, Preact, Vue…) can show what changed with the same markup as the review page. Removed
 * text is `<del>`, added text `<ins>`, each with a `data-label` ("removed", "删除") that the
 * stylesheet (`REDLINE_CSS`) reads out to screen readers, so the redline does not depend on
 * colour or on a screen reader announcing `<del>`. The review page writes these same trees.
 */
import type { Element, ElementContent, Root } from 'hast';
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { checkArguments } from '../util/arguments.js';
import { HAST_FORMAT_OPTIONS, REPORT } from './arguments.js';
import { labelsFor, uiLanguageOf, type Labels, type UiLanguage } from './labels.js';
import { clauseName } from './names.js';
import { displayPieces, type DisplayPiece } from './display.js';
import { isShown } from './shown.js';
import type { ClauseDiff, EditionDiff, Segment, TextDiff, TranslationDiff, TypographicKind } from './types.js';

/** The report's part an element of {@link formatDiffHast} stands for: a clause or one language of a text, without its redline. */
export type LegalClausesDiffData = ({ type: 'clauseDiff' } & Omit<ClauseDiff, 'texts'>) | ({ type: 'textDiff' } & Omit<TextDiff, 'segments'> & Partial<Omit<TranslationDiff, keyof TextDiff>>);

declare module 'hast' {
  interface Data {
    /** The part of a legal-clauses diff report this node stands for (see docs/diff.md, "hast"). */
    legalClausesDiff?: LegalClausesDiffData | undefined;
  }
}

/** Options of {@link formatDiffHast}. */
export interface HastFormatOptions {
  /**
   * The language of the labels around the text (headings, statuses, the screen-reader labels of
   * `<del>` and `<ins>`); the legal text is as published. `'en'`, `'zh'`, or a reviewer's BCP 47
   * tag (`'zh-CN'`), matched as every language option is.
   * @default 'en'
   */
  uiLang?: UiLanguage | (string & {}) | undefined;
  /**
   * The level of each clause's heading; the languages' headings are one below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
}

/**
 * The changed clauses of a report as hast, one `<article id="clause-<id>">` each (the clauses
 * the review page details: changed, added, removed, moved, or drifting): a heading naming the
 * clause by its heading or first words in the reviewer's language beside its id, notes on a move,
 * a topic change and translation drift, then one column per language with its redline —
 * `<del data-label>` and `<ins data-label>` inside paragraphs in the text's own `lang`.
 *
 * @param report - From `diffEditions` or `diffCorpora`.
 * @param options - See {@link HastFormatOptions}.
 * @returns A hast `Root`; style it with `REDLINE_CSS`.
 * @throws {InvalidArgumentError} When `report` is not a report of this version, or an option is not one listed.
 * @example
 * const root = formatDiffHast(report, { uiLang: 'zh' });
 * root.children.map((article) => article.type === 'element' && article.properties.id).slice(0, 2);
 * //=> ['clause-acceptance', 'clause-language-precedence']
 */
export function formatDiffHast(report: EditionDiff, options: HastFormatOptions = {}): Root {
  checkArguments('formatDiffHast', ['report', report, REPORT], ['options', options, HAST_FORMAT_OPTIONS]);
  const uiLang = uiLanguageOf(options.uiLang);
  const articles = report.clauses.filter((clause) => isShown(clause, report.ignore)).map((clause) => clauseHast(clause, report, labelsFor(uiLang), uiLang, options.headingLevel ?? 2));
  return { type: 'root', children: articles };
}

/**
 * One clause's article: its heading, notes and columns of redlines (see {@link formatDiffHast}).
 *
 * @param clause - A clause of the report.
 * @param report - The report (for the governing language and the compared languages).
 * @param labels - The labels of the reviewer's language.
 * @param uiLang - The reviewer's language.
 * @param level - The level of the clause's heading.
 * @returns The `<article>` element.
 * @example
 * clauseHast(clause, report, labelsFor('en'), 'en', 3).properties.id;
 * //=> 'clause-downloads'
 */
export function clauseHast(clause: ClauseDiff, report: EditionDiff, labels: Labels, uiLang: UiLanguage, level: number): Element {
  const governing = report.document.governingLanguage.to;
  const notes: Element[] = [];
  if (clause.moved && clause.from && clause.to) {
    notes.push(h('p', { className: ['moved'] }, [text(labels.moved(clause.from.section, clause.from.position, clause.to.section, clause.to.position))]));
  }
  if (clause.topics.from !== null && clause.topics.to !== null && clause.topics.from.join(', ') !== clause.topics.to.join(', ')) {
    notes.push(h('p', {}, [text(`${labels.topic}${labels.colon}${clause.topics.from.join(', ')} → ${clause.topics.to.join(', ')}`)]));
  }
  if (clause.drift) {
    notes.push(h('p', { className: ['drift'], role: 'note' }, [text('⚠ '), h('strong', {}, [text(labels.drift)]), text(labels.colon + labels.driftNote(clause.drift, governing))]));
  }
  const columns = clause.texts.map((item) => translationColumn(item, labels, level + 1, report.ignore));
  const { texts: _texts, ...rest } = clause;
  const article = h('article', { id: clauseAnchor(clause.id), className: ['clause', clause.status], lang: LANGUAGE_TAGS[uiLang] }, [
    h(`h${level}`, {}, [
      h('a', { href: `#${clauseAnchor(clause.id)}` }, clauseLabel(clause, uiLang)),
      text(' '),
      badge(clause.status, labels.item[clause.status]),
      text(' '),
      badge(clause.change, labels.change[clause.change]),
    ]),
    ...notes,
    h('div', { className: ['columns', `n${report.languages.length}`] }, columns),
    departuresTable(clause, labels),
  ]);
  article.data = { legalClausesDiff: { type: 'clauseDiff', ...copy(rest) } };
  return article;
}

/**
 * How the review formats name a clause: its name in the reviewer's language (heading or first
 * words, in their own `lang`) beside its id, or the id alone when it has no text.
 *
 * @param clause - A clause of the report.
 * @param uiLang - The reviewer's language.
 * @returns Inline hast: `<span class="clause-name" lang>…</span> <code class="clause-id">id</code>`.
 * @example
 * hastToHtml({ type: 'root', children: clauseLabel(clause, 'zh') });
 * //=> '<span class="clause-name" lang="zh-Hans">浏览者可以下载本网站上显示的资料…</span> <code class="clause-id" lang="en">downloads</code>'
 */
export function clauseLabel(clause: ClauseDiff, uiLang: UiLanguage): ElementContent[] {
  // Ids are kebab-case English words: read them with an English voice on a Chinese page.
  const id = h('code', { className: ['clause-id'], lang: 'en' }, [text(clause.id)]);
  const name = clauseName(clause, uiLang);
  if (name === undefined) return [id];
  return [h('span', { className: ['clause-name'], lang: LANGUAGE_TAGS[name.lang] }, [text(name.text)]), text(' '), id];
}

/**
 * A redline as hast: a `<div class="redline">` in the text's language, one paragraph per line,
 * removed text in `<del data-label>` and added text in `<ins data-label>` (whitespace-only
 * changes shown as symbols, see `displayValue`). A typographic change is
 * `<del class="typographic">`/`<ins class="typographic">` with its kinds in `title` and in a
 * `<sup class="label">` after it; a moved unit is its old text in `<del class="moved">` where it
 * was and its own redline between "moved to" labels where it is now (see `displayPieces`).
 *
 * @param segments - A redline.
 * @param language - The language of the text.
 * @param labels - The labels of the reviewer's language (for `data-label`).
 * @param ignore - Typographic kinds shown unmarked. @default []
 * @returns The `<div>`.
 * @example
 * hastToHtml(redlineHast([{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }], 'zh', labelsFor('zh')));
 * //=> '<div class="redline" lang="zh-Hans"><p>不<del data-label="删除">得</del><ins data-label="新增">应</ins></p></div>'
 */
export function redlineHast(segments: readonly Segment[], language: Language, labels: Labels, ignore: readonly TypographicKind[] = []): Element {
  const paragraphs = displayPieces(segments, ignore)
    .filter((line) => line.length > 0)
    .map((line) => h('p', {}, line.flatMap((piece, index) => mark(piece, labels, line[index + 1]))));
  return h('div', { className: ['redline'], lang: LANGUAGE_TAGS[language] }, paragraphs);
}

/**
 * A status badge: the status's label in a `<span class="badge <status>">`.
 *
 * @param status - The status, as a class name.
 * @param label - Its label in the reviewer's language.
 * @returns The `<span>`.
 * @example
 * hastToHtml(badge('added', '新增'));
 * //=> '<span class="badge added">新增</span>'
 */
export function badge(status: string, label: string): Element {
  return h('span', { className: ['badge', status] }, [text(label)]);
}

/**
 * The id of a clause's article on the review page (`clause-` and the id), apart from the ids
 * the page uses for its own parts.
 *
 * @param clauseId - The clause id.
 * @returns The anchor.
 * @example
 * clauseAnchor('image-use');
 * //=> 'clause-image-use'
 */
export function clauseAnchor(clauseId: string): string {
  return `clause-${encodeURIComponent(clauseId)}`;
}

function translationColumn(item: TranslationDiff, labels: Labels, level: number, ignore: readonly TypographicKind[]): Element {
  const name = labels.aside(labels.languageName[item.language], labels.list(item.governing ? [item.language, labels.governing] : [item.language]));
  const body = item.status === 'absent' ? h('p', { className: ['absent'] }, [text(labels.text.absent)]) : redlineHast(item.segments, item.language, labels, ignore);
  const { segments: _segments, ...rest } = item;
  const column = h('section', { className: ['text'] }, [h(`h${Math.min(6, level)}`, {}, [text(`${name} `), badge(item.status, labels.text[item.status])]), body]);
  column.data = { legalClausesDiff: { type: 'textDiff', ...copy(rest) } };
  return column;
}

/**
 * The departures table of a clause: one row per language (see docs/diff.md, "Departures"). A
 * data table keeps its columns on a phone and scrolls in its own region, which keyboards can focus.
 */
function departuresTable(clause: ClauseDiff, labels: Labels): Element {
  const { departures: head } = labels;
  const count = (value: { characters: number; words: number }) => text(value.characters === 0 ? '—' : labels.textCount(value));
  const headings = [head.language, head.change, head.inserted, head.deleted, head.moved, head.restyled, head.kinds].map((cell) => h('th', { scope: 'col' }, [text(cell)]));
  const rows = clause.texts.map(({ language, departures }) =>
    h('tr', {}, [
      h('th', { scope: 'row' }, [text(labels.languageName[language])]),
      h('td', {}, [badge(departures.change, labels.change[departures.change])]),
      h('td', {}, [count(departures.inserted)]),
      h('td', {}, [count(departures.deleted)]),
      h('td', {}, [count(departures.moved)]),
      h('td', {}, [count(departures.restyled)]),
      h('td', {}, [text(labels.list(departures.kinds.map((kind) => labels.kind[kind])))]),
    ]),
  );
  const table = h('table', { className: ['departures'] }, [h('caption', {}, [text(head.title)]), h('thead', {}, [h('tr', {}, headings)]), h('tbody', {}, rows)]);
  return h('div', { className: ['table-scroll'], role: 'region', ariaLabel: `${head.title}${labels.colon}${clause.id}`, tabIndex: 0 }, [table]);
}

/** One piece of a line: labels (kinds of a typographic change, number of a move) in `<sup class="label">`, apart from the text. */
function mark(piece: DisplayPiece, labels: Labels, next: DisplayPiece | undefined): ElementContent[] {
  switch (piece.kind) {
    case 'equal':
      return [text(piece.text)];
    case 'moved':
      return [h('ins', { className: ['moved'], dataLabel: labels.item.moved }, [text(piece.text)])];
    case 'move-from':
      return [label(labels.movedFrom(piece.move), labels), h('del', { className: ['moved'], dataLabel: labels.legendRemoved }, [text(piece.text)])];
    case 'move-start':
      return [label(labels.movedTo(piece.move), labels)];
    case 'move-end':
      return [];
    default: {
      const tagName = piece.kind === 'removed' ? 'del' : 'ins';
      const dataLabel = piece.kind === 'removed' ? labels.legendRemoved : labels.legendAdded;
      if (piece.typographic === null) return [h(tagName, { dataLabel }, [text(piece.text)])];
      const kinds = labels.list(piece.typographic.map((kind) => labels.kind[kind]));
      const marked = h(tagName, { className: ['typographic'], title: kinds, dataLabel }, [text(piece.text)]);
      // A typographic replacement is labelled once, after its new text.
      if (piece.kind === 'removed' && next?.kind === 'added' && next.typographic !== null) return [marked];
      return [marked, label(kinds, labels)];
    }
  }
}

/** A label of ours inside legal text, in the reviewer's language and marked so. */
function label(value: string, labels: Labels): Element {
  return h('sup', { className: ['label'], lang: LANGUAGE_TAGS[labels.language] }, [text(value)]);
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** A copy through JSON: the report is plain data, and data on a node must not share it. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

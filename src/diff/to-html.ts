/**
 * The report as a self-contained HTML review page: a summary, navigation by anchors, each
 * changed clause with its languages side by side and redlines in `<del>` and `<ins>`, and a
 * print stylesheet. One file, no external asset, no script: it reads the same opened from
 * disk, attached to an email or printed. All text is escaped.
 */
import { checkArguments } from '../util/arguments.js';
import { FORMAT_OPTIONS, REPORT } from './arguments.js';
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { escapeHtml } from '../util/escape-html.js';
import { comparedLine, labelsFor, type Labels, type UiLanguage } from './labels.js';
import { REVIEW_CSS } from './review-styles.js';
import { isShown } from './shown.js';
import type { ClauseDiff, EditionDiff, Segment, TextDiff, TranslationDiff } from './types.js';
import { displayLines } from './visible.js';

/** Options of {@link formatDiffHtml}. */
export interface HtmlFormatOptions {
  /**
   * The language of the page's own labels (headings, statuses, notes); the legal text is shown as published.
   * @default 'en'
   */
  uiLang?: UiLanguage | undefined;
}

/**
 * Writes a report as a self-contained HTML page for reviewers.
 *
 * @param report - From `diffEditions` or `diffCorpora`.
 * @param options - See {@link HtmlFormatOptions}.
 * @returns The page, `<!doctype html>` first, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatDiffHtml(report, { uiLang: 'zh' }).match(/<title>(.*)<\/title>/)[1];
 * //=> 'disclaimer 审阅：2003-04-15 → 2024-01-01'
 */
export function formatDiffHtml(report: EditionDiff, options: HtmlFormatOptions = {}): string {
  checkArguments('formatDiffHtml', ['report', report, REPORT], ['options', options, FORMAT_OPTIONS]);
  const uiLang = options.uiLang ?? 'en';
  const labels = labelsFor(uiLang);
  const governing = report.document.governingLanguage.to;
  const title = labels.title(report.document.id, report.from.edition, report.to.edition);
  const compared = comparedLine(report, labels);
  const changed = report.clauses.filter(isShown);
  const unchanged = report.clauses.filter((clause) => !isShown(clause));
  const editionParts = editionBody(report, labels);

  const nav = [
    `<li><a href="#summary">${escapeHtml(labels.summary)}</a></li>`,
    editionParts === '' ? '' : `<li><a href="#edition">${escapeHtml(labels.edition)}</a></li>`,
    ...changed.map(
      (clause) =>
        `<li><a href="#${anchor(clause.id)}">${escapeHtml(clause.id)}</a> ${badge(clause.status, labels.item[clause.status])}</li>`,
    ),
  ].filter(Boolean);

  const draft = (status: string) => (status === 'draft' ? ` (${labels.draft})` : '');
  const languageList = labels.list(
    report.languages.map((language) =>
      labels.aside(labels.languageName[language], labels.list(language === governing ? [language, labels.governing] : [language])),
    ),
  );

  const summary = [
    `<section id="summary" aria-labelledby="summary-heading">`,
    `<h2 id="summary-heading">${escapeHtml(labels.summary)}</h2>`,
    `<p>${escapeHtml(labels.overview(labels.counts(report.summary.clauses), labels.counts(report.summary.sections), report.summary.drift))}</p>`,
    report.identical ? `<p><strong>${escapeHtml(labels.noDifferences)}</strong></p>` : '',
    changed.length > 0 ? summaryTable(changed, report.languages, labels) : '',
    `<p class="legend"><del>${escapeHtml(labels.legendRemoved)}</del> <ins>${escapeHtml(labels.legendAdded)}</ins> · ${escapeHtml(labels.legendWhitespace)}</p>`,
    `</section>`,
  ];

  const body = [
    `<div class="page">`,
    `<nav aria-label="${escapeHtml(labels.contents)}"><h2>${escapeHtml(labels.contents)}</h2><ol>${nav.join('')}</ol></nav>`,
    `<main>`,
    `<header id="top"><h1>${escapeHtml(title)}</h1>`,
    compared === undefined ? '' : `<p class="compared">${escapeHtml(compared)}</p>`,
    `<p class="meta">${escapeHtml(`${report.from.edition}${draft(report.from.status)} → ${report.to.edition}${draft(report.to.status)} · ${labels.languages}${labels.colon}${languageList}`)}</p></header>`,
    ...summary,
    editionParts === '' ? '' : `<section id="edition" aria-labelledby="edition-heading"><h2 id="edition-heading">${escapeHtml(labels.edition)}</h2>${editionParts}</section>`,
    changed.length === 0
      ? ''
      : `<section id="clauses" aria-labelledby="clauses-heading"><h2 id="clauses-heading">${escapeHtml(labels.clauses)}</h2>${changed.map((clause) => clauseArticle(clause, report.languages, labels, governing)).join('\n')}</section>`,
    unchanged.length === 0
      ? ''
      : `<p class="unchanged-list">${escapeHtml(labels.unchangedClauses + labels.colon + labels.list(unchanged.map((clause) => clause.id)))}</p>`,
    `</main>`,
    `</div>`,
  ];

  return `<!doctype html>
<html lang="${LANGUAGE_TAGS[uiLang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="legal-clauses diff">
<title>${escapeHtml(title)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
${body.filter(Boolean).join('\n')}
</body>
</html>
`;
}

function summaryTable(clauses: readonly ClauseDiff[], languages: readonly Language[], labels: Labels): string {
  const head = [labels.clause, labels.status, ...languages.map((language) => labels.languageName[language]), labels.drift]
    .map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`)
    .join('');
  const rows = clauses.map((clause) => {
    const cells = [
      `<th scope="row"><a href="#${anchor(clause.id)}">${escapeHtml(clause.id)}</a></th>`,
      `<td>${badge(clause.status, labels.item[clause.status])}</td>`,
      ...clause.texts.map((text) => `<td>${badge(text.status, labels.text[text.status])}</td>`),
      `<td>${clause.drift ? `⚠ ${escapeHtml(clause.drift.changed.join(', '))}` : ''}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function editionBody(report: EditionDiff, labels: Labels): string {
  const parts: string[] = [];
  const { from, to } = report.document.governingLanguage;
  if (from !== to) parts.push(`<p><strong>${escapeHtml(labels.governingLanguage)}</strong>${escapeHtml(labels.colon)}${from ?? escapeHtml(labels.notDeclared)} → ${to ?? escapeHtml(labels.notDeclared)}</p>`);
  const fields = (name: string, texts: readonly TextDiff[], tag = 'h3') => {
    for (const text of texts) {
      if (text.status === 'unchanged' || text.status === 'absent') continue;
      parts.push(
        `<${tag}>${escapeHtml(labels.aside(name, text.language))} ${badge(text.status, labels.text[text.status])}</${tag}>`,
        redline(text.segments, text.language),
      );
    }
  };
  fields(labels.documentTitle, report.document.title);
  fields(labels.dateline, report.dateline);
  for (const section of report.sections) {
    if (section.status === 'unchanged') continue;
    parts.push(`<h3>${escapeHtml(`${labels.section} ${section.id}`)} ${badge(section.status, labels.item[section.status])}</h3>`);
    fields(labels.heading, section.headings, 'h4');
  }
  return parts.join('\n');
}

function clauseArticle(clause: ClauseDiff, languages: readonly Language[], labels: Labels, governing: Language | null): string {
  const notes: string[] = [];
  if (clause.moved && clause.from && clause.to) {
    notes.push(`<p>${escapeHtml(labels.moved(clause.from.section, clause.from.position, clause.to.section, clause.to.position))}</p>`);
  }
  if (clause.topics.from !== null && clause.topics.to !== null && clause.topics.from.join(", ") !== clause.topics.to.join(", ")) {
    notes.push(`<p>${escapeHtml(`${labels.topic}${labels.colon}${clause.topics.from.join(", ")} → ${clause.topics.to.join(", ")}`)}</p>`);
  }
  if (clause.drift) {
    notes.push(
      `<p class="drift" role="note">⚠ <strong>${escapeHtml(labels.drift)}</strong>${escapeHtml(labels.colon + labels.driftNote(clause.drift, governing))}</p>`,
    );
  }
  const columns = clause.texts.map((text) => translationColumn(text, labels)).join('');
  return [
    `<article id="${anchor(clause.id)}" class="clause ${clause.status}">`,
    `<h3><a href="#${anchor(clause.id)}">${escapeHtml(clause.id)}</a> ${badge(clause.status, labels.item[clause.status])}</h3>`,
    ...notes,
    `<div class="columns n${languages.length}">${columns}</div>`,
    `<p class="top"><a href="#top">↑ ${escapeHtml(labels.backToTop)}</a></p>`,
    `</article>`,
  ].join('\n');
}

function translationColumn(text: TranslationDiff, labels: Labels): string {
  const name = labels.aside(labels.languageName[text.language], labels.list(text.governing ? [text.language, labels.governing] : [text.language]));
  const body =
    text.status === 'absent' ? `<p class="absent">${escapeHtml(labels.text.absent)}</p>` : redline(text.segments, text.language);
  return `<section class="text"><h4>${escapeHtml(name)} ${badge(text.status, labels.text[text.status])}</h4>${body}</section>`;
}

/** A redline as paragraphs, in the language of its text so that browsers pick the right fonts. */
function redline(segments: readonly Segment[], language: Language): string {
  const paragraphs = displayLines(segments)
    .filter((line) => line.length > 0)
    .map((line) => `<p>${line.map(inline).join('')}</p>`);
  return `<div class="redline" lang="${LANGUAGE_TAGS[language]}">${paragraphs.join('')}</div>`;
}

function inline(segment: Segment): string {
  const text = escapeHtml(segment.value);
  if (segment.type === 'equal') return text;
  return segment.type === 'removed' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
}

function badge(status: string, label: string): string {
  return `<span class="badge ${escapeHtml(status)}">${escapeHtml(label)}</span>`;
}

function anchor(clauseId: string): string {
  return `clause-${encodeURIComponent(clauseId)}`;
}

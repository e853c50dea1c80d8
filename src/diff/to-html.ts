/**
 * The report as a self-contained HTML review page: a summary, navigation by anchors, each
 * changed clause with its languages side by side and redlines in `<del>` and `<ins>`, and a
 * print stylesheet. One file, no external asset, no script: it reads the same opened from
 * disk, attached to an email or printed. All text is escaped.
 */
import type { ElementContent } from 'hast';
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { checkArguments } from '../util/arguments.js';
import { escapeHtml } from '../util/escape-html.js';
import { hastToHtml } from '../util/hast-to-html.js';
import { FORMAT_OPTIONS, REPORT } from './arguments.js';
import { comparedLine, labelsFor, uiLanguageOf, type Labels, type UiLanguage } from './labels.js';
import { documentTitle } from './names.js';
import { REVIEW_CSS } from './review-styles.js';
import { isShown, isShownText } from './shown.js';
import { badge, clauseAnchor, clauseHast, clauseLabel, redlineHast } from './to-hast.js';
import type { ClauseDiff, EditionDiff, TextDiff } from './types.js';

/** Options of {@link formatDiffHtml}. */
export interface HtmlFormatOptions {
  /**
   * The language of the page's own labels (headings, statuses, notes); the legal text is shown
   * as published. `'en'`, `'zh'`, or a reviewer's BCP 47 tag (`'zh-CN'`), matched as every
   * language option is.
   * @default 'en'
   */
  uiLang?: UiLanguage | (string & {}) | undefined;
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
 * //=> '免责声明 审阅：2003-04-15 → 2024-01-01'
 */
export function formatDiffHtml(report: EditionDiff, options: HtmlFormatOptions = {}): string {
  checkArguments('formatDiffHtml', ['report', report, REPORT], ['options', options, FORMAT_OPTIONS]);
  const uiLang = uiLanguageOf(options.uiLang);
  const labels = labelsFor(uiLang);
  const governing = report.document.governingLanguage.to;
  // The document's title in the reviewer's language (免责声明), its id where it has none in it.
  const title = labels.title(documentTitle(report, uiLang) ?? report.document.id, report.from.edition, report.to.edition);
  const compared = comparedLine(report, labels);
  const ignore = report.ignore;
  const changed = report.clauses.filter((clause) => isShown(clause, ignore));
  const unchanged = report.clauses.filter((clause) => !isShown(clause, ignore));
  const editionParts = editionBody(report, labels);

  const nav = [
    `<li><a href="#summary">${escapeHtml(labels.summary)}</a></li>`,
    editionParts === '' ? '' : `<li><a href="#edition">${escapeHtml(labels.edition)}</a></li>`,
    ...changed.map((clause) => `<li><a href="#${clauseAnchor(clause.id)}">${inline(clauseLabel(clause, uiLang))}</a> ${hastToHtml(badge(clause.status, labels.item[clause.status]))}</li>`),
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
    `<p>${escapeHtml(labels.overview(labels.counts(report.summary.clauses), labels.counts(report.summary.sections), report.summary.drift))} ${escapeHtml(labels.changeCounts(report.summary.change))}</p>`,
    ignore.length > 0 ? `<p>${escapeHtml(labels.ignoring(ignore))}</p>` : '',
    report.identical ? `<p><strong>${escapeHtml(labels.noDifferences)}</strong></p>` : '',
    changed.length > 0 ? summaryTable(changed, report.languages, labels, uiLang) : '',
    `<p class="legend"><del>${escapeHtml(labels.legendRemoved)}</del> <ins>${escapeHtml(labels.legendAdded)}</ins> · ${escapeHtml(labels.legendWhitespace)} <del class="typographic">${escapeHtml(labels.change.typographic)}</del> ${escapeHtml(labels.legendTypographic)} ${escapeHtml(labels.legendMoved)}</p>`,
    `</section>`,
  ];

  const backToTop = `<p class="top"><a href="#top">↑ ${escapeHtml(labels.backToTop)}</a></p>`;
  const articles = changed.map((clause) => hastToHtml(clauseHast(clause, report, labels, uiLang, 3)).replace(/<\/article>$/, `${backToTop}</article>`));
  const body = [
    // The title first: a banner before the contents, so the outline starts at the h1.
    `<header id="top" class="page-header"><h1>${escapeHtml(title)}</h1>`,
    compared === undefined ? '' : `<p class="compared">${escapeHtml(compared)}</p>`,
    `<p class="meta">${escapeHtml(`${report.from.edition}${draft(report.from.status)} → ${report.to.edition}${draft(report.to.status)} · ${labels.languages}${labels.colon}${languageList}`)}</p></header>`,
    `<div class="page">`,
    `<nav aria-label="${escapeHtml(labels.contents)}"><h2>${escapeHtml(labels.contents)}</h2><ol>${nav.join('')}</ol></nav>`,
    `<main>`,
    ...summary,
    editionParts === '' ? '' : `<section id="edition" aria-labelledby="edition-heading"><h2 id="edition-heading">${escapeHtml(labels.edition)}</h2>${editionParts}</section>`,
    changed.length === 0
      ? ''
      : `<section id="clauses" aria-labelledby="clauses-heading"><h2 id="clauses-heading">${escapeHtml(labels.clauses)}</h2>${articles.join('\n')}</section>`,
    unchanged.length === 0
      ? ''
      : `<p class="unchanged-list">${escapeHtml(labels.unchangedClauses + labels.colon)}${unchanged.map((clause) => `<code lang="en">${escapeHtml(clause.id)}</code>`).join(escapeHtml(labels.list(['', ''])))}</p>`,
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

function summaryTable(clauses: readonly ClauseDiff[], languages: readonly Language[], labels: Labels, uiLang: UiLanguage): string {
  const head = [labels.clause, labels.status, labels.departures.change, ...languages.map((language) => labels.languageName[language]), labels.drift]
    .map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`)
    .join('');
  const rows = clauses.map((clause) => {
    const cells = [
      `<th scope="row"><a href="#${clauseAnchor(clause.id)}">${inline(clauseLabel(clause, uiLang))}</a></th>`,
      `<td>${hastToHtml(badge(clause.status, labels.item[clause.status]))}</td>`,
      `<td>${hastToHtml(badge(clause.change, labels.change[clause.change]))}</td>`,
      ...clause.texts.map((text) => `<td>${hastToHtml(badge(text.status, labels.text[text.status]))}</td>`),
      `<td>${clause.drift ? `⚠ ${escapeHtml(clause.drift.changed.join(', '))}` : ''}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  // A data table keeps its columns on a phone and scrolls in its own region, which keyboards can focus.
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(labels.summary + labels.colon + labels.clauses)}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function editionBody(report: EditionDiff, labels: Labels): string {
  const parts: string[] = [];
  const { from, to } = report.document.governingLanguage;
  if (from !== to) parts.push(`<p><strong>${escapeHtml(labels.governingLanguage)}</strong>${escapeHtml(labels.colon)}${from ?? escapeHtml(labels.notDeclared)} → ${to ?? escapeHtml(labels.notDeclared)}</p>`);
  const fields = (name: string, texts: readonly TextDiff[], tag = 'h3') => {
    for (const text of texts) {
      if (!isShownText(text, report.ignore)) continue;
      parts.push(
        `<${tag}>${escapeHtml(labels.aside(name, text.language))} ${hastToHtml(badge(text.status, labels.text[text.status]))}</${tag}>`,
        hastToHtml(redlineHast(text.segments, text.language, labels, report.ignore)),
      );
    }
  };
  fields(labels.documentTitle, report.document.title);
  fields(labels.editionTitle, report.editionTitle);
  fields(labels.dateline, report.dateline);
  for (const section of report.sections) {
    if (section.status === 'unchanged') continue;
    parts.push(`<h3>${escapeHtml(`${labels.section} ${section.id}`)} ${hastToHtml(badge(section.status, labels.item[section.status]))}</h3>`);
    fields(labels.heading, section.headings, 'h4');
  }
  return parts.join('\n');
}

function inline(children: ElementContent[]): string {
  return hastToHtml({ type: 'root', children });
}

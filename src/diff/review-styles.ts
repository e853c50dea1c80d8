/**
 * The stylesheet of a redline (`formatDiffHast`, and the review page): removed text struck
 * through on red, added text underlined on green — the lines carry the meaning in black and
 * white and for colour-blind readers, the colours only help — and each change's `data-label`
 * ("removed", "删除") read out to screen readers before it, visually hidden, since most do not
 * announce `<del>` and `<ins>`. Typographic changes are dotted on amber, moved text on violet;
 * their labels (the kinds of change, the number of a move) are small `<sup class="label">` text. Scoped to `.redline`; add it to an app that shows redlines.
 *
 * @example
 * REDLINE_CSS.includes('attr(data-label)');
 * //=> true
 */
export const REDLINE_CSS = `.redline del { background: #ffebe9; color: #82071e; text-decoration: line-through; text-decoration-thickness: 1px; }
.redline ins { background: #dafbe1; color: #116329; text-decoration: underline; text-underline-offset: 0.2em; }
.redline :is(del, ins).typographic { background: #fff1c2; color: #6b4400; text-decoration-style: dotted; }
.redline :is(del, ins).moved { background: #f0e6ff; color: #5a2a9e; }
.redline sup.label { font-size: 0.7em; color: #59636e; margin: 0 0.15em; }
.redline :is(del, ins)[data-label]::before { content: "[" attr(data-label) ": "; }
.redline :is(del, ins)[data-label]::after { content: "]"; }
.redline :is(del, ins)[data-label]::before, .redline :is(del, ins)[data-label]::after { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { .redline :is(del, ins) { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

/**
 * The stylesheet of the HTML review page, inlined so that the page has no external asset (it
 * includes {@link REDLINE_CSS}). The print rules drop the navigation and keep each clause on
 * one page where it fits. On a phone everything stacks and long words and ids wrap, so that
 * the page is never wider than the screen; the summary table, a data table, keeps its columns
 * and scrolls sideways in its own focusable region (WCAG's reflow criterion exempts data tables).
 *
 * @example
 * REVIEW_CSS.includes('@media print');
 * //=> true
 */
export const REVIEW_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329; --warn-bg: #fff8c5; --warn-line: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #fff; font: 16px/1.7 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; overflow-wrap: break-word; }
.page-header { max-width: 90rem; margin: 0 auto; padding: 1.5rem 2rem 0; }
.page { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 2rem; max-width: 90rem; margin: 0 auto; padding: 0 2rem 1.5rem; }
nav { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: 0.9rem; }
nav ol { list-style: none; margin: 0; padding: 0; }
nav li { margin: 0.2rem 0; }
nav a { color: inherit; }
main { min-width: 0; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
h4 { font-size: 0.95rem; margin: 0 0 0.4rem; color: var(--muted); font-weight: 600; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.clause-name { font-weight: inherit; }
.meta, .compared, .legend, .unchanged-list { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
.table-scroll { overflow-x: auto; }
.table-scroll:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
th { background: #f6f8fa; }
.badge { display: inline-block; white-space: nowrap; padding: 0 0.5rem; border-radius: 1rem; font-size: 0.8rem; font-weight: 600; border: 1px solid var(--line); color: var(--muted); vertical-align: middle; }
.badge.changed, .badge.moved { border-color: #8a5c00; color: #7a5100; }
.badge.added, .badge.newly-translated { border-color: var(--ins-fg); color: var(--ins-fg); }
.badge.removed, .badge.translation-withdrawn { border-color: var(--del-fg); color: var(--del-fg); }
article { border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; margin: 0 0 1.25rem; scroll-margin-top: 1rem; }
article:target { outline: 3px solid #0969da; }
.columns { display: grid; gap: 1.5rem; }
.columns.n2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.columns.n3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.redline { margin: 0 0 1rem; }
.redline p { margin: 0 0 0.8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.redline p:last-child { margin-bottom: 0; }
.absent { color: var(--muted); font-style: italic; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-thickness: 1px; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-underline-offset: 0.2em; }
${REDLINE_CSS}.legend del.typographic { background: #fff1c2; color: #6b4400; text-decoration-style: dotted; }
table.departures { margin: 0.5rem 0 0.75rem; font-size: 0.85rem; }
table.departures caption { text-align: left; font-weight: 600; color: var(--muted); }
.badge.substantive { border-color: var(--del-fg); color: var(--del-fg); }
.badge.typographic { border-color: #7d4e00; color: #7d4e00; }
.drift { background: var(--warn-bg); border-left: 4px solid var(--warn-line); padding: 0.4rem 0.8rem; margin: 0 0 0.8rem; }
.top { font-size: 0.85rem; }
[lang|="zh"] .redline, .redline[lang|="zh"] { line-height: 1.9; }
@media (max-width: 60rem) { .page { grid-template-columns: minmax(0, 1fr); } nav { position: static; max-height: none; } .columns.n2, .columns.n3 { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 30rem) { .page-header, .page { padding-left: 0.75rem; padding-right: 0.75rem; } article { padding: 0.75rem; } th, td { padding: 0.25rem 0.35rem; } table { font-size: 0.85rem; } .table-scroll table { min-width: 34rem; } }
@media print {
  body { font-size: 10.5pt; }
  .page-header, .page { display: block; max-width: none; padding: 0; }
  nav, .top { display: none; }
  article { break-inside: avoid; border-color: #999; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  del, ins, .drift, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .columns.n2 { grid-template-columns: 1fr 1fr; }
}
`;

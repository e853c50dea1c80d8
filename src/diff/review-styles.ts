/**
 * The stylesheet of the HTML review page, inlined so that the page has no external asset. Red
 * struck-through and green underlined text survive black-and-white printing (the lines carry
 * the meaning, the colours only help); the print rules drop the navigation and keep each clause
 * on one page where it fits.
 *
 * @example
 * REVIEW_CSS.includes('@media print');
 * //=> true
 */
export const REVIEW_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329; --warn-bg: #fff8c5; --warn-line: #d4a72c; --typo-bg: #fff1c2; --typo-fg: #6b4400; --move-bg: #f0e6ff; --move-fg: #5a2a9e; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #fff; font: 16px/1.7 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; }
.page { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 2rem; max-width: 90rem; margin: 0 auto; padding: 1.5rem 2rem; }
nav { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: 0.9rem; }
nav ol { list-style: none; margin: 0; padding: 0; }
nav li { margin: 0.2rem 0; }
nav a { color: inherit; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
h4 { font-size: 0.95rem; margin: 0 0 0.4rem; color: var(--muted); font-weight: 600; }
.meta, .legend, .unchanged-list { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.badge { display: inline-block; padding: 0 0.5rem; border-radius: 1rem; font-size: 0.8rem; font-weight: 600; border: 1px solid var(--line); color: var(--muted); vertical-align: middle; }
.badge.changed, .badge.moved { border-color: #9a6700; color: #9a6700; }
.badge.added, .badge.newly-translated { border-color: var(--ins-fg); color: var(--ins-fg); }
.badge.removed, .badge.translation-withdrawn { border-color: var(--del-fg); color: var(--del-fg); }
article { border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; margin: 0 0 1.25rem; scroll-margin-top: 1rem; }
article:target { outline: 3px solid #0969da; }
.columns { display: grid; gap: 1.5rem; }
.columns.n2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.redline { margin: 0 0 1rem; }
.redline p { margin: 0 0 0.8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.redline p:last-child { margin-bottom: 0; }
.absent { color: var(--muted); font-style: italic; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-thickness: 1px; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-underline-offset: 0.2em; }
del.typographic, ins.typographic { background: var(--typo-bg); color: var(--typo-fg); text-decoration-style: dotted; }
del.moved, ins.moved { background: var(--move-bg); color: var(--move-fg); }
sup.label { font-size: 0.7em; color: var(--muted); margin: 0 0.15em; }
table.departures { margin: 0.5rem 0 0.75rem; font-size: 0.85rem; }
table.departures caption { text-align: left; font-weight: 600; color: var(--muted); }
.badge.substantive { border-color: var(--del-fg); color: var(--del-fg); }
.badge.typographic { border-color: #7d4e00; color: #7d4e00; }
.drift { background: var(--warn-bg); border-left: 4px solid var(--warn-line); padding: 0.4rem 0.8rem; margin: 0 0 0.8rem; }
.top { font-size: 0.85rem; }
[lang|="zh"] .redline, .redline[lang|="zh"] { line-height: 1.9; }
@media (max-width: 60rem) { .page { grid-template-columns: 1fr; } nav { position: static; max-height: none; } .columns.n2 { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 10.5pt; }
  .page { display: block; max-width: none; padding: 0; }
  nav, .top { display: none; }
  article { break-inside: avoid; border-color: #999; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  del, ins, .drift, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .columns.n2 { grid-template-columns: 1fr 1fr; }
}
`;

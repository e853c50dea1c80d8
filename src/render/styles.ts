/**
 * The stylesheet the HTML fragment is designed for. Everything is scoped to `.legal-document`,
 * so it can be added to any page. Text keeps its published spacing (`white-space: pre-wrap`):
 * the stray spaces of the source are part of the text and stay visible.
 *
 * Chinese fonts go to elements whose own `lang` attribute is Chinese (every element that holds
 * text has one), never through `:lang(zh)`: that also matches the wrappers of a page whose
 * `<html lang>` is Chinese, and the English text inside them inherited the Chinese font list.
 * Text in another language inside Chinese text (a span, a quoted notice) gets
 * `--legal-latin-font` (default: the system UI font).
 *
 * @example
 * const page = `<style>${HTML_CSS}</style>${toHtml(buildTree())}`;
 * HTML_CSS.includes('@media print');
 * //=> true
 */
export const HTML_CSS = `.legal-document { line-height: 1.65; }
.legal-document [lang|="zh"] { font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; line-height: 1.85; }
.legal-document [lang^="zh-Hant"] { font-family: "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "WenQuanYi Zen Hei", sans-serif; }
.legal-document [lang|="zh"] [lang]:not([lang|="zh"]) { font-family: var(--legal-latin-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif); line-height: 1.65; }
.legal-document :is(h1, h2, h3, p, li) { white-space: pre-wrap; overflow-wrap: break-word; }
.legal-document pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }
.legal-document h1 { font-size: 1.6em; margin: 0 0 0.2em; }
.legal-document h1.legal-catalogue { font-size: 1.2em; margin: 0 0 0.6em; }
.legal-document h2 { font-size: 1.15em; margin: 1.6em 0 0.6em; }
.legal-document h3 { font-size: 1em; margin: 1em 0 0.5em; }
.legal-document p { margin: 0 0 0.9em; }
.legal-frame { border-bottom: 1px solid currentColor; margin-bottom: 1.5em; padding-bottom: 0.5em; }
.legal-release { opacity: 0.8; }
.legal-list { list-style: none; margin: 0; padding: 0; }
.legal-list li { margin: 0 0 0.9em; }
.legal-notes { font-style: italic; opacity: 0.8; border-inline-start: 3px solid currentColor; padding-inline-start: 0.6em; margin: 0 0 0.9em; }
.legal-document .legal-note { margin: 0; }
.legal-columns-2 .legal-clause { margin-bottom: 1.6em; }
@media (min-width: 48em) {
  .legal-columns-2 .legal-row { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 2.5em; }
  .legal-columns-2 .legal-col-1 { grid-column: 1; }
  .legal-columns-2 .legal-col-2 { grid-column: 2; }
  .legal-columns-2 .legal-clause { margin-bottom: 0.6em; }
}
@media print {
  .legal-columns-2 .legal-row { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 1.5em; }
  .legal-columns-2 .legal-col-1 { grid-column: 1; }
  .legal-columns-2 .legal-col-2 { grid-column: 2; }
  .legal-clause { break-inside: avoid; }
  .legal-document h2 { break-after: avoid; }
  .legal-columns-2 .legal-clause { margin-bottom: 0.6em; }
  .legal-notes, .legal-release { opacity: 1; }
}
`;

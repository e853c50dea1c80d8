/**
 * The standalone HTML page: the fragment of `toHtml` with the stylesheet, a title, and a
 * Content-Security-Policy that allows no script, no fetch and no image, so the page stays inert
 * even if a corpus were to carry hostile text (which escaping already neutralises).
 */
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { LANGUAGE_TAGS } from '../model/constants.js';
import { escapeHtml } from '../util/escape-html.js';
import type { SerializeOptions } from './options.js';
import { HTML_CSS } from './styles.js';
import { htmlOf } from './to-html.js';
import type { DocumentNode } from './types.js';

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('html');

/** Page-level rules: a readable measure on screen, the full width of the paper in print. */
const PAGE_CSS = `:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 46em; padding: 2em 1.25em; font: 1rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body.legal-page-columns-2 { max-width: 80em; }
@media print { body, body.legal-page-columns-2 { max-width: none; padding: 0; font-size: 10.5pt; } }
`;

/**
 * Writes a tree as a complete HTML page (UTF-8, `<html lang>` of the first language, a
 * viewport for phones, the stylesheet inline, the document in `<main>`, and always an `<h1>`:
 * the published title, or where the edition printed none the catalogue entry, which says that
 * it is not published text, even with `frame: false`) that reads well on screen and in print: two
 * columns for two languages on a wide screen and on paper, stacked on a narrow screen. It
 * needs no JavaScript and its Content-Security-Policy forbids any.
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame (the page's `<title>` names the document either way).
 * @returns The page, ending with a newline.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md): a depth, language, status, style or topic it cannot hold, a node where its parent cannot have one, a field of the wrong kind, or more than 64 levels; or `options` is of the wrong kind.
 * @throws {UnknownNodeError} When the tree holds a node of a type the HTML serialiser does not know.
 * @example
 * toHtmlPage(buildTree({ lang: 'zh' })).split('\n').slice(0, 2);
 * //=> ['<!doctype html>', '<html lang="zh-Hans">']
 */
export function toHtmlPage(tree: DocumentNode, options: SerializeOptions = {}): string {
  checkArguments('toHtmlPage', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  // A page always has an <h1>: without a published title line, the catalogue entry (marked as such) is it.
  const body = htmlOf(tree, options.frame ?? true, true);
  const lang = tree.languages[0] ?? tree.governingLanguage ?? 'en';
  const edition = tree.children.find((child) => child.type === 'edition');
  // The catalogue title names the page in every case: a tab title is the library's label, like the frame.
  const titles = edition ? tree.languages.map((language) => edition.catalogueTitle[language]).filter((title) => title !== undefined) : [];
  const title = `${titles.join(' / ')}${edition ? ` (${edition.id})` : ''}`;
  return `<!doctype html>
<html lang="${LANGUAGE_TAGS[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
${PAGE_CSS}${HTML_CSS}</style>
</head>
<body class="legal-page legal-page-columns-${tree.languages.length}">
<main>
${body}</main>
</body>
</html>
`;
}

/**
 * The HTML serialiser: an `<article>` fragment to put in a page. Every piece of text is escaped,
 * every element that carries text has its own `lang`, each clause has an anchor that is the same
 * in every language (`id="image-use"`), and languages sit in columns (`legal-col-N`) that the
 * stylesheet `HTML_CSS` lays side by side on wide screens and stacks on narrow ones.
 */
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { escapeHtml } from '../util/escape-html.js';
import { createSerializer, type Handlers, type Walker } from './dispatch.js';
import { inLang, within } from './lang-scope.js';
import { catalogueLabel, fallbackNote, missingNote, noteLanguages, omittedNotes } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode, Node } from './types.js';

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('html');

interface HtmlState {
  frame: boolean;
  /** Whether to write the catalogue entry as the heading even without the frame, when the edition printed no title (a page). */
  heading: boolean;
  /** Whether the edition printed a title line (depth-1 headings); set from the document. */
  titled: boolean;
  /** The document being written, for the notes of the frame; set from the document. */
  root: DocumentNode | null;
  languages: readonly Language[];
  governingLanguage: Language | null;
  /** The language of the text being written, set by the translation (or block) around it. */
  lang: string;
}

const handlers: Handlers<string, HtmlState> = {
  document(node, state) {
    state.languages = node.languages;
    state.governingLanguage = node.governingLanguage;
    state.root = node;
    state.titled = node.children.some((child) => child.type === 'heading');
    let catalogue = '';
    let titles = '';
    let datelines = '';
    let sections = '';
    let edition = '';
    for (const child of node.children) {
      if (child.type === 'edition') {
        edition = ` data-edition="${escapeHtml(child.id)}"`;
        if (state.frame || (state.heading && !state.titled)) catalogue = state.one(child);
      } else if (child.type === 'section') sections += state.one(child);
      else if (child.type === 'heading') titles += state.one(child);
      else datelines += state.one(child);
    }
    const front = titles === '' && datelines === '' ? '' : `${row('legal-titles', titles)}${row('legal-datelines', datelines)}`;
    const header = catalogue === '' && front === '' ? '' : `<header class="legal-frame">\n${catalogue}${front}</header>\n`;
    const open = `<article class="legal-document legal-columns-${node.languages.length}" data-document="${escapeHtml(node.id)}"${edition}>`;
    return `${open}\n${header}${sections}</article>\n`;
  },
  // The catalogue entry: the library's words, in their own box and class, never styled as the text.
  // Where the edition printed no title line it is the document's heading, since a page needs
  // one and this is the only honest one: it says, in its own words, that it is not published text.
  edition: (node, state) => {
    const tag = state.titled ? 'p' : 'h1';
    const lines = state.languages.map(
      (lang) =>
        `<${tag} class="legal-catalogue legal-col-${column(lang, state)}"${langOf(lang)}>${escapeHtml(catalogueLabel(node, state.governingLanguage, lang))}</${tag}>`,
    );
    const omitted = state.frame && state.root !== null ? omittedNotes(state.root, node) : [];
    return `<div class="legal-row legal-catalogue-entry">${lines.join('')}</div>\n${omitted.length === 0 ? '' : `${notes(omitted, 'legal-notes legal-omitted')}\n`}`;
  },
  heading: (node, state) =>
    within(
      state,
      LANGUAGE_TAGS[node.lang],
      () => `<h${node.depth} class="legal-heading legal-col-${column(node.lang, state)}"${langOf(node.lang)}>${inner(node, state)}</h${node.depth}>`,
    ),
  dateline: (node, state) =>
    `<p class="legal-dateline legal-col-${column(node.lang, state)}"${langOf(node.lang)}>${inner(node, state)}</p>`,
  section(node, state) {
    let headings = '';
    let clauses = '';
    for (const child of node.children) {
      if (child.type === 'heading') headings += state.one(child);
      else clauses += state.one(child);
    }
    return `<section class="legal-section" id="${escapeHtml(node.anchor)}">\n${row('legal-headings', headings)}${clauses}</section>\n`;
  },
  clause: (node, state) =>
    `<div class="legal-clause legal-row" id="${escapeHtml(node.anchor)}"${node.number === undefined ? '' : ` data-number="${escapeHtml(node.number)}"`} data-topic="${escapeHtml(node.topics.join(' '))}">${inner(node, state)}</div>\n`,
  translation(node, state) {
    const requested = node.fallbackFor;
    const body = within(state, LANGUAGE_TAGS[node.lang], () => inner(node, state));
    const note = requested === undefined ? '' : notes(noteLanguages(state.languages, node.lang).map((lang) => [lang, fallbackNote(requested, node.lang, lang)]));
    const kind = requested === undefined ? 'legal-text' : 'legal-text legal-fallback';
    return `<div class="${kind} legal-col-${column(requested ?? node.lang, state)}"${langOf(node.lang)}>${note}${body}</div>`;
  },
  missing: (node, state) =>
    `<div class="legal-missing legal-col-${column(node.lang, state)}">${notes(state.languages.map((lang) => [lang, missingNote(node.lang, lang)]))}</div>`,
  paragraph: (node, state) => inLang(node.lang, state, (lang) => `<p${tagAttribute(lang)}>${inner(node, state)}</p>`),
  list: (node, state) =>
    inLang(node.lang, state, (lang) => `<ol class="legal-list legal-list-${escapeHtml(node.style)}"${tagAttribute(lang)}>${inner(node, state)}</ol>`),
  // The marker is text, as published: a CSS counter would renumber it. The item's first
  // paragraph runs on after the marker; the blocks that continue the item follow it.
  listItem(node, state) {
    const [first, ...rest] = node.children;
    const lead = first?.type === 'paragraph' && first.lang === undefined ? inner(first, state) : first ? state.one(first) : '';
    let more = '';
    for (const child of rest) more += state.one(child);
    const lang = tagAttribute(state.lang);
    return `<li${lang}><span class="legal-marker"${lang}>${escapeHtml(node.marker)}</span>${escapeHtml(node.separator)}${lead}${more}</li>`;
  },
  preformatted: (node, state) => inLang(node.lang, state, (lang) => `<pre class="legal-preformatted"${tagAttribute(lang)}>${inner(node, state)}</pre>`),
  span: (node, state) => inLang(node.lang, state, (lang) => `<span${tagAttribute(lang)}>${inner(node, state)}</span>`),
  text: (node) => escapeHtml(node.value),
};

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeHtml = /* @__PURE__ */ createSerializer<string, HtmlState>('html', handlers);

/**
 * Writes a tree as an HTML fragment: one `<article class="legal-document">` holding a
 * `<header>` with the catalogue entry (unless `frame: false`; class `legal-catalogue`, marked
 * as not published text) and the published title (`<h1>`) and dateline, then a
 * `<section id="section--…">` per section with its `<h2>` headings, and per clause a
 * `<div id="<clause-id>">` with one column per language (clause headings as `<h2>`/`<h3>`,
 * preformatted text as `<pre>`). Every text is escaped with `escapeHtml`; `lang` (`zh-Hans`,
 * `zh-Hant`, `en`, or a block's or span's own tag) is on every element that carries text. No
 * script, no inline style: style it with `HTML_CSS` or your own rules (see docs/rendering.md).
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame.
 * @returns The fragment, ending with a newline.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md): a depth, language, status, style or topic it cannot hold, a node where its parent cannot have one, a field of the wrong kind, or more than 64 levels; or `options` is of the wrong kind.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @example
 * toHtml(buildTree({ lang: 'en' })).match(/<div class="legal-clause[^>]*id="image-use"[^>]*>/)?.[0];
 * //=> '<div class="legal-clause legal-row" id="image-use" data-topic="intellectual-property">'
 * toHtml(buildTree({ lang: ['zh', 'en'] }), { frame: false }).includes('<p class="legal-note" lang="en">Not published in Chinese in this edition</p>');
 * //=> true
 */
export function toHtml(tree: DocumentNode, options: SerializeOptions = {}): string {
  checkArguments('toHtml', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  return htmlOf(tree, options.frame ?? true, false);
}

/**
 * The fragment, for `toHtml` and the page: `heading` writes the catalogue entry as the heading
 * even without the frame when the edition printed no title, because a page needs an `<h1>`.
 *
 * @param tree - A tree from `buildTree`.
 * @param frame - Whether to write the frame.
 * @param heading - Whether the fragment must have a heading whatever the frame.
 * @returns The fragment.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know
 *   (callers check the tree first, with the rule of check-tree.ts).
 * @example
 * htmlOf(buildTree({ lang: 'en' }), false, true).includes('<h1 class="legal-catalogue');
 * //=> true
 */
export function htmlOf(tree: DocumentNode, frame: boolean, heading: boolean): string {
  const lang = LANGUAGE_TAGS[tree.languages?.[0] ?? 'zh'];
  return writeHtml(tree, { frame, heading, titled: false, root: null, languages: [], governingLanguage: null, lang });
}

/** A row of parallel headings, one column per language; nothing when there are none. */
function row(kind: string, headings: string): string {
  return headings === '' ? '' : `<div class="legal-row ${kind}">${headings}</div>\n`;
}

/** A note in several languages: interface labels, not legal text, so they get their own box. */
function notes(lines: readonly (readonly [Language, string])[], kind = 'legal-notes'): string {
  return `<div class="${kind}">${lines.map(([lang, text]) => `<p class="legal-note"${langOf(lang)}>${escapeHtml(text)}</p>`).join('')}</div>`;
}

/** The 1-based column of a language; a language outside the output (a fallback) takes the first. */
function column(lang: Language, state: HtmlState): number {
  return Math.max(0, state.languages.indexOf(lang)) + 1;
}

/** The ` lang="…"` attribute of a corpus language, with its leading space. */
function langOf(lang: Language): string {
  return tagAttribute(LANGUAGE_TAGS[lang]);
}

/** The ` lang="…"` attribute of a BCP 47 tag, with its leading space. */
function tagAttribute(tag: string): string {
  return ` lang="${escapeHtml(tag)}"`;
}

/** The HTML of a node's children, in order. Concatenation, not join: V8 builds ropes and copies once. */
function inner(node: { children: readonly Node[] }, state: Walker<string>): string {
  let html = '';
  for (const child of node.children) html += state.one(child);
  return html;
}

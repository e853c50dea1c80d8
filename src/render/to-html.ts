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
import { fallbackNote, formatReleaseDate, missingNote, noteLanguages, releasedLabel } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode, Node } from './types.js';

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('html');

interface HtmlState {
  frame: boolean;
  languages: readonly Language[];
  /** The language of the text being written, set by the translation around it. */
  lang: Language;
}

const handlers: Handlers<string, HtmlState> = {
  document(node, state) {
    state.languages = node.languages;
    let titles = '';
    let releases = '';
    let sections = '';
    let edition = '';
    for (const child of node.children) {
      if (child.type === 'edition') edition = ` data-edition="${escapeHtml(child.id)}"`;
      if (child.type === 'section') sections += state.one(child);
      else if (state.frame && child.type === 'heading') titles += state.one(child);
      else if (state.frame) releases += state.one(child);
    }
    const frame = state.frame ? `<header class="legal-frame">\n${row('legal-titles', titles)}${releases}</header>\n` : '';
    const open = `<article class="legal-document legal-columns-${node.languages.length}" data-document="${escapeHtml(node.id)}"${edition}>`;
    return `${open}\n${frame}${sections}</article>\n`;
  },
  heading: (node, state) =>
    `<h${node.depth} class="legal-heading legal-col-${column(node.lang, state)}"${langOf(node.lang)}>${inner(node, state)}</h${node.depth}>`,
  edition: (node, state) => {
    const lines = state.languages.map(
      (lang) =>
        `<p class="legal-release legal-col-${column(lang, state)}"${langOf(lang)}>${escapeHtml(releasedLabel(lang))}<time datetime="${escapeHtml(node.date)}"${langOf(lang)}>${escapeHtml(formatReleaseDate(node.date, lang))}</time></p>`,
    );
    return `<div class="legal-row legal-releases">${lines.join('')}</div>\n`;
  },
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
    `<div class="legal-clause legal-row" id="${escapeHtml(node.anchor)}" data-topic="${escapeHtml(node.topic)}">${inner(node, state)}</div>\n`,
  translation(node, state) {
    const requested = node.fallbackFor;
    const outer = state.lang;
    state.lang = node.lang;
    const body = inner(node, state);
    state.lang = outer;
    const note = requested === undefined ? '' : notes(noteLanguages(state.languages, node.lang).map((lang) => [lang, fallbackNote(requested, node.lang, lang)]));
    const kind = requested === undefined ? 'legal-text' : 'legal-text legal-fallback';
    return `<div class="${kind} legal-col-${column(requested ?? node.lang, state)}"${langOf(node.lang)}>${note}${body}</div>`;
  },
  missing: (node, state) =>
    `<div class="legal-missing legal-col-${column(node.lang, state)}">${notes(state.languages.map((lang) => [lang, missingNote(node.lang, lang)]))}</div>`,
  paragraph: (node, state) => `<p${langOf(state.lang)}>${inner(node, state)}</p>`,
  list: (node, state) => `<ol class="legal-list legal-list-${escapeHtml(node.style)}"${langOf(state.lang)}>${inner(node, state)}</ol>`,
  // The marker is text, as published: a CSS counter would renumber it.
  listItem: (node, state) =>
    `<li${langOf(state.lang)}><span class="legal-marker"${langOf(state.lang)}>${escapeHtml(node.marker)}</span> ${inner(node, state)}</li>`,
  text: (node) => escapeHtml(node.value),
};

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeHtml = /* @__PURE__ */ createSerializer<string, HtmlState>('html', handlers);

/**
 * Writes a tree as an HTML fragment: one `<article class="legal-document">` holding the frame
 * (`<header>` with the title as `<h1>` and the release date as `<time>`) unless `frame: false`,
 * then a `<section id="section--…">` per section with its `<h2>` headings, and per clause a
 * `<div id="<clause-id>">` with one column per language. Every text is escaped with
 * `escapeHtml`; `lang` (`zh-Hans`, `en`) is on every element that carries text. No script, no
 * inline style: style it with `HTML_CSS` or your own rules (see docs/rendering.md).
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
  return writeHtml(tree, { frame: options.frame ?? true, languages: [], lang: tree.languages?.[0] ?? 'zh' });
}

/** A row of parallel headings, one column per language; nothing when there are none. */
function row(kind: string, headings: string): string {
  return headings === '' ? '' : `<div class="legal-row ${kind}">${headings}</div>\n`;
}

/** A note in several languages: interface labels, not legal text, so they get their own box. */
function notes(lines: readonly (readonly [Language, string])[]): string {
  return `<div class="legal-notes">${lines.map(([lang, text]) => `<p class="legal-note"${langOf(lang)}>${escapeHtml(text)}</p>`).join('')}</div>`;
}

/** The 1-based column of a language; a language outside the output (a fallback) takes the first. */
function column(lang: Language, state: HtmlState): number {
  return Math.max(0, state.languages.indexOf(lang)) + 1;
}

const LANG_ATTRIBUTES: Readonly<Record<Language, string>> = { zh: ` lang="${LANGUAGE_TAGS.zh}"`, en: ` lang="${LANGUAGE_TAGS.en}"` };

/** The ` lang="…"` attribute of a language, with its leading space. */
function langOf(lang: Language): string {
  return LANG_ATTRIBUTES[lang];
}

/** The HTML of a node's children, in order. Concatenation, not join: V8 builds ropes and copies once. */
function inner(node: { children: readonly Node[] }, state: Walker<string>): string {
  let html = '';
  for (const child of node.children) html += state.one(child);
  return html;
}

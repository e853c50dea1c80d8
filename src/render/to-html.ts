/**
 * The HTML serialiser: an `<article>` fragment to put in a page. Every piece of text is escaped,
 * every element that carries text has its own `lang`, each clause has an anchor that is the same
 * in every language (`id="image-use"`), and languages sit in columns (`legal-col-N`) that the
 * stylesheet `HTML_CSS` lays side by side on wide screens and stacks on narrow ones.
 */
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { escapeHtml } from '../util/escape-html.js';
import { serialize, type Handlers, type Walker } from './dispatch.js';
import { fallbackNote, formatReleaseDate, missingNote, noteLanguages, releasedLabel } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode, HeadingNode, Node, TextNode } from './types.js';

interface HtmlState {
  frame: boolean;
  languages: readonly Language[];
  /** The language of the text being written, set by the translation around it. */
  lang: Language;
}

const handlers: Handlers<string, HtmlState> = {
  document(node, state) {
    state.languages = node.languages;
    const titles = node.children.filter((child): child is HeadingNode => child.type === 'heading');
    const editions = node.children.filter((child) => child.type === 'edition');
    const sections = node.children.filter((child) => child.type === 'section');
    const frame = state.frame
      ? `<header class="legal-frame">\n${row('legal-titles', titles, state)}${editions.map((child) => state.one(child)).join('')}</header>\n`
      : '';
    const edition = editions[0] === undefined ? '' : ` data-edition="${escapeHtml(editions[0].id)}"`;
    const open = `<article class="legal-document legal-columns-${node.languages.length}" data-document="${escapeHtml(node.id)}"${edition}>`;
    return `${open}\n${frame}${sections.map((child) => state.one(child)).join('')}</article>\n`;
  },
  heading: (node, state) =>
    `<h${node.depth} class="legal-heading legal-col-${column(node.lang, state)}"${langOf(node.lang)}>${inline(node, state)}</h${node.depth}>`,
  edition: (node, state) => {
    const lines = state.languages.map(
      (lang) =>
        `<p class="legal-release legal-col-${column(lang, state)}"${langOf(lang)}>${escapeHtml(releasedLabel(lang))}<time datetime="${escapeHtml(node.date)}"${langOf(lang)}>${escapeHtml(formatReleaseDate(node.date, lang))}</time></p>`,
    );
    return `<div class="legal-row legal-releases">${lines.join('')}</div>\n`;
  },
  section(node, state) {
    const headings = node.children.filter((child): child is HeadingNode => child.type === 'heading');
    const clauses = node.children.filter((child) => child.type !== 'heading').map((child) => state.one(child));
    return `<section class="legal-section" id="${escapeHtml(node.anchor)}">\n${row('legal-headings', headings, state)}${clauses.join('')}</section>\n`;
  },
  clause: (node, state) =>
    `<div class="legal-clause legal-row" id="${escapeHtml(node.anchor)}" data-topic="${escapeHtml(node.topic)}">${state.all(node).join('')}</div>\n`,
  translation(node, state) {
    const requested = node.fallbackFor;
    const outer = state.lang;
    state.lang = node.lang;
    const body = state.all(node).join('');
    state.lang = outer;
    const note = requested === undefined ? '' : notes(noteLanguages(state.languages, node.lang).map((lang) => [lang, fallbackNote(requested, node.lang, lang)]));
    const kind = requested === undefined ? 'legal-text' : 'legal-text legal-fallback';
    return `<div class="${kind} legal-col-${column(requested ?? node.lang, state)}"${langOf(node.lang)}>${note}${body}</div>`;
  },
  missing: (node, state) =>
    `<div class="legal-missing legal-col-${column(node.lang, state)}">${notes(state.languages.map((lang) => [lang, missingNote(node.lang, lang)]))}</div>`,
  paragraph: (node, state) => `<p${langOf(state.lang)}>${inline(node, state)}</p>`,
  list: (node, state) => `<ol class="legal-list legal-list-${escapeHtml(node.style)}"${langOf(state.lang)}>${state.all(node).join('')}</ol>`,
  // The marker is text, as published: a CSS counter would renumber it.
  listItem: (node, state) =>
    `<li${langOf(state.lang)}><span class="legal-marker"${langOf(state.lang)}>${escapeHtml(node.marker)}</span> ${inline(node, state)}</li>`,
  text: (node) => escapeHtml(node.value),
};

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
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @example
 * toHtml(buildTree({ lang: 'en' })).match(/<div class="legal-clause[^>]*id="image-use"[^>]*>/)?.[0];
 * //=> '<div class="legal-clause legal-row" id="image-use" data-topic="intellectual-property">'
 * toHtml(buildTree({ lang: ['zh', 'en'] }), { frame: false }).includes('<p class="legal-note" lang="en">Not published in Chinese in this edition</p>');
 * //=> true
 */
export function toHtml(tree: DocumentNode, options: SerializeOptions = {}): string {
  return serialize<string, HtmlState>('html', handlers, tree, { frame: options.frame ?? true, languages: [], lang: 'zh' });
}

/** A row of parallel headings, one column per language; nothing when there are none. */
function row(kind: string, headings: readonly HeadingNode[], state: Walker<string>): string {
  return headings.length === 0 ? '' : `<div class="legal-row ${kind}">${headings.map((heading) => state.one(heading as Node)).join('')}</div>\n`;
}

/** A note in several languages: interface labels, not legal text, so they get their own box. */
function notes(lines: readonly (readonly [Language, string])[]): string {
  return `<div class="legal-notes">${lines.map(([lang, text]) => `<p class="legal-note"${langOf(lang)}>${escapeHtml(text)}</p>`).join('')}</div>`;
}

/** The 1-based column of a language; a language outside the output (a fallback) takes the first. */
function column(lang: Language, state: HtmlState): number {
  return Math.max(0, state.languages.indexOf(lang)) + 1;
}

function langOf(lang: Language): string {
  return ` lang="${LANGUAGE_TAGS[lang]}"`;
}

function inline(node: { children: readonly TextNode[] }, state: Walker<string>): string {
  return state.all(node).join('');
}

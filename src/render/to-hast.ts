/**
 * The hast serialiser: the HTML of `toHtml` as a hast tree (syntax-tree/hast), for rehype,
 * `hast-util-to-jsx-runtime` (React, Preact, Vue, Solid, Svelte) and every hast-based renderer.
 * Element for element it is the fragment `toHtml` writes — the same tags, classes, anchors and
 * `lang` — without the line breaks between blocks; each element that stands for a node of the
 * rendering tree carries that node (without children) in `data.legalClauses`. Only the types of
 * `hast` are imported: the main entry gains no runtime dependency.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { createSerializer, type Handlers, type Walker } from './dispatch.js';
import { inLang, within } from './lang-scope.js';
import { catalogueLabel, fallbackNote, missingNote, noteLanguages, omittedNotes } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode, Node, TextNode } from './types.js';
import { nodeData } from './unified-data.js';

interface HastState {
  frame: boolean;
  titled: boolean;
  root: DocumentNode | null;
  languages: readonly Language[];
  governingLanguage: Language | null;
  /** The language of the text being written, set by the translation (or block) around it. */
  lang: string;
}

type Content = ElementContent[];

const handlers: Handlers<Content, HastState> = {
  document(node, state) {
    state.languages = node.languages;
    state.governingLanguage = node.governingLanguage;
    state.root = node;
    state.titled = node.children.some((child) => child.type === 'heading');
    const catalogue: Content = [];
    const titles: Content = [];
    const datelines: Content = [];
    const sections: Content = [];
    const properties: Properties = { className: ['legal-document', `legal-columns-${node.languages.length}`], dataDocument: node.id };
    for (const child of node.children) {
      if (child.type === 'edition') {
        properties.dataEdition = child.id;
        if (state.frame) catalogue.push(...state.one(child));
      } else if (child.type === 'section') sections.push(...state.one(child));
      else if (child.type === 'heading') titles.push(...state.one(child));
      else datelines.push(...state.one(child));
    }
    const front = [...row('legal-titles', titles), ...row('legal-datelines', datelines)];
    const header = catalogue.length === 0 && front.length === 0 ? [] : [element('header', { className: ['legal-frame'] }, [...catalogue, ...front])];
    return [element('article', properties, [...header, ...sections], node)];
  },
  // The catalogue entry, as in toHtml: the document's heading only where the edition printed no title line.
  edition(node, state) {
    const tag = state.titled ? 'p' : 'h1';
    const lines = state.languages.map((lang) =>
      element(tag, { className: ['legal-catalogue', colClass(lang, state)], lang: LANGUAGE_TAGS[lang] }, [text(catalogueLabel(node, state.governingLanguage, lang))], node),
    );
    const omitted = state.root === null ? [] : omittedNotes(state.root, node);
    return [element('div', { className: ['legal-row', 'legal-catalogue-entry'] }, lines), ...(omitted.length === 0 ? [] : [notes(omitted, ['legal-notes', 'legal-omitted'])])];
  },
  heading(node, state) {
    const children = within(state, LANGUAGE_TAGS[node.lang], () => all(node, state));
    return [element(`h${node.depth}`, { className: ['legal-heading', colClass(node.lang, state)], lang: LANGUAGE_TAGS[node.lang] }, children, node)];
  },
  dateline: (node, state) => [element('p', { className: ['legal-dateline', colClass(node.lang, state)], lang: LANGUAGE_TAGS[node.lang] }, all(node, state), node)],
  section(node, state) {
    const headings: Content = [];
    const clauses: Content = [];
    for (const child of node.children) (child.type === 'heading' ? headings : clauses).push(...state.one(child));
    return [element('section', { className: ['legal-section'], id: node.anchor }, [...row('legal-headings', headings), ...clauses], node)];
  },
  clause(node, state) {
    const properties: Properties = { className: ['legal-clause', 'legal-row'], id: node.anchor };
    if (node.number !== undefined) properties.dataNumber = node.number;
    properties.dataTopic = node.topics.join(' ');
    return [element('div', properties, all(node, state), node)];
  },
  translation(node, state) {
    const requested = node.fallbackFor;
    const body = within(state, LANGUAGE_TAGS[node.lang], () => all(node, state));
    const note = requested === undefined ? [] : [notes(noteLanguages(state.languages, node.lang).map((lang) => [lang, fallbackNote(requested, node.lang, lang)]))];
    const className = requested === undefined ? ['legal-text'] : ['legal-text', 'legal-fallback'];
    return [element('div', { className: [...className, colClass(requested ?? node.lang, state)], lang: LANGUAGE_TAGS[node.lang] }, [...note, ...body], node)];
  },
  missing: (node, state) => [
    element('div', { className: ['legal-missing', colClass(node.lang, state)] }, [notes(state.languages.map((lang) => [lang, missingNote(node.lang, lang)]))], node),
  ],
  paragraph: (node, state) => inLang(node.lang, state, (lang) => [element('p', { lang }, all(node, state), node)]),
  list: (node, state) =>
    inLang(node.lang, state, (lang) => [element('ol', { className: ['legal-list', `legal-list-${node.style}`], lang }, all(node, state), node)]),
  // As in toHtml: the marker is text; the item's first paragraph runs on after it.
  listItem(node, state) {
    const [first, ...rest] = node.children;
    const lead = first === undefined ? [] : first.type === 'paragraph' && first.lang === undefined ? all(first, state) : state.one(first);
    const more: Content = [];
    for (const child of rest) more.push(...state.one(child));
    const marker = element('span', { className: ['legal-marker'], lang: state.lang }, [text(node.marker)]);
    const separator = node.separator === '' ? [] : [text(node.separator)];
    return [element('li', { lang: state.lang }, [marker, ...separator, ...lead, ...more], node)];
  },
  preformatted: (node, state) => inLang(node.lang, state, (lang) => [element('pre', { className: ['legal-preformatted'], lang }, all(node, state), node)]),
  span: (node, state) => inLang(node.lang, state, (lang) => [element('span', { lang }, all(node, state), node)]),
  text: (node: TextNode) => [text(node.value)],
};

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('hast');

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeHast = /* @__PURE__ */ createSerializer<Content, HastState>('hast', handlers);

/**
 * Writes a tree as a hast tree: a `root` holding the `<article class="legal-document">` that
 * `toHtml` writes, element for element — `<header>` with the catalogue entry (unless
 * `frame: false`; an `<h1>` where the edition printed no title line, always saying it is not
 * published text) and the published title (`<h1>`) and dateline, a `<section>` per section
 * with its `<h2>` headings, per clause a `<div>` whose `properties.id` is the clause's anchor,
 * `<p>`, `<ol>`/`<li>` with the published markers as text, `<pre>` and `<span>`. `lang`
 * (`zh-Hans`, `zh-Hant`, `en`, or a block's or span's own tag) is on every element that holds
 * text, and `data.legalClauses` holds the node of the rendering tree an element stands for
 * (docs/tree.md, "hast"). Style it with `HTML_CSS`.
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame.
 * @returns A hast `Root`; `hast-util-to-html` gives the text and anchors of `toHtml`.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md), or the options are not an object.
 * @example
 * const root = toHast(buildTree({ edition: '2003-04-15', lang: 'en' }));
 * root.children.map((node) => node.type === 'element' && node.tagName);
 * //=> ['article']
 * // With React: toJsxRuntime(root, { Fragment, jsx, jsxs }) from hast-util-to-jsx-runtime.
 */
export function toHast(tree: DocumentNode, options: SerializeOptions = {}): Root {
  checkArguments('toHast', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  const lang = LANGUAGE_TAGS[tree.languages?.[0] ?? 'zh'];
  const children = writeHast(tree, { frame: options.frame ?? true, titled: false, root: null, languages: [], governingLanguage: null, lang });
  return { type: 'root', children, data: { legalClauses: nodeData(tree) } };
}

function element(tagName: string, properties: Properties, children: Content, node?: Exclude<Node, TextNode>): Element {
  const result: Element = { type: 'element', tagName, properties, children };
  if (node !== undefined) result.data = { legalClauses: nodeData(node) };
  return result;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** A row of parallel headings, one column per language; nothing when there are none. */
function row(kind: string, children: Content): Content {
  return children.length === 0 ? [] : [element('div', { className: ['legal-row', kind] }, children)];
}

/** A note in several languages: interface labels, not legal text, in their own box. */
function notes(lines: readonly (readonly [Language, string])[], className = ['legal-notes']): Element {
  return element(
    'div',
    { className },
    lines.map(([lang, note]) => element('p', { className: ['legal-note'], lang: LANGUAGE_TAGS[lang] }, [text(note)])),
  );
}

/** The column class of a language; a language outside the output (a fallback) takes the first, as in toHtml. */
function colClass(lang: Language, state: HastState): string {
  return `legal-col-${Math.max(0, state.languages.indexOf(lang)) + 1}`;
}

function all(node: { children: readonly Node[] }, state: Walker<Content>): Content {
  const children: Content = [];
  for (const child of node.children) children.push(...state.one(child));
  return children;
}

/**
 * The mdast serialiser: the rendering tree as an mdast tree (syntax-tree/mdast), for remark,
 * `mdast-util-to-markdown` and `mdast-util-to-hast`. It follows `toMarkdown`: the catalogue
 * entry (a paragraph per language) and notes are bracketed and emphasised, headings keep their depth, paragraphs stay
 * paragraphs, preformatted text is a `code` block. Lists are `list`/`listItem` whose items
 * begin with their published marker as text (never a number a renderer would redo). What
 * Markdown cannot say travels in `data.hProperties` (`lang`, the anchors as `id`, classes) and
 * `data.hName`, which `mdast-util-to-hast` (remark-rehype) applies, and every node made from a
 * node of the rendering tree carries it in `data.legalClauses`. Only the types of `mdast` are
 * imported: the main entry gains no runtime dependency.
 */
import type { BlockContent, Code, Data, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { createSerializer, type Handlers, type Walker } from './dispatch.js';
import { inLang, within } from './lang-scope.js';
import { catalogueLabel, fallbackNote, missingNote, noteLanguages, omittedNotes } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode, InlineNode, ListItemNode, Node, TextNode } from './types.js';
import { nodeData } from './unified-data.js';

interface MdastState {
  frame: boolean;
  root: DocumentNode | null;
  languages: readonly Language[];
  governingLanguage: Language | null;
  /** The language of the text being written, set by the translation (or block) around it. */
  lang: string;
}

type Content = RootContent[];

/** What `mdast-util-to-hast` reads in `data` (declared by that package, which this one does not depend on). */
interface HastHints {
  hName?: string;
  hProperties?: Record<string, string | string[]>;
}

const handlers: Handlers<Content, MdastState> = {
  document(node, state) {
    state.languages = node.languages;
    state.governingLanguage = node.governingLanguage;
    state.root = node;
    const children: Content = [];
    for (const child of node.children) if (state.frame || child.type !== 'edition') children.push(...state.one(child));
    return children;
  },
  // The library's words, bracketed and emphasised: one paragraph per language (each with its lang), as toText writes them.
  edition(node, state) {
    const entry = state.languages.map((lang) => note([catalogueLabel(node, state.governingLanguage, lang)], [lang], 'legal-catalogue', node));
    const omitted = state.root === null ? [] : omittedNotes(state.root, node);
    return omitted.length === 0 ? entry : [...entry, note(omitted.map(([, text]) => text), omitted.map(([lang]) => lang), 'legal-omitted')];
  },
  heading(node, state) {
    const lang = LANGUAGE_TAGS[node.lang];
    const heading: Heading = { type: 'heading', depth: node.depth, children: within(state, lang, () => inline(node.children, state)) };
    return [withData(heading, node, { hProperties: { lang } })];
  },
  dateline(node, state) {
    const lang = LANGUAGE_TAGS[node.lang];
    return [withData({ type: 'paragraph', children: inline(node.children, state) }, node, { hProperties: { className: ['legal-dateline'], lang } })];
  },
  section(node, state) {
    const children = blocks(node, state);
    // The section's anchor goes on its first heading; a section without one has no element to hold it.
    const [first] = children;
    if (first?.type === 'heading' && node.children[0]?.type === 'heading') addProperties(first, { id: node.anchor });
    return children;
  },
  // mdast has no container for a clause: its blocks follow one another, the first holding the anchor.
  clause(node, state) {
    const children = blocks(node, state);
    const [first] = children;
    if (first !== undefined) addProperties(first, { id: node.anchor });
    return children;
  },
  translation(node, state) {
    const requested = node.fallbackFor;
    const body = within(state, LANGUAGE_TAGS[node.lang], () => blocks(node, state));
    if (requested === undefined) return body;
    const languages = noteLanguages(state.languages, node.lang);
    return [note(languages.map((lang) => fallbackNote(requested, node.lang, lang)), languages, 'legal-fallback-note'), ...body];
  },
  missing: (node, state) => [note(state.languages.map((lang) => missingNote(node.lang, lang)), state.languages, 'legal-missing', node)],
  paragraph: (node, state) =>
    inLang(node.lang, state, (lang) => [withData({ type: 'paragraph', children: inline(node.children, state) }, node, { hProperties: { lang } })]),
  list: (node, state) =>
    inLang(node.lang, state, (lang) => {
      const items = node.children.map((item) => listItem(item, state));
      const list: List = { type: 'list', ordered: false, spread: items.some((item) => item.spread === true), children: items };
      // An <ol> in HTML, as toHtml writes it; in Markdown a bullet list, since a numbered one would renumber.
      return [withData(list, node, { hName: 'ol', hProperties: { className: ['legal-list', `legal-list-${node.style}`], lang } })];
    }),
  listItem: (node, state) => [listItem(node, state)],
  preformatted: (node, state) =>
    inLang(node.lang, state, (lang) => {
      const code: Code = { type: 'code', lang: null, meta: null, value: node.children.map((child) => child.value).join('') };
      return [withData(code, node, { hProperties: { lang } })];
    }),
  span: (node) => [withData<Text>({ type: 'text', value: node.children.map((child) => child.value).join('') }, node, { hName: 'span', hProperties: { lang: node.lang } })],
  text: (node: TextNode) => [{ type: 'text', value: node.value }],
};

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('mdast');

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeMdast = /* @__PURE__ */ createSerializer<Content, MdastState>('mdast', handlers);

/**
 * Writes a tree as an mdast tree, following `toMarkdown`: the catalogue entry (one paragraph
 * per language, unless `frame: false`) and notes as emphasised, bracketed paragraphs, the published title as a depth-1
 * `heading`, section headings at depth 2, clause headings at 2 or 3, `paragraph`s, a
 * `list` of `listItem`s per enumerated list (each item's paragraph begins with its published
 * marker, as text), `code` for preformatted text. `data.hProperties` carries `lang` on every
 * block and span and each clause's anchor as the `id` of its first block; `data.legalClauses`
 * holds the node of the rendering tree (docs/tree.md, "mdast").
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame.
 * @returns An mdast `Root`; `mdast-util-to-markdown` gives Markdown with the published text.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md), or the options are not an object.
 * @example
 * const root = toMdast(buildTree({ edition: '2003-04-15', lang: 'zh' }), { frame: false });
 * root.children.at(-1).type;
 * //=> 'list'
 */
export function toMdast(tree: DocumentNode, options: SerializeOptions = {}): Root {
  checkArguments('toMdast', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  const lang = LANGUAGE_TAGS[tree.languages?.[0] ?? 'zh'];
  const children = writeMdast(tree, { frame: options.frame ?? true, root: null, languages: [], governingLanguage: null, lang });
  return { type: 'root', children, data: { legalClauses: nodeData(tree) } };
}

/** An item: a paragraph led by the published marker and separator, then the blocks that continue it. */
function listItem(node: ListItemNode, state: MdastState & Walker<Content>): ListItem {
  const [first, ...rest] = node.children;
  const marker = withData<Text>({ type: 'text', value: node.marker }, undefined, { hName: 'span', hProperties: { className: ['legal-marker'], lang: state.lang } });
  const lead: PhrasingContent[] = [marker];
  if (node.separator !== '') lead.push({ type: 'text', value: node.separator });
  const children: BlockContent[] = [];
  if (first?.type === 'paragraph') {
    const [paragraph] = state.one(first) as [Paragraph];
    paragraph.children.unshift(...lead);
    children.push(paragraph);
  } else {
    children.push({ type: 'paragraph', children: lead }, ...(first === undefined ? [] : (state.one(first) as BlockContent[])));
  }
  for (const child of rest) children.push(...(state.one(child) as BlockContent[]));
  // Two paragraphs in one item need a blank line between them, which makes the item spread.
  const spread = children.filter((child) => child.type !== 'list').length > 1;
  return withData<ListItem>({ type: 'listItem', spread, children }, node, { hProperties: { lang: state.lang } });
}

/** A note in several languages, as toMarkdown writes it: `*[one / two]*`, with a class and, for one language, its `lang`. */
function note(texts: readonly string[], languages: readonly Language[], className: string, node?: Exclude<Node, TextNode>): Paragraph {
  const properties: Record<string, string | string[]> = { className: [className] };
  const [only] = languages;
  if (languages.length === 1 && only !== undefined) properties.lang = LANGUAGE_TAGS[only];
  return withData<Paragraph>({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: `[${texts.join(' / ')}]` }] }] }, node, {
    hProperties: properties,
  });
}

function withData<T extends RootContent>(mdast: T, node: Exclude<Node, TextNode> | undefined, hints: HastHints): T {
  const data: Data & HastHints = { ...hints };
  if (node !== undefined) data.legalClauses = nodeData(node);
  mdast.data = data as T['data'];
  return mdast;
}

function addProperties(mdast: RootContent, properties: Record<string, string>): void {
  const data = (mdast.data ?? {}) as Data & HastHints;
  data.hProperties = { ...data.hProperties, ...properties };
  mdast.data = data;
}

function inline(children: readonly InlineNode[], state: Walker<Content>): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const child of children) result.push(...(state.one(child) as PhrasingContent[]));
  return result;
}

function blocks(node: { children: readonly Node[] }, state: Walker<Content>): Content {
  const result: Content = [];
  for (const child of node.children) result.push(...state.one(child));
  return result;
}

/**
 * The Markdown serialiser (CommonMark). Every piece of text goes through `escapeMarkdown`, so a
 * renderer shows it exactly: list items are paragraphs that begin with their published marker
 * (`(一)` never becomes a renumbered Markdown list), and `*`, `_`, `<` or backticks stay literal.
 * Preformatted text is a fenced code block, so its lines stay as published.
 */
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { escapeMarkdown } from '../util/escape-markdown.js';
import { createSerializer, type Handlers } from './dispatch.js';
import { flowBlocks, flowDocument, flowInline, flowItem, type FlowState } from './flow.js';
import { catalogueLabel, fallbackNote, missingNote, noteLanguages, omittedNotes } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode } from './types.js';

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('markdown');

/** Each handler returns the Markdown blocks its node is made of; text nodes return escaped text. */
const handlers: Handlers<string[], FlowState> = {
  document: flowDocument,
  // The catalogue entry is the library's, not the source's: in emphasis and brackets, as every note is.
  edition(node, state) {
    const entry = emphasised(state.languages.map((lang) => catalogueLabel(node, state.governingLanguage, lang)));
    const omitted = state.root === null ? [] : omittedNotes(state.root, node).map(([, note]) => note);
    return omitted.length === 0 ? [entry] : [entry, emphasised(omitted)];
  },
  heading: (node, state) => [`${'#'.repeat(node.depth)} ${flowInline(node, state)}`],
  dateline: (node, state) => [flowInline(node, state)],
  section: flowBlocks,
  clause: flowBlocks,
  translation(node, state) {
    const requested = node.fallbackFor;
    const note = requested === undefined ? [] : [emphasised(noteLanguages(state.languages, node.lang).map((lang) => fallbackNote(requested, node.lang, lang)))];
    return [...note, ...flowBlocks(node, state)];
  },
  missing: (node, state) => [emphasised(state.languages.map((lang) => missingNote(node.lang, lang)))],
  paragraph: (node, state) => [flowInline(node, state)],
  list: flowBlocks,
  // A paragraph that starts with the escaped marker: `\(1\) text` is text, not a list item.
  listItem: (node, state) => flowItem(node, state, escapeMarkdown(node.marker), node.separator),
  preformatted: (node) => [fenced(node.children.map((child) => child.value).join(''))],
  span: (node, state) => [flowInline(node, state)],
  text: (node) => [escapeMarkdown(node.value)],
};

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeMarkdown = /* @__PURE__ */ createSerializer<string[], FlowState>('markdown', handlers);

/**
 * Writes a tree as CommonMark: the catalogue entry in emphasis and brackets unless
 * `frame: false`, the published title as `#` and the dateline as a paragraph, section headings
 * as `##`, clause headings as `##` or `###`, every paragraph and list item as a paragraph,
 * preformatted text as a fenced code block, notes in emphasis, one blank line between blocks,
 * and a final newline. All text is escaped, so a CommonMark renderer shows exactly the
 * published text (Markdown cannot carry `lang`; use HTML for that).
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame.
 * @returns The Markdown, ending with a newline.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md): a depth, language, status, style or topic it cannot hold, a node where its parent cannot have one, a field of the wrong kind, or more than 64 levels; or `options` is of the wrong kind.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @example
 * toMarkdown(buildTree({ lang: 'zh' }), { frame: false }).split('\n\n').at(-2)?.slice(0, 12);
 * //=> '(一) 阿里巴巴在此声明'
 * toMarkdown(buildTree({ lang: 'en' }), { frame: false }).split('\n\n')[0].includes('Released on:');
 * //=> true
 */
export function toMarkdown(tree: DocumentNode, options: SerializeOptions = {}): string {
  checkArguments('toMarkdown', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  const blocks = writeMarkdown(tree, { frame: options.frame ?? true, languages: [], governingLanguage: null, root: null });
  return `${blocks.join('\n\n')}\n`;
}

function emphasised(notes: readonly string[]): string {
  return `*${escapeMarkdown(`[${notes.join(' / ')}]`)}*`;
}

/** A fenced code block holding `text` verbatim, its fence longer than any run of backticks inside. */
function fenced(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

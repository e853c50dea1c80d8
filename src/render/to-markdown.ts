/**
 * The Markdown serialiser (CommonMark). Every piece of text goes through `escapeMarkdown`, so a
 * renderer shows it exactly: list items are paragraphs that begin with their published marker
 * (`(一)` never becomes a renumbered Markdown list), and `*`, `_`, `<` or backticks stay literal.
 */
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { escapeMarkdown } from '../util/escape-markdown.js';
import { createSerializer, type Handlers } from './dispatch.js';
import { flowBlocks, flowDocument, flowInline, type FlowState } from './flow.js';
import { fallbackNote, formatReleaseDate, missingNote, noteLanguages, releasedLabel } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode } from './types.js';

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('markdown');

/** Each handler returns the Markdown blocks its node is made of; text nodes return escaped text. */
const handlers: Handlers<string[], FlowState> = {
  document: flowDocument,
  heading: (node, state) => [`${'#'.repeat(node.depth)} ${flowInline(node, state)}`],
  edition: (node, state) =>
    state.languages.map((lang) => escapeMarkdown(`${releasedLabel(lang)}${formatReleaseDate(node.date, lang)}`)),
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
  listItem: (node, state) => [`${escapeMarkdown(node.marker)} ${flowInline(node, state)}`],
  text: (node) => [escapeMarkdown(node.value)],
};

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeMarkdown = /* @__PURE__ */ createSerializer<string[], FlowState>('markdown', handlers);

/**
 * Writes a tree as CommonMark: the frame (title as `#` headings, release date) unless
 * `frame: false`, section headings as `##`, every paragraph and list item as a paragraph, notes
 * in emphasis, one blank line between blocks, and a final newline. All text is escaped, so a
 * CommonMark renderer shows exactly the published text (Markdown cannot carry `lang`; use HTML
 * for that).
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame.
 * @returns The Markdown, ending with a newline.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md): a depth, language, status, style or topic it cannot hold, a node where its parent cannot have one, a field of the wrong kind, or more than 64 levels; or `options` is of the wrong kind.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @example
 * toMarkdown(buildTree({ lang: 'zh' }), { frame: false }).split('\n\n').at(-2)?.slice(0, 12);
 * //=> '(一) 阿里巴巴在此声明'
 * toMarkdown(buildTree({ lang: 'en' })).split('\n\n').slice(0, 2);
 * //=> ['# Disclaimer', 'Released on: April 15, 2003']
 */
export function toMarkdown(tree: DocumentNode, options: SerializeOptions = {}): string {
  checkArguments('toMarkdown', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  const blocks = writeMarkdown(tree, { frame: options.frame ?? true, languages: [] });
  return `${blocks.join('\n\n')}\n`;
}

function emphasised(notes: readonly string[]): string {
  return `*${escapeMarkdown(`[${notes.join(' / ')}]`)}*`;
}

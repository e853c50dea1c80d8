/**
 * The plain-text serialiser. Every block is a paragraph, paragraphs are separated by one blank
 * line, and the legal text is written exactly as published, so that the body of a one-language
 * rendering is the source's paragraphs joined by blank lines, byte for byte.
 */
import { checkArguments } from '../util/arguments.js';
import { SERIALIZE_OPTIONS, treeRule } from './check-tree.js';
import { createSerializer, type Handlers } from './dispatch.js';
import { flowBlocks, flowDocument, flowInline, flowItem, type FlowState } from './flow.js';
import { catalogueLabel, fallbackNote, missingNote, noteLanguages, omittedNotes } from './labels.js';
import type { SerializeOptions } from './options.js';
import type { DocumentNode } from './types.js';

// Marked pure, as the serialiser is: an app that does not call this one does not bundle it.
const TREE = /* @__PURE__ */ treeRule('text');

/** Each handler returns the paragraphs its node is made of. */
const handlers: Handlers<string[], FlowState> = {
  document: flowDocument,
  // The catalogue entry is the library's, not the source's: bracketed, as every note is.
  edition(node, state) {
    const entry = state.languages.map((lang) => bracketed([catalogueLabel(node, state.governingLanguage, lang)]));
    const omitted = state.root === null ? [] : omittedNotes(state.root, node).map(([, note]) => note);
    return omitted.length === 0 ? entry : [...entry, bracketed(omitted)];
  },
  heading: (node, state) => [flowInline(node, state)],
  dateline: (node, state) => [flowInline(node, state)],
  section: flowBlocks,
  clause: flowBlocks,
  translation(node, state) {
    const requested = node.fallbackFor;
    const note = requested === undefined ? [] : [bracketed(noteLanguages(state.languages, node.lang).map((lang) => fallbackNote(requested, node.lang, lang)))];
    return [...note, ...flowBlocks(node, state)];
  },
  missing: (node, state) => [bracketed(state.languages.map((lang) => missingNote(node.lang, lang)))],
  paragraph: (node, state) => [flowInline(node, state)],
  list: flowBlocks,
  // The canonical layout of an item: its marker and separator as published, its text, then its nested blocks.
  listItem: (node, state) => flowItem(node, state, node.marker, node.separator),
  preformatted: (node, state) => [flowInline(node, state)],
  span: (node, state) => [flowInline(node, state)],
  text: (node) => [node.value],
};

// Marked pure: a bundler then drops this serialiser from an app that does not import it.
const writeText = /* @__PURE__ */ createSerializer<string[], FlowState>('text', handlers);

/**
 * Writes a tree as plain text: the catalogue entry in square brackets unless `frame: false`,
 * then the published title and dateline, then every heading, paragraph, list item and
 * preformatted block as a paragraph (the canonical text of docs/trust.md), one blank line
 * between paragraphs, and a final newline. In several languages the clauses are interleaved,
 * each language's text in turn; notes (a language that did not publish a clause, a fallback)
 * are in square brackets.
 *
 * @param tree - A tree from `buildTree`.
 * @param options - Whether to write the frame.
 * @returns The text, ending with a newline.
 * @throws {InvalidArgumentError} When the tree is not one `buildTree` could make (docs/tree.md): a depth, language, status, style or topic it cannot hold, a node where its parent cannot have one, a field of the wrong kind, or more than 64 levels; or `options` is of the wrong kind.
 * @throws {UnknownNodeError} When the tree holds a node of a type this serialiser does not know.
 * @example
 * toText(buildTree({ edition: '2003-04-15', lang: 'zh' })).split('\n\n')[0];
 * //=> '[目录信息，非发布文本：免责声明 · 2003-04-15 版 · 已发布 · 作准语言：中文]'
 * toText(buildTree({ lang: 'en' }), { frame: false }).split('\n\n')[2];
 * //=> 'Information on this Website'
 */
export function toText(tree: DocumentNode, options: SerializeOptions = {}): string {
  checkArguments('toText', ['tree', tree, TREE], ['options', options, SERIALIZE_OPTIONS]);
  const paragraphs = writeText(tree, { frame: options.frame ?? true, languages: [], governingLanguage: null, root: null });
  return `${paragraphs.join('\n\n')}\n`;
}

function bracketed(notes: readonly string[]): string {
  return `[${notes.join(' / ')}]`;
}

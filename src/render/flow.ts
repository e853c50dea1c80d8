/**
 * What the two serialisers that write a flow of blocks (plain text and Markdown) share: their
 * state, how they open a document, and how they join inline text.
 */
import type { Language } from '../model/constants.js';
import type { Walker } from './dispatch.js';
import type { DocumentNode, InlineNode, ListItemNode, Node } from './types.js';

/** State of a block-flow serialiser. */
export interface FlowState {
  /** Whether to write the edition's catalogue entry before the text. */
  frame: boolean;
  /** The languages of the document, for the labels of the frame and of notes. */
  languages: readonly Language[];
  /** The edition's governing language, for the catalogue entry; set from the document. */
  governingLanguage: Language | null;
  /** The document being written, for the notes of the frame; set from the document. */
  root: DocumentNode | null;
}

/**
 * The document handler: the catalogue entry (unless the frame is off), then the published
 * title and dateline, then the sections, as one list of blocks.
 *
 * @param node - The document.
 * @param state - The serialiser's state and walker; `languages` is set from the document.
 * @returns The blocks of the document.
 * @example
 * // With a walker that writes each child's type (textWalker), and the frame off:
 * flowDocument(buildTree({ lang: 'en' }), { frame: false, languages: [], governingLanguage: null, root: null, ...textWalker });
 * //=> ['dateline', 'section', 'section', 'section', 'section', 'section']
 */
export function flowDocument(node: DocumentNode, state: FlowState & Walker<string[]>): string[] {
  state.languages = node.languages;
  state.governingLanguage = node.governingLanguage;
  state.root = node;
  const blocks: string[] = [];
  for (const child of node.children) if (state.frame || child.type !== 'edition') blocks.push(...state.one(child));
  return blocks;
}

/**
 * The blocks of a node's children, in order, as one list.
 *
 * @param node - A section, clause, translation or list.
 * @param state - The walker.
 * @returns Every child's blocks, concatenated.
 * @example
 * flowBlocks({ children: [{ type: 'paragraph', children: [{ type: 'text', value: 'One.' }] }, { type: 'paragraph', children: [{ type: 'text', value: 'Two.' }] }] }, textWalker);
 * //=> ['One.', 'Two.']
 */
export function flowBlocks(node: { children: readonly Node[] }, state: Walker<string[]>): string[] {
  // A loop rather than flatMap/flat: this runs for every container of every rendering.
  const blocks: string[] = [];
  for (const child of node.children) blocks.push(...state.one(child));
  return blocks;
}

/**
 * The text of a node whose children are inline nodes, each serialised by its handler.
 *
 * @param node - A heading, paragraph, dateline, span or preformatted block.
 * @param state - The walker.
 * @returns The serialised children, joined.
 * @example
 * flowInline({ children: [{ type: 'text', value: '以' }, { type: 'text', value: '中文' }] }, textWalker);
 * //=> '以中文'
 */
export function flowInline(node: { children: readonly InlineNode[] }, state: Walker<string[]>): string {
  let text = '';
  for (const child of node.children) text += state.one(child).join('');
  return text;
}

/**
 * The blocks of a list item: its first paragraph led by the marker as published and the
 * separator, then its nested blocks, each a block of its own.
 *
 * @param node - A list item.
 * @param state - The walker.
 * @param marker - The marker as the format writes it (escaped for Markdown).
 * @param separator - The separator as the format writes it.
 * @returns The item's blocks.
 * @example
 * flowItem({ type: 'listItem', marker: '（1）', separator: '', children: [{ type: 'paragraph', children: [{ type: 'text', value: '您必须' }] }] }, textWalker, '（1）', '');
 * //=> ['（1）您必须']
 */
export function flowItem(node: ListItemNode, state: Walker<string[]>, marker: string, separator: string): string[] {
  const [first, ...rest] = node.children;
  const blocks: string[] = [];
  if (first) {
    const [line = '', ...more] = state.one(first);
    blocks.push(`${marker}${separator}${line}`, ...more);
  }
  for (const child of rest) blocks.push(...state.one(child));
  return blocks;
}

/**
 * What the two serialisers that write a flow of blocks (plain text and Markdown) share: their
 * state, how they open a document, and how they join inline text.
 */
import type { Language } from '../model/constants.js';
import type { Walker } from './dispatch.js';
import type { DocumentNode, Node, TextNode } from './types.js';

/** State of a block-flow serialiser. */
export interface FlowState {
  /** Whether to write the title and the release date before the text. */
  frame: boolean;
  /** The languages of the document, for the labels of the frame and of notes. */
  languages: readonly Language[];
}

/**
 * The document handler: the frame (unless turned off), then the sections, as one list of blocks.
 *
 * @param node - The document.
 * @param state - The serialiser's state and walker; `languages` is set from the document.
 * @returns The blocks of the document.
 * @example
 * flowDocument(buildTree({ lang: 'zh' }), state).slice(0, 1);
 * //=> ['免责声明'] (with the text handlers)
 */
export function flowDocument(node: DocumentNode, state: FlowState & Walker<string[]>): string[] {
  state.languages = node.languages;
  const blocks: string[] = [];
  for (const child of node.children) if (state.frame || child.type === 'section') blocks.push(...state.one(child));
  return blocks;
}

/**
 * The blocks of a node's children, in order, as one list.
 *
 * @param node - A section, clause, translation or list.
 * @param state - The walker.
 * @returns Every child's blocks, concatenated.
 * @example
 * flowBlocks(listNode, textState);
 * //=> ['(1) …', '(2) …'] (with the text handlers)
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
 * @param node - A heading, paragraph or list item.
 * @param state - The walker.
 * @returns The serialised children, joined.
 * @example
 * flowInline({ type: 'paragraph', children: [{ type: 'text', value: 'a*b' }] }, markdownState);
 * //=> 'a\\*b'
 */
export function flowInline(node: { children: readonly TextNode[] }, state: Walker<string[]>): string {
  let text = '';
  for (const child of node.children) text += state.one(child).join('');
  return text;
}

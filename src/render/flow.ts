/**
 * What the two serialisers that write a flow of blocks (plain text and Markdown) share: their
 * state, how they open a document, and how they join inline text.
 */
import type { Language } from '../model/constants.js';
import type { Walker } from './dispatch.js';
import type { DocumentNode, TextNode } from './types.js';

/** State of a block-flow serialiser. */
export interface FlowState {
  /** Whether to write the title and the release date before the text. */
  frame: boolean;
  /** The languages of the document, for the labels of the frame and of notes. */
  languages: readonly Language[];
}

/** The document handler: the frame (unless turned off), then the sections, as one list of blocks. */
export function flowDocument(node: DocumentNode, state: FlowState & Walker<string[]>): string[] {
  state.languages = node.languages;
  const children = state.frame ? node.children : node.children.filter((child) => child.type === 'section');
  return children.flatMap((child) => state.one(child));
}

/** The text of a node whose children are inline nodes, each serialised by its handler. */
export function flowInline(node: { children: readonly TextNode[] }, state: Walker<string[]>): string {
  return state.all(node).flat().join('');
}

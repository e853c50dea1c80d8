/**
 * What the hast and mdast trees of `toHast` and `toMdast` carry besides standard nodes: the
 * node of the rendering tree each element or block stands for, in `node.data.legalClauses`.
 * The ecosystem's `Data` interfaces are meant to be extended (unified's "types" guide), so the
 * field is typed for every consumer of `hast` and `mdast` that imports this package.
 */
// The modules the augmentations below extend (types only).
import type {} from 'hast';
import type {} from 'mdast';
import type { Node, TextNode } from './types.js';

/**
 * The node of the rendering tree (docs/tree.md) that a hast element or an mdast node stands for,
 * without its children: `{ type: 'clause', id: 'image-use', anchor: 'image-use', topics: […] }`
 * on a clause's `<div>`, `{ type: 'listItem', marker: '(一)', separator: ' ' }` on an `<li>`, the
 * catalogue entry (`type: 'edition'`, not published text) on its `<p>` or `<h1>`. Text nodes
 * carry none: their `value` is the text.
 */
// `Omit` applied to each member of the union (a distributive conditional type), written inline so
// that the API documentation shows the type whole.
export type LegalClausesData = Exclude<Node, TextNode> extends infer N
  ? N extends unknown
    ? Omit<N, 'children'>
    : never
  : never;

declare module 'hast' {
  interface Data {
    /** The node of the legal-clauses rendering tree this node stands for (see docs/tree.md). */
    legalClauses?: LegalClausesData | undefined;
  }
}

declare module 'mdast' {
  interface Data {
    /** The node of the legal-clauses rendering tree this node stands for (see docs/tree.md). */
    legalClauses?: LegalClausesData | undefined;
  }
}

/**
 * A copy of a node of the rendering tree without its children, for `data.legalClauses`: arrays
 * and records are copied, so changing the data never changes the tree.
 *
 * @param node - Any node but a text node.
 * @returns The node's own fields.
 * @example
 * nodeData({ type: 'section', id: 'information', anchor: 'section--information', children: [] });
 * //=> { type: 'section', id: 'information', anchor: 'section--information' }
 */
export function nodeData(node: Exclude<Node, TextNode>): LegalClausesData {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'children') continue;
    data[key] = Array.isArray(value) ? [...(value as unknown[])] : value !== null && typeof value === 'object' ? { ...value } : value;
  }
  return data as LegalClausesData;
}

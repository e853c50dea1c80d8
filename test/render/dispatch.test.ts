import { describe, expect, it } from 'vitest';
import {
  buildTree,
  LegalClausesError,
  NODE_TYPES,
  toHtml,
  toHtmlPage,
  toMarkdown,
  toText,
  UnknownNodeError,
  type DocumentNode,
  type Node,
} from '../../src/index.js';
import { CONSTRUCTS_EDITION, constructsCorpus } from '../helpers/constructs.js';

const SERIALISERS = [
  ['toText', 'text', toText],
  ['toMarkdown', 'markdown', toMarkdown],
  ['toHtml', 'html', toHtml],
  ['toHtmlPage', 'html', toHtmlPage],
] as const;

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** A bilingual tree whose first paragraph holds, beside its text, a node of another kind. */
function treeWithInline(node: unknown): DocumentNode {
  const tree = structuredClone(buildTree({ lang: ['zh', 'en'] }));
  const paragraph = [...walk(tree)].find((candidate) => candidate.type === 'paragraph')!;
  (paragraph as { children: unknown[] }).children.push(node);
  return tree;
}

describe.each(SERIALISERS)('%s (the %s serialiser)', (_function, name, serialise) => {
  it('handles every node type of the spec', () => {
    const tree = buildTree({ corpus: constructsCorpus(), edition: CONSTRUCTS_EDITION, lang: ['zh', 'en'] });
    const types = new Set([...walk(tree)].map((node) => node.type));
    expect([...types].sort()).toEqual([...NODE_TYPES].sort());
    expect(() => serialise(tree)).not.toThrow();
  });

  it('fails loudly on a node type it does not know, at the root or deep inside', () => {
    for (const tree of [{ type: 'bogus' }, treeWithInline({ type: 'emphasis', children: [{ type: 'text', value: 'x' }] })]) {
      const error = errorOf(() => serialise(tree as DocumentNode));
      expect(error).toBeInstanceOf(UnknownNodeError);
      expect(error).toBeInstanceOf(LegalClausesError);
      expect(error).toMatchObject({ code: 'UNKNOWN_NODE', serializer: name, available: [...NODE_TYPES] });
    }
  });

  it('suggests the node type meant, and treats Object property names as unknown', () => {
    expect(errorOf(() => serialise(treeWithInline({ type: 'txt', value: 'x' }))) as Error).toMatchObject({
      nodeType: 'txt',
      message: expect.stringMatching(/no handler for node type 'txt'; did you mean 'text'\?/),
    });
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(errorOf(() => serialise(treeWithInline({ type })))).toBeInstanceOf(UnknownNodeError);
    }
    expect(errorOf(() => serialise(treeWithInline(null)))).toMatchObject({ nodeType: 'undefined' });
  });
});

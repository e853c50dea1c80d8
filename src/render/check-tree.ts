/**
 * The tree as a serialiser receives it is untrusted: a tree from `buildTree` always passes, but a
 * hand-built one, or one read back from `render --format json`, could put markup where a heading
 * depth goes or a language no label table knows. Before a serialiser writes anything, the whole
 * tree is checked against docs/tree.md: node types, which children each may hold, and every field
 * a serialiser writes (depths, languages, statuses, styles, topics, ids and text are strings).
 * Iterative, with a depth limit, so that no tree can overflow the stack.
 */
import { UnknownNodeError } from '../errors.js';
import { LANGUAGE } from '../lookup/arguments.js';
import { EDITION_STATUSES, LANGUAGES, LIST_STYLES, TOPICS } from '../model/constants.js';
import { flag, isRecord, listOf, mismatch, oneOf, optional, rule, shape, text, type Rule } from '../util/arguments.js';
import { NODE_TYPES, type NodeType } from './types.js';

/** How deep a tree may nest; a tree from `buildTree` is at most 7 levels deep. */
export const MAX_TREE_DEPTH = 64;

const LANGUAGE_LIST = listOf(LANGUAGE, 'languages');
const LANGUAGE_SET = new Set<string>(LANGUAGES);
const DATE = rule('a date written YYYY-MM-DD', (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** Per node type: the rule for its own fields, and the node types its children may have. */
const SPEC: { readonly [T in NodeType]: { fields: Rule; children?: readonly NodeType[] } } = {
  document: {
    fields: shape('a document node', { id: text, languages: LANGUAGE_LIST, governingLanguage: LANGUAGE, omitted: listOf(text, 'clause ids') }),
    children: ['heading', 'edition', 'section'],
  },
  heading: { fields: shape('a heading node', { depth: rule('1 or 2', (value) => value === 1 || value === 2), lang: LANGUAGE }), children: ['text'] },
  edition: {
    fields: shape('an edition node', {
      id: text,
      status: oneOf(EDITION_STATUSES),
      date: DATE,
      dateline: rule('a dateline per language', (value) => isRecord(value) && Object.entries(value).every(([lang, line]) => typeof line === 'string' && LANGUAGE_SET.has(lang))),
    }),
  },
  section: { fields: shape('a section node', { id: text, anchor: text }), children: ['heading', 'clause'] },
  clause: { fields: shape('a clause node', { id: text, anchor: text, topic: oneOf(TOPICS) }), children: ['translation', 'missing'] },
  translation: { fields: shape('a translation node', { lang: LANGUAGE, fallbackFor: optional(LANGUAGE) }), children: ['paragraph', 'list'] },
  missing: { fields: shape('a missing node', { lang: LANGUAGE, available: LANGUAGE_LIST }) },
  paragraph: { fields: shape('a paragraph node', {}), children: ['text'] },
  list: { fields: shape('a list node', { style: oneOf(LIST_STYLES) }), children: ['listItem'] },
  listItem: { fields: shape('a list item node', { marker: text }), children: ['text'] },
  text: { fields: shape('a text node', { value: text }) },
};

const TYPES = new Map<string, NodeType>(NODE_TYPES.map((type) => [type, type]));

/**
 * The rule for a whole tree from its root, for `checkArguments`: every node is checked, in
 * document order, the first wrong one named by its path (`tree.children[3].children[0].depth`).
 * An unknown node type is an `UnknownNodeError` (as when a serialiser meets one).
 *
 * @param serializer - The serialiser's name, for `UnknownNodeError` (`'html'`).
 * @param root - The node type the tree must start with.
 * @returns The rule.
 * @example
 * checkArguments('toHtml', ['tree', { type: 'document', id: 'd', languages: ['xx'], governingLanguage: 'zh', omitted: [], children: [] }, treeRule('html')]);
 * //=> throws InvalidArgumentError: toHtml: tree.languages[0] must be one of 'zh', 'en'; received the string "xx"
 */
export function treeRule(serializer: string, root: NodeType = 'document'): Rule {
  return Object.assign(
    (tree: unknown, path: string) => {
      const stack: { node: unknown; path: string; depth: number; allowed: readonly NodeType[] }[] = [{ node: tree, path, depth: 1, allowed: [root] }];
      while (stack.length > 0) {
        const { node, path: at, depth, allowed } = stack.pop()!;
        // Something without a known `type` (null included) is an unknown node, as the serialisers say.
        const type = isRecord(node) && typeof node.type === 'string' ? TYPES.get(node.type) : undefined;
        if (type === undefined || !isRecord(node)) throw new UnknownNodeError(String((node as { type?: unknown } | null)?.type), serializer, NODE_TYPES);
        if (!allowed.includes(type)) mismatch(`${at}.type`, `one of ${allowed.map((name) => `'${name}'`).join(', ')} here`, node.type);
        const spec = SPEC[type];
        spec.fields(node, at);
        if (spec.children === undefined) continue;
        const children = node.children;
        if (!Array.isArray(children)) mismatch(`${at}.children`, 'a list of nodes', children);
        if (children.length > 0 && depth >= MAX_TREE_DEPTH) mismatch(at, `a node at most ${MAX_TREE_DEPTH} levels deep`, node);
        // Pushed in reverse, so that the first wrong node in document order is the one reported.
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], path: `${at}.children[${i}]`, depth: depth + 1, allowed: spec.children });
      }
    },
    { expected: 'a tree from buildTree (docs/tree.md)' },
  );
}

/** Options every serialiser takes. */
export const SERIALIZE_OPTIONS: Rule = optional(shape('an options object', { frame: optional(flag) }));

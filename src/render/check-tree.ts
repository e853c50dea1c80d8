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

const isString = (value: unknown): boolean => typeof value === 'string';
const isLanguage = (value: unknown): boolean => (LANGUAGES as readonly unknown[]).includes(value);

/**
 * Whether a node's own fields are right: the fast check that runs on every serialisation, one
 * switch with no rule objects (about twice as fast as walking the rules). The rules of
 * {@link buildSpec} say the same field by field, to name what is wrong once this has said no;
 * test/render/untrusted-tree.test.ts corrupts every field of every node type to keep the two equal.
 */
function fieldsOk(node: Record<string, unknown>, type: NodeType): boolean {
  switch (type) {
    case 'text':
      return isString(node.value);
    case 'paragraph':
      return true;
    case 'listItem':
      return isString(node.marker);
    case 'list':
      return (LIST_STYLES as readonly unknown[]).includes(node.style);
    case 'heading':
      return (node.depth === 1 || node.depth === 2) && isLanguage(node.lang);
    case 'translation':
      return isLanguage(node.lang) && (node.fallbackFor === undefined || isLanguage(node.fallbackFor));
    case 'missing':
      return isLanguage(node.lang) && Array.isArray(node.available) && node.available.every(isLanguage);
    case 'clause':
      return isString(node.id) && isString(node.anchor) && (TOPICS as readonly unknown[]).includes(node.topic);
    case 'section':
      return isString(node.id) && isString(node.anchor);
    case 'edition':
      return specOf().edition.fields.test(node);
    case 'document':
      return isString(node.id) && isLanguage(node.governingLanguage) && Array.isArray(node.languages) && node.languages.every(isLanguage) && Array.isArray(node.omitted) && node.omitted.every(isString);
  }
}

/** The node types each node type's children may have (none: it has no children). */
const CHILDREN: { readonly [T in NodeType]: { children?: readonly NodeType[] } } = {
  document: { children: ['heading', 'edition', 'section'] },
  heading: { children: ['text'] },
  edition: {},
  section: { children: ['heading', 'clause'] },
  clause: { children: ['translation', 'missing'] },
  translation: { children: ['paragraph', 'list'] },
  missing: {},
  paragraph: { children: ['text'] },
  list: { children: ['listItem'] },
  listItem: { children: ['text'] },
  text: {},
};

type Spec = { readonly [T in NodeType]: { fields: Rule } };
let spec: Spec | undefined;

/** Per node type, the rule for its own fields, to say what is wrong (built on first use, once a tree failed). */
function specOf(): Spec {
  return (spec ??= buildSpec());
}

function buildSpec(): Spec {
  const LANGUAGE_LIST = listOf(LANGUAGE, 'languages');
  const LANGUAGE_SET = new Set<string>(LANGUAGES);
  const DATE = rule('a date written YYYY-MM-DD', (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
  return {
    document: {
      fields: shape('a document node', { id: text, languages: LANGUAGE_LIST, governingLanguage: LANGUAGE, omitted: listOf(text, 'clause ids') }),
    },
    heading: { fields: shape('a heading node', { depth: rule('1 or 2', (value) => value === 1 || value === 2), lang: LANGUAGE }) },
    edition: {
      fields: shape('an edition node', {
        id: text,
        status: oneOf(EDITION_STATUSES),
        date: DATE,
        dateline: rule('a dateline per language', (value) => isRecord(value) && Object.entries(value).every(([lang, line]) => typeof line === 'string' && LANGUAGE_SET.has(lang))),
      }),
    },
    section: { fields: shape('a section node', { id: text, anchor: text }) },
    clause: { fields: shape('a clause node', { id: text, anchor: text, topic: oneOf(TOPICS) }) },
    translation: { fields: shape('a translation node', { lang: LANGUAGE, fallbackFor: optional(LANGUAGE) }) },
    missing: { fields: shape('a missing node', { lang: LANGUAGE, available: LANGUAGE_LIST }) },
    paragraph: { fields: shape('a paragraph node', {}) },
    list: { fields: shape('a list node', { style: oneOf(LIST_STYLES) }) },
    listItem: { fields: shape('a list item node', { marker: text }) },
    text: { fields: shape('a text node', { value: text }) },
  };
}

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
  const unknown = (node: unknown) => new UnknownNodeError(String((node as { type?: unknown } | null)?.type), serializer, NODE_TYPES);
  const typeOf = (node: unknown): NodeType | undefined =>
    // Something without a known `type` (null included) is an unknown node, as the serialisers say.
    isRecord(node) && typeof node.type === 'string' && (NODE_TYPES as readonly string[]).includes(node.type) ? (node.type as NodeType) : undefined;

  // Recursion is safe: it stops at MAX_TREE_DEPTH levels. This runs on every call: no strings built.
  const test = (node: unknown, allowed: readonly NodeType[], depth: number): boolean => {
    const type = typeof node === 'object' && node !== null ? (node as { type?: unknown }).type : undefined;
    if (!allowed.includes(type as NodeType)) {
      // Off the fast path: an unknown type is its own error; a known one in the wrong place is a mismatch.
      if (typeOf(node) === undefined) throw unknown(node);
      return false;
    }
    if (!fieldsOk(node as Record<string, unknown>, type as NodeType)) return false;
    const spec = CHILDREN[type as NodeType];
    if (spec.children === undefined) return true;
    const children = (node as { children?: unknown }).children;
    if (!Array.isArray(children) || (children.length > 0 && depth >= MAX_TREE_DEPTH)) return false;
    for (let i = 0; i < children.length; i++) if (!test(children[i], spec.children, depth + 1)) return false;
    return true;
  };

  // Only once `test` failed: the same walk, in the same order, naming the first wrong place.
  const explain = (node: unknown, allowed: readonly NodeType[], depth: number, path: string): void => {
    const type = typeOf(node);
    if (type === undefined) throw unknown(node);
    if (!allowed.includes(type)) mismatch(`${path}.type`, `one of ${allowed.map((name) => `'${name}'`).join(', ')} here`, type);
    if (!fieldsOk(node as Record<string, unknown>, type)) specOf()[type].fields.explain(node, path);
    const spec = CHILDREN[type];
    if (spec.children === undefined) return;
    const children = (node as { children?: unknown }).children;
    if (!Array.isArray(children)) mismatch(`${path}.children`, 'a list of nodes', children);
    if (children.length > 0 && depth >= MAX_TREE_DEPTH) mismatch(path, `a node at most ${MAX_TREE_DEPTH} levels deep`, node);
    for (let i = 0; i < children.length; i++) {
      if (!test(children[i], spec.children, depth + 1)) explain(children[i], spec.children, depth + 1, `${path}.children[${i}]`);
    }
  };

  return {
    test: (tree) => test(tree, [root], 1),
    explain: (tree, path) => explain(tree, [root], 1, path),
    expected: 'a tree from buildTree (docs/tree.md)',
  };
}

/** Options every serialiser takes. */
export const SERIALIZE_OPTIONS: Rule = optional(shape('an options object', { frame: optional(flag) }));

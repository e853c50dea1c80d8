/**
 * The tree as a serialiser receives it is untrusted: a tree from `buildTree` always passes, but a
 * hand-built one, or one read back from `render --format json`, could put markup where a heading
 * depth goes or a language no label table knows. Before a serialiser writes anything, the whole
 * tree is checked against docs/tree.md: node types, which children each may hold, and every field
 * a serialiser writes (depths, languages, language tags, statuses, styles, topics; ids and text are
 * strings). With a depth limit, so that no tree can overflow the stack.
 */
import { UnknownNodeError } from '../errors.js';
import { LANGUAGE } from '../lookup/arguments.js';
import { EDITION_STATUSES, LANGUAGES, LIST_STYLES, TOPICS } from '../model/constants.js';
import { isEditionDate } from '../model/edition-dates.js';
import { isLanguageTag } from '../model/language-tag.js';
import { either, flag, isRecord, listOf, mismatch, oneOf, optional, rule, shape, text, type Rule } from '../util/arguments.js';
import { NODE_TYPES, type NodeType } from './types.js';

/** How deep a tree may nest; a tree from `buildTree` is as deep as its deepest nested list, plus seven. */
export const MAX_TREE_DEPTH = 64;

const isString = (value: unknown): boolean => typeof value === 'string';
const isLanguage = (value: unknown): boolean => (LANGUAGES as readonly unknown[]).includes(value);
const isTag = (value: unknown): boolean => typeof value === 'string' && isLanguageTag(value);

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
    case 'span':
      return isTag(node.lang);
    case 'paragraph':
    case 'preformatted':
      return node.lang === undefined || isTag(node.lang);
    case 'listItem':
      return isString(node.marker) && isString(node.separator);
    case 'list':
      return (LIST_STYLES as readonly unknown[]).includes(node.style) && (node.lang === undefined || isTag(node.lang));
    case 'heading':
      return (node.depth === 1 || node.depth === 2 || node.depth === 3) && isLanguage(node.lang);
    case 'dateline':
      return isLanguage(node.lang);
    case 'translation':
      return isLanguage(node.lang) && (node.fallbackFor === undefined || isLanguage(node.fallbackFor));
    case 'missing':
      return isLanguage(node.lang) && Array.isArray(node.available) && node.available.every(isLanguage);
    case 'clause':
      return (
        isString(node.id) &&
        isString(node.anchor) &&
        (node.number === undefined || isString(node.number)) &&
        Array.isArray(node.topics) &&
        node.topics.every((topic) => (TOPICS as readonly unknown[]).includes(topic))
      );
    case 'section':
      return isString(node.id) && isString(node.anchor);
    case 'edition':
      return specOf().edition.fields.test(node);
    case 'document':
      return (
        isString(node.id) &&
        (node.governingLanguage === null || isLanguage(node.governingLanguage)) &&
        Array.isArray(node.languages) &&
        node.languages.every(isLanguage) &&
        Array.isArray(node.omitted) &&
        node.omitted.every(isString)
      );
  }
}

/** The node types each node type's children may have (none: it has no children). */
const CHILDREN: { readonly [T in NodeType]: { children?: readonly NodeType[] } } = {
  document: { children: ['edition', 'heading', 'dateline', 'section'] },
  edition: {},
  heading: { children: ['text', 'span'] },
  dateline: { children: ['text'] },
  section: { children: ['heading', 'clause'] },
  clause: { children: ['translation', 'missing'] },
  translation: { children: ['heading', 'paragraph', 'list', 'preformatted'] },
  missing: {},
  paragraph: { children: ['text', 'span'] },
  list: { children: ['listItem'] },
  listItem: { children: ['paragraph', 'list', 'preformatted'] },
  preformatted: { children: ['text'] },
  span: { children: ['text'] },
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
  const TAG = rule('a BCP 47 language tag', isTag);
  return {
    document: {
      fields: shape('a document node', {
        id: text,
        languages: LANGUAGE_LIST,
        governingLanguage: either(rule('null', (value) => value === null), LANGUAGE),
        omitted: listOf(text, 'clause ids'),
      }),
    },
    edition: {
      fields: shape('an edition node', {
        id: text,
        status: oneOf(EDITION_STATUSES),
        date: rule('a release date (YYYY, YYYY-MM or YYYY-MM-DD)', (value) => typeof value === 'string' && isEditionDate(value)),
        precision: oneOf(['year', 'month', 'day']),
        catalogueTitle: rule('a title per language', (value) => isRecord(value) && Object.entries(value).every(([lang, title]) => isLanguage(lang) && isString(title))),
      }),
    },
    heading: { fields: shape('a heading node', { depth: rule('1, 2 or 3', (value) => value === 1 || value === 2 || value === 3), lang: LANGUAGE }) },
    dateline: { fields: shape('a dateline node', { lang: LANGUAGE }) },
    section: { fields: shape('a section node', { id: text, anchor: text }) },
    clause: { fields: shape('a clause node', { id: text, anchor: text, number: optional(text), topics: listOf(oneOf(TOPICS), 'topics') }) },
    translation: { fields: shape('a translation node', { lang: LANGUAGE, fallbackFor: optional(LANGUAGE) }) },
    missing: { fields: shape('a missing node', { lang: LANGUAGE, available: LANGUAGE_LIST }) },
    paragraph: { fields: shape('a paragraph node', { lang: optional(TAG) }) },
    list: { fields: shape('a list node', { style: oneOf(LIST_STYLES), lang: optional(TAG) }) },
    listItem: { fields: shape('a list item node', { marker: text, separator: text }) },
    preformatted: { fields: shape('a preformatted node', { lang: optional(TAG) }) },
    span: { fields: shape('a span node', { lang: TAG }) },
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

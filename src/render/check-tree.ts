/**
 * The tree as a serialiser receives it is untrusted: a tree from `buildTree` always passes, but a
 * hand-built one, or one read back from `render --format json`, could put markup where a heading
 * depth goes or a language no label table knows. Before a serialiser writes anything, the whole
 * tree is checked against docs/tree.md: node types, which children each may hold, and every field
 * a serialiser writes (depths, languages, language tags, statuses, styles, topics; ids and text are
 * strings). With a depth limit, so that no tree can overflow the stack.
 */
import { UnknownNodeError } from '../errors.js';
import { EDITION_STATUSES, LANGUAGES, LIST_STYLES, TOPICS } from '../model/constants.js';
import { isEditionDate } from '../model/edition-dates.js';
import { isLanguageTag } from '../model/language-tag.js';
import { flag, isRecord, mismatch, optional, shape, type Rule } from '../util/arguments.js';
import { NODE_TYPES, type NodeType } from './types.js';

/** How deep a tree may nest; a tree from `buildTree` is as deep as its deepest nested list, plus seven. */
export const MAX_TREE_DEPTH = 64;

/** A field of a node: its name, what it must be (for the message), and the test. */
type Field = readonly [name: string, expected: string, test: (value: unknown) => boolean];

const isString = (value: unknown): boolean => typeof value === 'string';
const isLanguage = (value: unknown): boolean => (LANGUAGES as readonly unknown[]).includes(value);
const isTag = (value: unknown): boolean => typeof value === 'string' && isLanguageTag(value);
const maybe = (test: (value: unknown) => boolean) => (value: unknown) => value === undefined || test(value);
const listOf = (test: (value: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(test);
const within = (values: readonly unknown[]) => (value: unknown) => values.includes(value);

type Spec = { readonly [T in NodeType]: { readonly fields: readonly Field[]; readonly children?: readonly NodeType[] } };
let spec: Spec | undefined;

/**
 * Per node type, the fields a serialiser writes, and the node types its children may have (none:
 * it has no children): the one statement of docs/tree.md's shapes the check runs on. Built on
 * first use, so that an app that renders nothing bundles none of it.
 */
function specOf(): Spec {
  return (spec ??= buildSpec());
}

function buildSpec(): Spec {
  const LANGUAGE = `one of ${LANGUAGES.map((lang) => `'${lang}'`).join(', ')}`;
  const ID: Field = ['id', 'a string', isString];
  const ANCHOR: Field = ['anchor', 'a string', isString];
  const LANG: Field = ['lang', LANGUAGE, isLanguage];
  const BLOCK_LANG: Field = ['lang', 'a BCP 47 language tag, or left out', maybe(isTag)];
  return {
    document: {
      fields: [
        ID,
        ['languages', `a list of languages (${LANGUAGE})`, listOf(isLanguage)],
        ['governingLanguage', `${LANGUAGE}, or null`, (value) => value === null || isLanguage(value)],
        ['omitted', 'a list of clause ids', listOf(isString)],
      ],
      children: ['edition', 'heading', 'dateline', 'section'],
    },
    edition: {
      fields: [
        ID,
        ['status', `one of ${EDITION_STATUSES.join(', ')}`, within(EDITION_STATUSES)],
        ['date', 'a release date (YYYY, YYYY-MM or YYYY-MM-DD)', (value) => isString(value) && isEditionDate(value as string)],
        ['precision', 'one of year, month, day', within(['year', 'month', 'day'])],
        ['catalogueTitle', 'a title per language', (value) => isRecord(value) && Object.entries(value).every(([lang, title]) => isLanguage(lang) && isString(title))],
        ['declaredLanguages', `a list of languages (${LANGUAGE})`, listOf(isLanguage)],
      ],
    },
    heading: { fields: [['depth', '1, 2 or 3', within([1, 2, 3])], LANG], children: ['text', 'span'] },
    dateline: { fields: [LANG], children: ['text'] },
    section: { fields: [ID, ANCHOR], children: ['heading', 'clause'] },
    clause: {
      fields: [ID, ANCHOR, ['number', 'a string, or left out', maybe(isString)], ['topics', `a list of topics (${TOPICS.join(', ')})`, listOf(within(TOPICS))]],
      children: ['translation', 'missing'],
    },
    translation: { fields: [LANG, ['fallbackFor', `${LANGUAGE}, or left out`, maybe(isLanguage)]], children: ['heading', 'paragraph', 'list', 'preformatted'] },
    missing: { fields: [LANG, ['available', `a list of languages (${LANGUAGE})`, listOf(isLanguage)]] },
    paragraph: { fields: [BLOCK_LANG], children: ['text', 'span'] },
    list: { fields: [['style', `one of ${LIST_STYLES.join(', ')}`, within(LIST_STYLES)], BLOCK_LANG], children: ['listItem'] },
    listItem: { fields: [['marker', 'a string', isString], ['separator', 'a string', isString]], children: ['paragraph', 'list', 'preformatted'] },
    preformatted: { fields: [BLOCK_LANG], children: ['text'] },
    span: { fields: [['lang', 'a BCP 47 language tag', isTag]], children: ['text'] },
    text: { fields: [['value', 'a string', isString]] },
  };
}

/** The first field of a node that is wrong, or `undefined`. */
function wrongField(node: Record<string, unknown>, fields: readonly Field[]): Field | undefined {
  for (let i = 0; i < fields.length; i++) if (!fields[i]![2](node[fields[i]![0]])) return fields[i];
  return undefined;
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
 * //=> throws InvalidArgumentError: toHtml: tree.languages must be a list of languages (one of 'zh', 'zh-Hant', 'en'); received a list of 1 item
 */
export function treeRule(serializer: string, root: NodeType = 'document'): Rule {
  /** The node's type when it is one a serialiser knows (an unknown one, null included, is an UnknownNodeError). */
  const typeOf = (node: unknown): NodeType => {
    const type = isRecord(node) ? node.type : undefined;
    if (typeof type === 'string' && (NODE_TYPES as readonly string[]).includes(type)) return type as NodeType;
    throw new UnknownNodeError(String((node as { type?: unknown } | null)?.type), serializer, NODE_TYPES);
  };

  // Runs on every call, so it builds no strings. Recursion is safe: it stops at MAX_TREE_DEPTH levels.
  const test = (node: unknown, allowed: readonly NodeType[], depth: number): boolean => {
    const type = typeof node === 'object' && node !== null ? (node as { type?: unknown }).type : undefined;
    // Off the fast path, an unknown type is its own error; a known one in the wrong place is a mismatch.
    if (!allowed.includes(type as NodeType)) {
      typeOf(node);
      return false;
    }
    const spec = specOf()[type as NodeType];
    if (wrongField(node as Record<string, unknown>, spec.fields) !== undefined) return false;
    if (spec.children === undefined) return true;
    const children = (node as { children?: unknown }).children;
    if (!Array.isArray(children) || (children.length > 0 && depth >= MAX_TREE_DEPTH)) return false;
    for (let i = 0; i < children.length; i++) if (!test(children[i], spec.children, depth + 1)) return false;
    return true;
  };

  // Only once `test` failed: the same walk, in the same order, naming the first wrong place.
  const explain = (node: unknown, allowed: readonly NodeType[], depth: number, path: string): void => {
    const type = typeOf(node);
    if (!allowed.includes(type)) mismatch(`${path}.type`, `one of ${allowed.map((name) => `'${name}'`).join(', ')} here`, type);
    const spec = specOf()[type];
    const record = node as Record<string, unknown>;
    const field = wrongField(record, spec.fields);
    if (field !== undefined) mismatch(`${path}.${field[0]}`, field[1], record[field[0]]);
    if (spec.children === undefined) return;
    const children = record.children;
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
export const SERIALIZE_OPTIONS: Rule = /* @__PURE__ */ optional(shape('an options object', { frame: optional(flag) }));

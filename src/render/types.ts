/**
 * The rendering tree: what `buildTree` returns and every serialiser reads. Each node is a plain
 * object with a `type`, so the tree survives `JSON.stringify` and other packages can walk it.
 * docs/tree.md is the spec of these interfaces; a test keeps the two identical.
 */
import type { EditionStatus, Language, ListStyle, Topic } from '../model/constants.js';

/**
 * Every `type` a node of the tree can have; each serialiser has one handler per entry.
 *
 * @example
 * NODE_TYPES.includes('missing');
 * //=> true
 */
export const NODE_TYPES = [
  'document',
  'heading',
  'edition',
  'section',
  'clause',
  'translation',
  'missing',
  'paragraph',
  'list',
  'listItem',
  'text',
] as const;

/** The `type` of a node, from {@link NODE_TYPES}. */
export type NodeType = (typeof NODE_TYPES)[number];

/** Any node of the tree. */
export type Node =
  | DocumentNode
  | HeadingNode
  | EditionNode
  | SectionNode
  | ClauseNode
  | TranslationNode
  | MissingNode
  | ParagraphNode
  | ListNode
  | ListItemNode
  | TextNode;

/** The root: one edition of one document in one or more languages. */
export interface DocumentNode {
  type: 'document';
  /** The document id, such as `'disclaimer'`. */
  id: string;
  /** The languages of the output in column order, without repeats; the first is the page's language. */
  languages: Language[];
  /** The language that prevails in case of inconsistency. */
  governingLanguage: Language;
  /** Ids of clauses left out because no language of the output published them (monolingual output). */
  omitted: string[];
  /** The title (a depth-1 heading per language), the edition, then the sections in reading order. */
  children: (HeadingNode | EditionNode | SectionNode)[];
}

/** A heading in one language: the document title (depth 1) or a section heading (depth 2). */
export interface HeadingNode {
  type: 'heading';
  /** 1: the document's catalogue title (not part of the published text); 2: a published section heading. */
  depth: 1 | 2;
  /** The language of the heading. */
  lang: Language;
  children: TextNode[];
}

/** Facts about the edition rendered: its id, status and release date. */
export interface EditionNode {
  type: 'edition';
  /** The edition id, such as `'2003-04-15'`. */
  id: string;
  /** `published` editions never change; a `draft` may. */
  status: EditionStatus;
  /** The release date, `YYYY-MM-DD` (edition ids are release dates). */
  date: string;
  /** The release line exactly as published, for each language of the output that printed one. */
  dateline: Partial<Record<Language, string>>;
}

/** A group of clauses, under a heading in the languages that published one. */
export interface SectionNode {
  type: 'section';
  /** The section id, such as `'information'`. */
  id: string;
  /** `section--` and the id: an HTML id no clause anchor can equal (ids never contain `--`). */
  anchor: string;
  /** The headings (one per language that has one, in language order), then the clauses. */
  children: (HeadingNode | ClauseNode)[];
}

/** A clause: its text in each language of the document, aligned. */
export interface ClauseNode {
  type: 'clause';
  /** The clause id, such as `'image-use'`. */
  id: string;
  /** The HTML id of the clause: its id, the same in every language. */
  anchor: string;
  /** The clause's topic. */
  topic: Topic;
  /** One node per language of the output, in the same order. */
  children: (TranslationNode | MissingNode)[];
}

/** A clause's text in one language, as published. */
export interface TranslationNode {
  type: 'translation';
  /** The language of the text. */
  lang: Language;
  /** Set when this text stands in for a language that did not publish the clause: show a note. */
  fallbackFor?: Language;
  children: (ParagraphNode | ListNode)[];
}

/** The place of a clause that a language of the document did not publish in this edition. */
export interface MissingNode {
  type: 'missing';
  /** The language that did not publish the clause. */
  lang: Language;
  /** The languages that did publish it in this edition. */
  available: Language[];
}

/** A paragraph of running text. */
export interface ParagraphNode {
  type: 'paragraph';
  children: TextNode[];
}

/** An enumerated list whose markers are kept as published. */
export interface ListNode {
  type: 'list';
  /** The marker system: `cjk-ideographic` for `(一)`, `decimal` for `(1)`. */
  style: ListStyle;
  children: ListItemNode[];
}

/** An item of an enumerated list, with its published marker. */
export interface ListItemNode {
  type: 'listItem';
  /** The marker exactly as published, such as `'(一)'`; never renumbered. */
  marker: string;
  children: TextNode[];
}

/** Text, verbatim as published. */
export interface TextNode {
  type: 'text';
  /** The text, character for character. */
  value: string;
}

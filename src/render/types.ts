/**
 * The rendering tree: what `buildTree` returns and every serialiser reads. Each node is a plain
 * object with a `type`, so the tree survives `JSON.stringify` and other packages can walk it.
 * docs/tree.md is the spec of these interfaces; a test keeps the two identical.
 */
import type { EditionStatus, Language, ListStyle, Topic } from '../model/constants.js';
import type { DatePrecision } from '../model/edition-dates.js';

/**
 * Every `type` a node of the tree can have; each serialiser has one handler per entry.
 *
 * @example
 * NODE_TYPES.includes('missing');
 * //=> true
 */
export const NODE_TYPES = [
  'document',
  'edition',
  'heading',
  'dateline',
  'section',
  'clause',
  'translation',
  'missing',
  'paragraph',
  'list',
  'listItem',
  'preformatted',
  'span',
  'text',
] as const;

/** The `type` of a node, from {@link NODE_TYPES}. */
export type NodeType = (typeof NODE_TYPES)[number];

/** Any node of the tree. */
export type Node =
  | DocumentNode
  | EditionNode
  | HeadingNode
  | DatelineNode
  | SectionNode
  | ClauseNode
  | TranslationNode
  | MissingNode
  | ParagraphNode
  | ListNode
  | ListItemNode
  | PreformattedNode
  | SpanNode
  | TextNode;

/** A block of a clause's text. */
export type BlockNode = ParagraphNode | ListNode | PreformattedNode;

/** Inline content: text, and runs of text in another language. */
export type InlineNode = TextNode | SpanNode;

/** The root: one edition of one document in one or more languages. */
export interface DocumentNode {
  type: 'document';
  /** The document id, such as `'disclaimer'`. */
  id: string;
  /** The languages of the output in column order, without repeats; the first is the page's language. */
  languages: Language[];
  /** The language the edition declares to prevail, or `null` when it declares none. */
  governingLanguage: Language | null;
  /** Ids of clauses left out because no language of the output published them (monolingual output). */
  omitted: string[];
  /** The catalogue entry, then the published title and dateline (per language), then the sections in reading order. */
  children: (EditionNode | HeadingNode | DatelineNode | SectionNode)[];
}

/**
 * The catalogue entry of the edition: facts the library knows about it (the document's
 * catalogue title, the release date, the status), not published text. Serialisers show it only
 * in the frame, marked as such.
 */
export interface EditionNode {
  type: 'edition';
  /** The edition id, such as `'2003-04-15'` or `'2021-05'`. */
  id: string;
  /** `published` editions never change; a `draft` may. */
  status: EditionStatus;
  /** The release date as precise as the source gives it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (edition ids are release dates). */
  date: string;
  /** Whether `date` names a day, a month or a year. */
  precision: DatePrecision;
  /** The document's catalogue title, for each language of the output that has one: a label, not published text. */
  catalogueTitle: Partial<Record<Language, string>>;
  /** Every language the document declares (`document.languages`), including those the output leaves out. */
  declaredLanguages: Language[];
}

/**
 * A heading in one language, as published: the edition's title line (depth 1), a section
 * heading (depth 2), or a clause's heading (depth 2, or 3 under a section heading).
 */
export interface HeadingNode {
  type: 'heading';
  /** The level in the document's outline. */
  depth: 1 | 2 | 3;
  /** The language of the heading. */
  lang: Language;
  children: InlineNode[];
}

/** The edition's version or release line in one language, exactly as published (`Released on: April 15, 2003`). */
export interface DatelineNode {
  type: 'dateline';
  /** The language of the line. */
  lang: Language;
  children: TextNode[];
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
  /** Its number in this edition when the document numbers its articles (`'4'` for `第4条` and `Section 4`). */
  number?: string;
  /** The clause's topics. */
  topics: Topic[];
  /** One node per language of the output, in the same order. */
  children: (TranslationNode | MissingNode)[];
}

/** A clause's text in one language, as published: its heading, if it has one, then its blocks. */
export interface TranslationNode {
  type: 'translation';
  /** The language of the text. */
  lang: Language;
  /** Set when this text stands in for a language that did not publish the clause: show a note. */
  fallbackFor?: Language;
  children: (HeadingNode | BlockNode)[];
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
  /** A BCP 47 tag when the paragraph is in another language than its translation. */
  lang?: string;
  children: InlineNode[];
}

/** An enumerated list whose markers are kept as published. */
export interface ListNode {
  type: 'list';
  /** The numeral system of the markers, named after CSS `list-style-type`: `decimal`, `lower-roman`, `cjk-ideographic`… */
  style: ListStyle;
  /** A BCP 47 tag when the list is in another language than its translation. */
  lang?: string;
  children: ListItemNode[];
}

/** An item of an enumerated list: its published marker, then a paragraph with its text, then nested blocks. */
export interface ListItemNode {
  type: 'listItem';
  /** The marker exactly as published, such as `'(一)'` or `'1，'`; never renumbered. */
  marker: string;
  /** What stands between the marker and the text as published: `' '`, or `''` in `（1）您`. */
  separator: string;
  /** The item's text as a paragraph, then the paragraphs and lists that continue it. */
  children: BlockNode[];
}

/** Text whose line breaks and spaces are part of it, such as a notice template. */
export interface PreformattedNode {
  type: 'preformatted';
  /** A BCP 47 tag when the block is in another language than its translation. */
  lang?: string;
  children: TextNode[];
}

/** A run of text in another language inside a paragraph or heading. */
export interface SpanNode {
  type: 'span';
  /** The BCP 47 tag of the run, such as `'en'`. */
  lang: string;
  children: TextNode[];
}

/** Text, verbatim as published. */
export interface TextNode {
  type: 'text';
  /** The text, character for character. */
  value: string;
}

/**
 * Builds the rendering tree of one edition of a document from an explicit corpus. It imports no
 * corpus of its own, so the diff and checks rooms (and apps with their own clauses) can build
 * trees without pulling the bundled corpus into a bundle; `buildTree` adds that default.
 */
import { CorpusValidationError } from '../errors.js';
import { toList } from '../lookup/locale.js';
import { resolveClause, resolveDocument, resolveEdition, type EditionSelector } from '../lookup/resolve.js';
import type { Language } from '../model/constants.js';
import { datePeriod } from '../model/edition-dates.js';
import { governingLanguageOf } from '../model/governing.js';
import { translationIn } from '../model/translations.js';
import type { Block, Clause, ClauseEdition, Corpus, Document, Edition, Inline, PublishedTranslation, Section } from '../model/types.js';
import { selectLanguages } from '../lookup/select-languages.js';
import type {
  BlockNode,
  ClauseNode,
  DatelineNode,
  DocumentNode,
  EditionNode,
  HeadingNode,
  InlineNode,
  ListItemNode,
  MissingNode,
  SectionNode,
  TextNode,
  TranslationNode,
} from './types.js';

/** Which edition to render, and in which languages. */
export interface TreeOptions extends EditionSelector {
  /**
   * The reader's languages as BCP 47 tags, in column order: `'zh'`, `'en-GB'`, `['zh', 'en']`.
   * One language gives that language's document as published; several align them clause by clause.
   * @default every language of the document, the governing one first (`['zh', 'en']` for the disclaimer)
   */
  lang?: string | readonly string[] | undefined;
  /**
   * For output in one language: the language to show a clause in when that language did not
   * publish it (the clause is marked with a note); also accepted for a tag that matches no
   * language, as in `negotiateLanguage`. Output in several languages ignores it and shows a
   * "not published" note instead.
   * @default [] (clauses a language did not publish are left out, and listed in `omitted`)
   */
  fallback?: Language | readonly Language[] | undefined;
}

/** Prefix of section anchors; clause ids never contain `--`, so the two cannot collide. */
export const SECTION_ANCHOR_PREFIX = 'section--';

/**
 * The rendering tree of an edition of a document of `corpus`, in the requested languages.
 * See `buildTree` (the public wrapper, bundled corpus by default) and docs/tree.md.
 *
 * @param corpus - The corpus to read; nothing else is consulted.
 * @param options - The document, edition, languages and fallback.
 * @returns The root `document` node.
 * @throws {UnknownDocumentError | AmbiguousDocumentError} When the document cannot be chosen.
 * @throws {UnknownEditionError | NoEditionInForceError | InvalidDateError | InvalidOptionsError}
 *   When the edition cannot be chosen.
 * @throws {InvalidLocaleError | UnsupportedLocaleError} When a language tag is malformed or matches nothing.
 * @throws {UnknownClauseError | CorpusValidationError} When the corpus lists a clause it does not hold.
 * @example
 * buildTreeFrom(await readCorpusDirectory('clauses'), { lang: 'en' }).languages;
 * //=> ['en']
 */
export function buildTreeFrom(corpus: Corpus, options: TreeOptions = {}): DocumentNode {
  const document = resolveDocument(corpus, options.document);
  const edition = resolveEdition(document, options);
  const governingLanguage = governingLanguageOf(document, edition);
  const fallback = toList(options.fallback ?? []);
  const languages = selectLanguages(options.lang, document.languages, governingLanguage, fallback);
  // Several languages show a note where one lacks a clause; a fallback only serves a single language.
  const fallbackLanguages = languages.length === 1 ? fallback.filter((lang) => lang !== languages[0]) : [];
  const omitted: string[] = [];

  const sections: SectionNode[] = [];
  for (const section of edition.sections) {
    const headings = sectionHeadings(section, languages);
    // A clause heading sits one level below a section heading, at the section's level where there is none.
    const clauseDepth = headings.length > 0 ? 3 : 2;
    const clauses: ClauseNode[] = [];
    for (const id of section.clauses) {
      const clause = resolveClause(corpus, id);
      const text = textOf(clause, edition);
      const children = clauseChildren(text, document.languages, languages, fallbackLanguages, clauseDepth);
      if (children.length === 0) {
        omitted.push(id);
        continue;
      }
      const node: ClauseNode = { type: 'clause', id, anchor: id, topics: [...clause.topics], children };
      if (text.number !== undefined) node.number = text.number;
      clauses.push(node);
    }
    if (headings.length > 0 || clauses.length > 0) {
      sections.push({ type: 'section', id: section.id, anchor: `${SECTION_ANCHOR_PREFIX}${section.id}`, children: [...headings, ...clauses] });
    }
  }

  return {
    type: 'document',
    id: document.id,
    languages,
    governingLanguage,
    omitted,
    children: [editionNode(document, edition, languages), ...frontMatter(edition, languages), ...sections],
  };
}

/** The catalogue entry: what the library knows about the edition, not published text. */
function editionNode(document: Document, edition: Edition, languages: readonly Language[]): EditionNode {
  const catalogueTitle: Partial<Record<Language, string>> = {};
  for (const lang of languages) {
    const title = document.title[lang];
    if (title !== undefined) catalogueTitle[lang] = title;
  }
  const precision = datePeriod(edition.id)?.precision ?? 'day';
  return { type: 'edition', id: edition.id, status: edition.status, date: edition.id, precision, catalogueTitle, declaredLanguages: [...document.languages] };
}

/** The edition's published title lines, then its datelines, one per language of the output that printed one. */
function frontMatter(edition: Edition, languages: readonly Language[]): (HeadingNode | DatelineNode)[] {
  const nodes: (HeadingNode | DatelineNode)[] = [];
  for (const lang of languages) {
    const title = edition.title?.[lang];
    if (title !== undefined) nodes.push(heading(1, lang, title));
  }
  for (const lang of languages) {
    const line = edition.dateline?.[lang];
    if (line !== undefined) nodes.push({ type: 'dateline', lang, children: [textNode(line)] });
  }
  return nodes;
}

function sectionHeadings(section: Section, languages: readonly Language[]): HeadingNode[] {
  const headings: HeadingNode[] = [];
  for (const lang of languages) {
    const text = section.heading?.[lang];
    if (text !== undefined) headings.push(heading(2, lang, text));
  }
  return headings;
}

/**
 * One node per language: its text, or where it has none, a missing marker (several languages)
 * or the text of a fallback language (one language), or nothing. Loops rather than flatMap:
 * this runs for every clause of every tree.
 */
function clauseChildren(
  text: ClauseEdition,
  declared: readonly Language[],
  languages: readonly Language[],
  fallback: readonly Language[],
  headingDepth: 2 | 3,
): (TranslationNode | MissingNode)[] {
  const children: (TranslationNode | MissingNode)[] = [];
  for (const lang of languages) {
    const own = translationIn(text, lang);
    if (own.status === 'published') children.push(translation(lang, own, headingDepth));
    else if (languages.length > 1) {
      children.push({ type: 'missing', lang, available: declared.filter((other) => translationIn(text, other).status === 'published') });
    } else {
      for (const candidate of fallback) {
        const stand = translationIn(text, candidate);
        if (stand.status !== 'published') continue;
        children.push({ ...translation(candidate, stand, headingDepth), fallbackFor: lang });
        break;
      }
    }
  }
  return children;
}

function textOf(clause: Clause, edition: Edition): ClauseEdition {
  const text = clause.editions[edition.id];
  if (text === undefined) {
    throw new CorpusValidationError([
      {
        file: '(corpus)',
        path: `clauses[${JSON.stringify(clause.id)}].editions[${JSON.stringify(edition.id)}]`,
        message: `edition ${edition.id} lists clause '${clause.id}', which has no text for that edition`,
        code: 'custom',
      },
    ]);
  }
  return text;
}

function translation(lang: Language, published: PublishedTranslation, headingDepth: 2 | 3): TranslationNode {
  const children: (HeadingNode | BlockNode)[] = published.heading === undefined ? [] : [heading(headingDepth, lang, published.heading)];
  for (const block of published.blocks) children.push(blockNode(block));
  return { type: 'translation', lang, children };
}

/** A block and everything nested in it. Recursion is bounded: corpora are validated, and nesting is shallow in practice. */
function blockNode(block: Block): BlockNode {
  if (block.type === 'paragraph') return withLang({ type: 'paragraph', children: inlineNodes(block.text) }, block.lang);
  if (block.type === 'preformatted') return withLang({ type: 'preformatted', children: [textNode(block.text)] }, block.lang);
  const items = block.items.map((item): ListItemNode => {
    const children: BlockNode[] = [{ type: 'paragraph', children: inlineNodes(item.text) }];
    for (const nested of item.blocks ?? []) children.push(blockNode(nested));
    return { type: 'listItem', marker: item.marker, separator: item.separator ?? block.separator ?? ' ', children };
  });
  return withLang({ type: 'list', style: block.style, children: items }, block.lang);
}

function withLang<T extends BlockNode>(node: T, lang: string | undefined): T {
  if (lang !== undefined) node.lang = lang;
  return node;
}

function inlineNodes(text: Inline): InlineNode[] {
  if (typeof text === 'string') return [textNode(text)];
  return text.map((run): InlineNode => (typeof run === 'string' ? textNode(run) : { type: 'span', lang: run.lang, children: [textNode(run.text)] }));
}

function heading(depth: 1 | 2 | 3, lang: Language, text: Inline): HeadingNode {
  return { type: 'heading', depth, lang, children: inlineNodes(text) };
}

function textNode(value: string): TextNode {
  return { type: 'text', value };
}

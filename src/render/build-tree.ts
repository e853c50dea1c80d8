/**
 * Builds the rendering tree of one edition of a document from an explicit corpus. It imports no
 * corpus of its own, so the diff and checks rooms (and apps with their own clauses) can build
 * trees without pulling the bundled corpus into a bundle; `buildTree` adds that default.
 */
import { CorpusValidationError } from '../errors.js';
import { toList } from '../lookup/locale.js';
import { resolveClause, resolveDocument, resolveEdition, type EditionSelector } from '../lookup/resolve.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import type { Block, Clause, ClauseEdition, Corpus, Edition, Section } from '../model/types.js';
import { selectLanguages } from './select-languages.js';
import type {
  ClauseNode,
  DocumentNode,
  EditionNode,
  HeadingNode,
  ListNode,
  MissingNode,
  ParagraphNode,
  SectionNode,
  TextNode,
  TranslationNode,
} from './types.js';

/** Which edition to render, and in which languages. */
export interface TreeOptions extends EditionSelector {
  /**
   * The reader's languages as BCP 47 tags, in column order: `'zh'`, `'en-GB'`, `['zh', 'en']`.
   * One language gives that language's document as published; several align them clause by clause.
   * @default every language of the corpus, the governing one first (`['zh', 'en']` for the disclaimer)
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
 * buildTreeFrom(readCorpusFile('my-corpus.json'), { lang: 'en' }).languages;
 * //=> ['en']
 */
export function buildTreeFrom(corpus: Corpus, options: TreeOptions = {}): DocumentNode {
  const document = resolveDocument(corpus, options.document);
  const edition = resolveEdition(document, options);
  const fallback = toList(options.fallback ?? []);
  const languages = selectLanguages(options.lang, document.governingLanguage, fallback);
  // Several languages show a note where one lacks a clause; a fallback only serves a single language.
  const fallbackLanguages = languages.length === 1 ? fallback.filter((lang) => lang !== languages[0]) : [];
  const omitted: string[] = [];

  const sections: SectionNode[] = [];
  for (const section of edition.sections) {
    const clauses: ClauseNode[] = [];
    for (const id of section.clauses) {
      const clause = resolveClause(corpus, id);
      const children = clauseChildren(textOf(clause, edition), languages, fallbackLanguages);
      if (children.length === 0) omitted.push(id);
      else clauses.push({ type: 'clause', id, anchor: id, topic: clause.topic, children });
    }
    const headings = sectionHeadings(section, languages);
    if (headings.length > 0 || clauses.length > 0) {
      sections.push({ type: 'section', id: section.id, anchor: `${SECTION_ANCHOR_PREFIX}${section.id}`, children: [...headings, ...clauses] });
    }
  }

  const titles = languages.map((lang): HeadingNode => heading(1, lang, document.title[lang]));
  return {
    type: 'document',
    id: document.id,
    languages,
    governingLanguage: document.governingLanguage,
    omitted,
    children: [...titles, editionNode(edition, languages), ...sections],
  };
}

function editionNode(edition: Edition, languages: readonly Language[]): EditionNode {
  const dateline: Partial<Record<Language, string>> = {};
  for (const lang of languages) {
    const line = edition.dateline?.[lang];
    if (line !== undefined) dateline[lang] = line;
  }
  return { type: 'edition', id: edition.id, status: edition.status, date: edition.id, dateline };
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
  languages: readonly Language[],
  fallback: readonly Language[],
): (TranslationNode | MissingNode)[] {
  const children: (TranslationNode | MissingNode)[] = [];
  for (const lang of languages) {
    const own = text[lang];
    if (own.status === 'published') children.push(translation(lang, own.blocks));
    else if (languages.length > 1) children.push({ type: 'missing', lang, available: LANGUAGES.filter((other) => text[other].status === 'published') });
    else {
      for (const candidate of fallback) {
        const stand = text[candidate];
        if (stand.status !== 'published') continue;
        children.push({ type: 'translation', lang: candidate, fallbackFor: lang, children: stand.blocks.map(blockNode) });
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

function translation(lang: Language, blocks: readonly Block[]): TranslationNode {
  return { type: 'translation', lang, children: blocks.map(blockNode) };
}

function blockNode(block: Block): ParagraphNode | ListNode {
  if (block.type === 'paragraph') return { type: 'paragraph', children: [textNode(block.text)] };
  return {
    type: 'list',
    style: block.style,
    children: block.items.map((item) => ({ type: 'listItem', marker: item.marker, children: [textNode(item.text)] })),
  };
}

function heading(depth: 1 | 2, lang: Language, text: string): HeadingNode {
  return { type: 'heading', depth, lang, children: [textNode(text)] };
}

function textNode(value: string): TextNode {
  return { type: 'text', value };
}

/**
 * The public tree builder: `buildTreeFrom` with the bundled corpus as default. The only module
 * of the render room that imports the bundled corpus.
 */
import { bundledCorpus } from '../corpus/generated/corpus.js';
import type { CorpusOption } from '../lookup/documents.js';
import { CORPUS_KEYS, LOCALES, SELECTOR_KEYS, optionsWith } from '../lookup/arguments.js';
import { checkArguments, optional } from '../util/arguments.js';
import { buildTreeFrom, type TreeOptions } from './build-tree.js';

// Whether `fallback` names corpus languages is checked where it is read, with its own message.
const TREE_OPTIONS = optionsWith({ ...CORPUS_KEYS, ...SELECTOR_KEYS, lang: optional(LOCALES), fallback: optional(LOCALES) });
import type { DocumentNode } from './types.js';

/** Options of {@link buildTree}: the corpus, the document, the edition and the languages. */
export interface BuildTreeOptions extends TreeOptions, CorpusOption {}

/**
 * Builds the rendering tree of an edition: the structure every serialiser (`toText`,
 * `toMarkdown`, `toHtml`, `toHtmlPage`) writes out, documented node by node in docs/tree.md.
 * In one language the tree is that language's document as published (clauses it did not
 * publish are left out and listed in `omitted`, unless a `fallback` fills them in with a note);
 * in several languages the clauses are aligned, with a `missing` node where a language lacks one.
 *
 * @param options - Which document and edition (default: the latest published), which languages
 *   (default: all, the governing one first), the fallback, and the corpus (default: the bundled one).
 * @returns The root `document` node.
 * @throws {UnknownDocumentError | AmbiguousDocumentError} When the document cannot be chosen.
 * @throws {UnknownEditionError} When no edition has the id given (the error lists those that exist).
 * @throws {NoEditionInForceError} When no published edition was released on or before `at`.
 * @throws {InvalidDateError} When `at` is not a real date written `YYYY-MM-DD`.
 * @throws {InvalidOptionsError} When both `edition` and `at` are given, `lang` is empty or `fallback` is not a corpus language.
 * @throws {InvalidLocaleError | UnsupportedLocaleError} When a language tag is malformed or matches nothing.
 * @throws {InvalidArgumentError} When `options` or one of its values is of the wrong kind (a number for `lang`).
 * @example
 * const tree = buildTree({ edition: '2003-04-15', lang: 'zh' });
 * tree.languages;
 * //=> ['zh']
 * tree.omitted;
 * //=> ['image-use', 'opinions', 'copyright', 'assumption-of-risk', 'language-precedence']
 * buildTree({ lang: ['zh', 'en'] }).children.filter((node) => node.type === 'section').map((node) => node.anchor);
 * //=> ['section--opening', 'section--information', 'section--opinions-and-forums', 'section--copyright-and-trademark', 'section--closing']
 */
export function buildTree(options: BuildTreeOptions = {}): DocumentNode {
  checkArguments('buildTree', ['options', options, TREE_OPTIONS]);
  return buildTreeFrom(options.corpus ?? bundledCorpus, options);
}

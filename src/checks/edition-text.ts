/**
 * The canonical text of a whole edition in one language: what a reader of that language is
 * shown, as one string. Acceptance records of an edition and the edition's text hash are
 * computed over it, so it is defined exactly (docs/trust.md) for a third party to recompute.
 */
import { checkArguments } from '../util/arguments.js';
import { CORPUS, EDITION, LANGUAGE } from './arguments.js';
import { resolveClause } from '../lookup/resolve.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import { translationParagraphs } from '../model/plain-text.js';
import { statedLanguages } from '../model/translations.js';
import type { Corpus, Edition } from '../model/types.js';

/**
 * The canonical plain text of an edition in one language: the published title and the
 * dateline (where that language printed them), then for each section in order its heading
 * (if it has one in that language) and the paragraphs of each clause the language published
 * (`translationText`: its heading, then its blocks), all joined by one blank line (`"\n\n"`).
 * Clauses the language did not publish contribute nothing.
 *
 * @param corpus - The corpus holding the edition's clauses.
 * @param edition - The edition, as found with `resolveEdition`.
 * @param lang - The language.
 * @returns The text, or `undefined` when the language published no clause of the edition.
 * @throws {UnknownClauseError} When the edition lists a clause the corpus lacks (a validated corpus never does).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const document = resolveDocument(corpus, 'disclaimer');
 * editionText(corpus, resolveEdition(document, { edition: '2003-04-15' }), 'zh')?.slice(0, 8);
 * //=> '若要访问和使用阿'
 */
export function editionText(corpus: Corpus, edition: Edition, lang: Language): string | undefined {
  checkArguments('editionText', ['corpus', corpus, CORPUS], ['edition', edition, EDITION], ['lang', lang, LANGUAGE]);
  const paragraphs: string[] = [];
  let published = false;
  const title = edition.title?.[lang];
  if (title !== undefined) paragraphs.push(title);
  const dateline = edition.dateline?.[lang];
  if (dateline !== undefined) paragraphs.push(dateline);
  for (const section of edition.sections) {
    const heading = section.heading?.[lang];
    if (heading !== undefined) paragraphs.push(heading);
    for (const clauseId of section.clauses) {
      const translation = resolveClause(corpus, clauseId).editions[edition.id]?.[lang];
      if (translation?.status !== 'published') continue;
      published = true;
      paragraphs.push(...translationParagraphs(translation));
    }
  }
  return published ? paragraphs.join('\n\n') : undefined;
}

/**
 * The languages of an edition: those its clauses state (in a validated corpus, exactly the
 * languages the document declares), in the order of `LANGUAGES`.
 *
 * @param corpus - The corpus holding the edition's clauses.
 * @param edition - The edition.
 * @returns The languages.
 * @example
 * editionLanguages(corpus, resolveEdition(resolveDocument(corpus, 'disclaimer')));
 * //=> ['zh', 'en']
 */
export function editionLanguages(corpus: Corpus, edition: Edition): Language[] {
  const stated = new Set<Language>();
  for (const section of edition.sections) {
    for (const clauseId of section.clauses) {
      const text = resolveClause(corpus, clauseId).editions[edition.id];
      if (text) for (const lang of statedLanguages(text)) stated.add(lang);
    }
  }
  return LANGUAGES.filter((lang) => stated.has(lang));
}

import { LANGUAGES, type Language } from './constants.js';
import { canFollow } from './edition-dates.js';
import type { Corpus, PerLanguage } from './types.js';

/** A broken cross-reference inside a corpus, with the JSON path it was found at. */
export interface ReferenceProblem {
  message: string;
  path: (string | number)[];
}

/**
 * Checks what a schema of each part alone cannot: ids are unique, editions are in order, every
 * text is in a language its document declares (and every declared language is stated for each
 * clause), and documents, editions and clauses refer to each other consistently.
 */
export function checkCorpusReferences(corpus: Corpus): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (message: string, ...path: (string | number)[]) => problems.push({ message, path });

  const documentIds = new Set<string>();
  const declared = new Map<string, readonly Language[]>();
  corpus.documents.forEach((document, d) => {
    if (documentIds.has(document.id)) report(`duplicate document id '${document.id}'`, 'documents', d, 'id');
    documentIds.add(document.id);
    declared.set(document.id, document.languages);
    const at = ['documents', d] as const;
    const languages = document.languages;
    for (const lang of languages) {
      if (document.title[lang] === undefined) report(`document '${document.id}' declares '${lang}' but has no title in it`, ...at, 'title');
    }
    checkDeclared(document.title, languages, `the title of '${document.id}'`, [...at, 'title']);
    if (document.governingLanguage !== undefined && !languages.includes(document.governingLanguage)) {
      report(`the governing language '${document.governingLanguage}' of '${document.id}' is not one of its languages (${languages.join(', ')})`, ...at, 'governingLanguage');
    }
  });

  const clauseById = new Map<string, Corpus['clauses'][number]>();
  corpus.clauses.forEach((clause, c) => {
    if (clauseById.has(clause.id)) report(`duplicate clause id '${clause.id}'`, 'clauses', c, 'id');
    else clauseById.set(clause.id, clause);
    if (!documentIds.has(clause.document)) {
      report(`clause '${clause.id}' belongs to unknown document '${clause.document}'`, 'clauses', c, 'document');
    }
  });

  // Which (clause, edition) pairs the documents' editions use, to find text nobody refers to.
  const used = new Set<string>();
  corpus.documents.forEach((document, d) => {
    const editionIds = new Set<string>();
    document.editions.forEach((edition, e) => {
      const at = ['documents', d, 'editions', e] as const;
      if (editionIds.has(edition.id)) report(`duplicate edition '${edition.id}' in document '${document.id}'`, ...at, 'id');
      const previous = document.editions[e - 1];
      if (previous && !canFollow(previous.id, edition.id)) {
        report(`editions of '${document.id}' must be oldest first: '${edition.id}' comes after '${previous.id}'`, ...at, 'id');
      }
      editionIds.add(edition.id);
      const languages = document.languages;
      checkDeclared(edition.title, languages, `the title of edition '${edition.id}'`, [...at, 'title']);
      checkDeclared(edition.dateline, languages, `the dateline of edition '${edition.id}'`, [...at, 'dateline']);
      const governing = edition.governingLanguage;
      if (governing !== undefined && governing !== null && !languages.includes(governing)) {
        report(`edition '${edition.id}' declares '${governing}' governing, which is not one of the languages of '${document.id}' (${languages.join(', ')})`, ...at, 'governingLanguage');
      }
      const numbers = new Map<string, string>();

      const sectionIds = new Set<string>();
      const listed = new Set<string>();
      edition.sections.forEach((section, s) => {
        if (sectionIds.has(section.id)) report(`duplicate section id '${section.id}' in edition '${edition.id}'`, ...at, 'sections', s, 'id');
        sectionIds.add(section.id);
        checkDeclared(section.heading, languages, `the heading of section '${section.id}'`, [...at, 'sections', s, 'heading']);
        section.clauses.forEach((clauseId, k) => {
          const where = [...at, 'sections', s, 'clauses', k] as const;
          if (listed.has(clauseId)) report(`clause '${clauseId}' is listed twice in edition '${edition.id}'`, ...where);
          listed.add(clauseId);
          const clause = clauseById.get(clauseId);
          if (!clause) {
            report(`edition '${edition.id}' of '${document.id}' lists unknown clause '${clauseId}'`, ...where);
          } else if (clause.document !== document.id) {
            report(`edition '${edition.id}' of '${document.id}' lists clause '${clauseId}' of document '${clause.document}'`, ...where);
          } else if (!Object.hasOwn(clause.editions, edition.id)) {
            report(`clause '${clauseId}' has no text for edition '${edition.id}' that lists it`, ...where);
          } else {
            const number = clause.editions[edition.id]!.number;
            const holder = number === undefined ? undefined : numbers.get(number);
            if (number !== undefined && holder !== undefined) {
              report(`clauses '${holder}' and '${clauseId}' both have number '${number}' in edition '${edition.id}'; a reference to it would be ambiguous`, ...where);
            } else if (number !== undefined) numbers.set(number, clauseId);
          }
          used.add(`${clauseId}\u0000${edition.id}`);
        });
      });
    });
  });

  corpus.clauses.forEach((clause, c) => {
    for (const [editionId, text] of Object.entries(clause.editions)) {
      if (!used.has(`${clause.id}\u0000${editionId}`)) {
        report(`clause '${clause.id}' has text for edition '${editionId}', which does not list it`, 'clauses', c, 'editions', editionId);
      }
      const languages = declared.get(clause.document);
      if (!languages) continue;
      const at = ['clauses', c, 'editions', editionId] as const;
      for (const lang of languages) {
        if (text[lang] === undefined) report(`clause '${clause.id}' does not say whether '${lang}' published it in edition '${editionId}' (give "${lang}": { "status": "missing" } if it did not)`, ...at, lang);
      }
      for (const lang of LANGUAGES) {
        if (text[lang] !== undefined && !languages.includes(lang)) {
          report(`clause '${clause.id}' has '${lang}' text, but document '${clause.document}' does not declare '${lang}' (its languages: ${languages.join(', ')})`, ...at, lang);
        }
      }
      if (languages.every((lang) => text[lang]?.status !== 'published')) {
        report(`clause '${clause.id}' is missing in every language of edition '${editionId}'`, ...at);
      }
    }
  });

  return problems;

  /** Reports text in a language the document does not declare. */
  function checkDeclared(
    text: PerLanguage<string> | undefined,
    languages: readonly Language[],
    what: string,
    path: (string | number)[],
  ): void {
    if (text === undefined) return;
    for (const lang of LANGUAGES) {
      if (text[lang] !== undefined && !languages.includes(lang)) {
        report(`${what} is in '${lang}', which the document does not declare (its languages: ${languages.join(', ')})`, ...path, lang);
      }
    }
  }
}

import type { Corpus } from './types.js';

/** A broken cross-reference inside a corpus, with the JSON path it was found at. */
export interface ReferenceProblem {
  message: string;
  path: (string | number)[];
}

/**
 * Checks what a schema of each part alone cannot: ids are unique, editions are in order, and
 * documents, editions and clauses refer to each other consistently.
 */
export function checkCorpusReferences(corpus: Corpus): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (message: string, ...path: (string | number)[]) => problems.push({ message, path });

  const documentIds = new Set<string>();
  corpus.documents.forEach((document, d) => {
    if (documentIds.has(document.id)) report(`duplicate document id '${document.id}'`, 'documents', d, 'id');
    documentIds.add(document.id);
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
      if (previous && previous.id >= edition.id) {
        report(`editions of '${document.id}' must be oldest first: '${edition.id}' comes after '${previous.id}'`, ...at, 'id');
      }
      editionIds.add(edition.id);

      const sectionIds = new Set<string>();
      const listed = new Set<string>();
      edition.sections.forEach((section, s) => {
        if (sectionIds.has(section.id)) report(`duplicate section id '${section.id}' in edition '${edition.id}'`, ...at, 'sections', s, 'id');
        sectionIds.add(section.id);
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
      if (text.zh.status === 'missing' && text.en.status === 'missing') {
        report(`clause '${clause.id}' is missing in every language of edition '${editionId}'`, 'clauses', c, 'editions', editionId);
      }
    }
  });

  return problems;
}

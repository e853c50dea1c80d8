import type { Clause, Corpus, Document } from '../model/types.js';

/** Maps from id to part, built once per corpus object. Maps, so that `__proto__` is just a key. */
export interface CorpusIndex {
  documents: ReadonlyMap<string, Document>;
  clauses: ReadonlyMap<string, Clause>;
  documentIds: readonly string[];
  clauseIds: readonly string[];
}

const cache = new WeakMap<Corpus, CorpusIndex>();

/** The index of a corpus; corpora are treated as immutable, so it is computed once. */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  let index = cache.get(corpus);
  if (!index) {
    index = {
      documents: new Map(corpus.documents.map((document) => [document.id, document])),
      clauses: new Map(corpus.clauses.map((clause) => [clause.id, clause])),
      documentIds: corpus.documents.map((document) => document.id),
      clauseIds: corpus.clauses.map((clause) => clause.id),
    };
    cache.set(corpus, index);
  }
  return index;
}

/**
 * The fixture corpora of test/fixtures/corpora (see its README: FIXTURE — NOT PUBLISHED TEXT)
 * and the release exports derived from them.
 */
import { fileURLToPath } from 'node:url';
import { exportCorpus } from '../../../src/schema.js';
import type { Corpus } from '../../../src/index.js';
import { readCorpusDirectory } from '../../../src/node.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** test/fixtures/corpora/two-editions: the published 2003-04-15 edition and a fictional 2024-01-01 one. */
export const TWO_EDITIONS = here('../../fixtures/corpora/two-editions');
/** The published clauses/ folder of the package. */
export const PUBLISHED = here('../../../clauses');
/** Exports of two fictional releases: release-1 has only 2003-04-15, release-2 both editions. */
export const RELEASE_1 = here('../../fixtures/corpora/exports/release-1.json');
export const RELEASE_2 = here('../../fixtures/corpora/exports/release-2.json');

export function readTwoEditions(): Promise<Corpus> {
  return readCorpusDirectory(TWO_EDITIONS);
}

/** The corpus as a release holding only the given editions would have shipped it. */
export function onlyEditions(corpus: Corpus, editionIds: readonly string[]): Corpus {
  const keep = new Set(editionIds);
  return {
    ...corpus,
    documents: corpus.documents.map((document) => ({
      ...document,
      editions: document.editions.filter((edition) => keep.has(edition.id)),
    })),
    clauses: corpus.clauses
      .map((clause) => ({
        ...clause,
        editions: Object.fromEntries(Object.entries(clause.editions).filter(([id]) => keep.has(id))),
      }))
      .filter((clause) => Object.keys(clause.editions).length > 0),
  };
}

/** The text `legal-clauses export` writes for each fictional release. */
export async function releaseExports(): Promise<{ release1: string; release2: string }> {
  const corpus = await readTwoEditions();
  return {
    release1: `${exportCorpus(onlyEditions(corpus, ['2003-04-15']))}\n`,
    release2: `${exportCorpus(corpus)}\n`,
  };
}

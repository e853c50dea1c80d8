/** The published text of a clause of the 2003-04-15 edition, in one language, as the corpus holds it. */
import { blocksToText, corpus, type Language } from '../../../src/index.js';

export function publishedText(clauseId: string, lang: Language, edition = '2003-04-15'): string {
  const translation = corpus.clauses.find((clause) => clause.id === clauseId)?.editions[edition]?.[lang];
  if (translation?.status !== 'published') throw new Error(`no ${lang} text for ${clauseId} in ${edition}`);
  return blocksToText(translation.blocks);
}

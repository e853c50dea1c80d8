import type { Corpus } from '../model/types.js';
import { canonicalJson } from '../util/canonical-json.js';

/**
 * A corpus as canonical JSON (RFC 8785): what `legal-clauses export` prints, and what
 * `--corpus FILE` and `readCorpusFile` read back. Equal corpora give identical bytes.
 *
 * @example
 * exportCorpus(corpus).slice(0, 14);
 * //=> '{"clauses":[{"'
 */
export function exportCorpus(corpus: Corpus): string {
  return canonicalJson(corpus);
}

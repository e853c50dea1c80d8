import { checkArguments } from '../util/arguments.js';
import { CORPUS } from './arguments.js';
import { corpusHashes } from './hashes.js';
import type { Corpus } from '../model/types.js';
import { canonicalJson } from '../util/canonical-json.js';

/**
 * A corpus as canonical JSON (RFC 8785): what `legal-clauses export` prints, and what
 * `--corpus FILE` and `readCorpusFile` read back. Equal corpora give identical bytes.
 * The JSON carries the content hashes of every edition under `hashes`, computed afresh
 * (docs/trust.md), so that `legal-clauses check --corpus FILE` can verify the file later.
 *
 * @param corpus - A validated corpus; hashes it already carries are replaced by fresh ones.
 * @returns The canonical JSON text.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * exportCorpus(corpus).slice(0, 14);
 * //=> '{"clauses":[{"'
 */
export function exportCorpus(corpus: Corpus): string {
  checkArguments('exportCorpus', ['corpus', corpus, CORPUS]);
  return canonicalJson({ ...corpus, hashes: corpusHashes(corpus) });
}

/**
 * Verifying the hashes a corpus file carries (`legal-clauses export` embeds them): a file that
 * was edited after export, or whose hashes were forged, no longer matches its own text.
 */
import { checkArguments } from '../util/arguments.js';
import { CORPUS } from './arguments.js';
import { LANGUAGES } from '../model/constants.js';
import type { Corpus, PerLanguage } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';
import { corpusHashes, shortHash } from './hashes.js';
import type { EditionRef } from './types.js';

/** A hash embedded in a corpus that does not match the corpus's content. */
export interface HashMismatch extends EditionRef {
  readonly clause?: string;
  readonly language?: string;
  /** Which hash: the edition's structure, its whole text, or a clause's text. */
  readonly subject: 'structure' | 'edition-text' | 'clause-text' | 'edition';
  /** Where the hash is inside the corpus JSON, such as `hashes.documents.disclaimer["2003-04-15"].text.en`. */
  readonly path: string;
  /** What the file says; `undefined` when the file has no hash there. */
  readonly embedded: string | undefined;
  /** What the content hashes to now; `undefined` when there is no such content. */
  readonly actual: string | undefined;
  readonly message: string;
}

/**
 * Recomputes every hash of a corpus and compares it with the hashes the corpus carries.
 *
 * @param corpus - A corpus read from a file written by `legal-clauses export`.
 * @returns The mismatches, or `undefined` when the corpus carries no hashes at all.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * verifyEmbeddedHashes(parseCorpusJson(exportCorpus(corpus)));
 * //=> []
 */
export function verifyEmbeddedHashes(corpus: Corpus): HashMismatch[] | undefined {
  checkArguments('verifyEmbeddedHashes', ['corpus', corpus, CORPUS]);
  const embedded = corpus.hashes;
  if (!embedded) return undefined;
  const actual = corpusHashes(corpus).documents;
  const mismatches: HashMismatch[] = [];
  const documentIds = new Set([...Object.keys(actual), ...Object.keys(embedded.documents)]);

  for (const document of documentIds) {
    const ours = actual[document] ?? {};
    const theirs = embedded.documents[document] ?? {};
    for (const edition of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const ref = { document, edition };
      const where = `${document}@${edition}`;
      const base = ['hashes', 'documents', document, edition];
      const now = Object.hasOwn(ours, edition) ? ours[edition] : undefined;
      const said = Object.hasOwn(theirs, edition) ? theirs[edition] : undefined;
      if (!now || !said) {
        mismatches.push({
          ...ref,
          subject: 'edition',
          path: formatJsonPath(base),
          embedded: said ? 'hashes' : undefined,
          actual: now ? 'hashes' : undefined,
          message: now ? `${where}: the file carries no hashes for this edition` : `${where}: the file carries hashes for an edition it does not contain`,
        });
        continue;
      }
      if (said.structure !== now.structure) {
        mismatches.push({ ...ref, subject: 'structure', path: formatJsonPath([...base, 'structure']), embedded: said.structure, actual: now.structure, message: `${where}: the edition's structure does not match its embedded hash (${shortHash(said.structure)} in the file, ${shortHash(now.structure)} computed)` });
      }
      mismatches.push(...compareLanguages(ref, said.text, now.text, [...base, 'text'], undefined));
      for (const clause of new Set([...Object.keys(now.clauses), ...Object.keys(said.clauses)])) {
        const path = [...base, 'clauses', clause];
        const clauseNow = Object.hasOwn(now.clauses, clause) ? now.clauses[clause] : undefined;
        const clauseSaid = Object.hasOwn(said.clauses, clause) ? said.clauses[clause] : undefined;
        if (!clauseNow || !clauseSaid) {
          mismatches.push({
            ...ref,
            clause,
            subject: 'clause-text',
            path: formatJsonPath(path),
            embedded: clauseSaid ? 'hashes' : undefined,
            actual: clauseNow ? 'hashes' : undefined,
            message: clauseNow ? `${where}, clause '${clause}': the file carries no hashes for this clause` : `${where}, clause '${clause}': the file carries hashes for a clause the edition does not list`,
          });
          continue;
        }
        mismatches.push(...compareLanguages(ref, clauseSaid, clauseNow, path, clause));
      }
    }
  }
  return mismatches;
}

function compareLanguages(ref: EditionRef, said: PerLanguage<string>, now: PerLanguage<string>, path: string[], clause: string | undefined): HashMismatch[] {
  const mismatches: HashMismatch[] = [];
  for (const lang of LANGUAGES) {
    if (said[lang] === now[lang]) continue;
    const embedded = said[lang] ?? '(none)';
    const actual = now[lang] ?? '(none)';
    const what = clause === undefined ? "the edition's text" : `clause '${clause}'`;
    mismatches.push({
      ...ref,
      ...(clause === undefined ? {} : { clause }),
      language: lang,
      subject: clause === undefined ? 'edition-text' : 'clause-text',
      path: formatJsonPath([...path, lang]),
      embedded,
      actual,
      message: `${ref.document}@${ref.edition}, ${clause === undefined ? '' : `clause '${clause}', `}${lang}: ${what} does not match its embedded hash (${shortHash(embedded)} in the file, ${shortHash(actual)} computed)`,
    });
  }
  return mismatches;
}

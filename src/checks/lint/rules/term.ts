import { isCjk, isLetterOrDigit } from '../../../util/unicode.js';
import type { LintRule, LintTerm, TextHit, TextLocation } from '../types.js';

/**
 * Terms from the configuration (clauses/lint.json), such as another site's brand name inside
 * a document: `Alibaba.com` in the 1688.com disclaimer.
 */
export const term: LintRule = {
  id: 'term',
  severity: 'warning',
  description: 'A term from the configured list (clauses/lint.json `terms`), in the documents, editions and languages the entry names.',
  check(text, location, config) {
    const hits: TextHit[] = [];
    for (const entry of config.terms ?? []) {
      if (!applies(entry, location) || entry.term === '') continue;
      for (let offset = text.indexOf(entry.term); offset >= 0; offset = text.indexOf(entry.term, offset + 1)) {
        if (!wholeWord(text, offset, entry.term)) continue;
        hits.push({ offset, length: entry.term.length, message: `'${entry.term}': ${entry.reason}`, severity: entry.severity });
      }
    }
    return hits;
  },
};

function applies(entry: LintTerm, location: TextLocation): boolean {
  return (
    (entry.documents === undefined || entry.documents.includes(location.document)) &&
    (entry.editions === undefined || entry.editions.includes(location.edition)) &&
    (entry.languages === undefined || entry.languages.includes(location.language))
  );
}

/** Latin-like edges must not touch another letter or digit; CJK terms match anywhere (Chinese has no word spaces, Korean attaches particles). */
function wholeWord(text: string, offset: number, found: string): boolean {
  const first = found[0]!;
  const last = found.at(-1)!;
  const before = text[offset - 1];
  const after = text[offset + found.length];
  // A letter or digit next to a term that starts or ends with one makes it part of a longer word.
  const edgeOk = (edge: string, neighbour: string | undefined) =>
    !isLetterOrDigit(edge) || isCjk(edge) || neighbour === undefined || !isLetterOrDigit(neighbour);
  return edgeOk(first, before) && edgeOk(last, after);
}

/**
 * FIXTURES, not published text: corpora derived from the bundled one whose text carries what an
 * attacker would put in a pull request (escape sequences, bidirectional overrides, controls).
 */
import type { Corpus } from '../../src/index.js';
import { mutableCorpus } from './corpus.js';

/** ESC [ 2 K (erase the line) then a carriage return: what follows overwrites what came before. */
export const ERASE_LINE = '\u001b[2K\r';

/** Strings that would drive, retitle, link, reorder or hide text in a terminal. */
export const TERMINAL_ATTACKS: readonly string[] = [
  ERASE_LINE,
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\',
  '\u001b]52;c;cHduZWQ=\u0007',
  '\u009b2J',
  '\u001b[8mhidden\u001b[0m',
  '\u001b[31;9m',
  'back\b\b\b\bspace',
  '\u202eevil\u202c',
  '\u2066isolate\u2069',
  'zero\u200bwidth',
  '\u0007bell',
  'nul\u0000byte',
];

/**
 * The bundled corpus with a second, published edition `2024-01-01` of the disclaimer (FIXTURE)
 * where one clause's text in one language is `text`, as a single paragraph.
 */
export function corpusWithNewText(clauseId: string, lang: 'zh' | 'en', text: string): Corpus {
  const data = mutableCorpus();
  const first = data.documents[0].editions[0];
  const next = structuredClone(first);
  next.id = '2024-01-01';
  delete next.dateline;
  data.documents[0].editions.push(next);
  for (const clause of data.clauses) {
    const edition = structuredClone(clause.editions['2003-04-15']);
    if (clause.id === clauseId) edition[lang] = { status: 'published', blocks: [{ type: 'paragraph', text }] };
    clause.editions['2024-01-01'] = edition;
  }
  return data;
}

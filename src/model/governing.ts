import type { Language } from './constants.js';
import { DOCUMENT, EDITION } from './arguments.js';
import { checkArguments } from '../util/arguments.js';
import type { Document, Edition } from './types.js';

/**
 * The language that prevails in an edition: what the edition declares, else what the document
 * declares, else `null` — the edition does not say which language prevails, and nothing may
 * claim one does ("not declared").
 *
 * @param document - The document.
 * @param edition - One of its editions.
 * @returns The governing language, or `null` when none is declared.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * governingLanguageOf(getDocument('disclaimer'), getEdition({ edition: '2003-04-15' }));
 * //=> 'zh'
 */
export function governingLanguageOf(document: Document, edition: Edition): Language | null {
  checkArguments('governingLanguageOf', ['document', document, DOCUMENT], ['edition', edition, EDITION]);
  if (edition.governingLanguage !== undefined) return edition.governingLanguage;
  return document.governingLanguage ?? null;
}

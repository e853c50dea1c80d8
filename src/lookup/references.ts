/**
 * Resolving a reference as legal texts write it — `第4条`, `第四条`, `Section 4`, `Art. 4`,
 * `§ 4` — to the clause that carries that number in an edition. The number is data
 * (`number` of a clause's edition), so the reference works in every language and anchors to
 * the clause id, which is the same in every language.
 */
import { CORPUS_KEYS, SELECTOR_KEYS, optionsWith } from './arguments.js';
import { checkArguments, text as TEXT } from '../util/arguments.js';
import { bundledCorpus } from '../corpus/generated/corpus.js';
import { InvalidOptionsError, UnknownReferenceError } from '../errors.js';
import type { CorpusOption } from './documents.js';
import { resolveDocument, resolveEdition, resolveClause, type EditionSelector } from './resolve.js';

/** The clause a reference names. */
export interface ResolvedReference {
  /** The clause id. */
  id: string;
  /** The HTML anchor of the clause in every rendering: its id. */
  anchor: string;
  /** The clause's number in the edition, as the data writes it. */
  number: string;
  /** The edition the reference was resolved in. */
  edition: string;
}

/** Words that introduce an article number: `Section 4`, `Art. 4`, `§4`, `Clause 4`, `Article IV`. */
const PREFIX = /^(?:sections?|sec\.?|articles?|art\.?|clauses?|cl\.?|paragraphs?|para\.?|§+|no\.?)\s*/iu;
/** The Chinese ordinal form: `第4条`, `第四条`, `第十二款`. */
const CHINESE_ORDINAL = /^第\s*(.+?)\s*[条條款章节節项項部分]*$/u;
const REFERENCE_OPTIONS = optionsWith({ ...CORPUS_KEYS, ...SELECTOR_KEYS });
const CJK_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CJK_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The clause of an edition that a reference such as `第4条` or `Section 4` names.
 *
 * @param reference - The reference as written: `'4'`, `'第4条'`, `'第四条'`, `'Section 4'`, `'Art. 4.1'`, `'§ 4'`.
 * @param options - The document, the edition (default: the latest published) and the corpus.
 * @returns The clause's id, anchor and number.
 * @throws {UnknownReferenceError} When no clause of the edition has that number.
 * @throws {InvalidOptionsError} When the reference is empty or not a string.
 * @throws {UnknownDocumentError | UnknownEditionError | NoEditionInForceError | AmbiguousDateError} When the edition cannot be selected.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * resolveReference('第4条', { corpus: mulan, edition: '2021-05' });
 * //=> { id: 'distribution-restriction', anchor: 'distribution-restriction', number: '4', edition: '2021-05' }
 */
export function resolveReference(reference: string, options: EditionSelector & CorpusOption = {}): ResolvedReference {
  checkArguments('resolveReference', ['reference', reference, TEXT], ['options', options, REFERENCE_OPTIONS]);
  if (reference.trim() === '') {
    throw new InvalidOptionsError(`a reference is text such as '第4条' or 'Section 4' (received ${JSON.stringify(reference)})`);
  }
  const corpus = options.corpus ?? bundledCorpus;
  const edition = resolveEdition(resolveDocument(corpus, options.document), options);
  const wanted = normaliseNumber(reference);
  const numbers: string[] = [];
  for (const section of edition.sections) {
    for (const id of section.clauses) {
      const number = resolveClause(corpus, id).editions[edition.id]?.number;
      if (number === undefined) continue;
      numbers.push(number);
      if (normaliseNumber(number) === wanted) return { id, anchor: id, number, edition: edition.id };
    }
  }
  throw new UnknownReferenceError(reference, edition.id, numbers);
}

/**
 * A number as references compare it: without the words around it (`Section`, `第…条`), in
 * ASCII digits (full-width and Chinese numerals converted), lower case, without a final point.
 *
 * @param text - A reference or a clause number.
 * @returns The comparable form.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * [normaliseNumber('第十二条'), normaliseNumber('Section 4.'), normaliseNumber('Art. IV'), normaliseNumber('４')];
 * //=> ['12', '4', 'iv', '4']
 */
export function normaliseNumber(text: string): string {
  checkArguments('normaliseNumber', ['text', text, TEXT]);
  let number = text.trim().replace(/[０-９Ａ-Ｚａ-ｚ．]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const ordinal = CHINESE_ORDINAL.exec(number);
  if (ordinal) number = ordinal[1]!;
  number = number.replace(PREFIX, '').replace(/[.。、，,:：)）]+$/u, '').replace(/^[(（]/u, '');
  if (/^[〇零一二两兩三四五六七八九十百千]+$/u.test(number)) number = String(cjkNumeral(number));
  return number.toLowerCase();
}

/** The value of a Chinese numeral: `十二` → 12, `一百零五` → 105, `四` → 4. */
function cjkNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    const unit = CJK_UNITS[char];
    if (unit === undefined) {
      digit = CJK_DIGITS[char] ?? 0;
      continue;
    }
    // `十二`: a unit with no digit before it counts once.
    total += (digit === 0 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + digit;
}

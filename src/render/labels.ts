/**
 * The few words the serialisers add around the legal text, in each language: the catalogue
 * entry of the frame and the notes on missing text. They are interface labels, not legal text:
 * they never appear inside a clause, and they say what they are ("catalogue entry, not
 * published text") so that nobody reads them as words of the source. docs/rendering.md lists them.
 */
import type { Language } from '../model/constants.js';
import type { DocumentNode, EditionNode } from './types.js';

/** The name of each language, in each language: `NAMES[reader][language]`. */
const NAMES: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  zh: { zh: '中文', 'zh-Hant': '繁体中文', en: '英文' },
  'zh-Hant': { zh: '簡體中文', 'zh-Hant': '中文', en: '英文' },
  en: { zh: 'Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' },
};

/**
 * The words of the catalogue entry, per reader's language: the introduction, the words before
 * and after the edition's date, the two statuses, the governing-language label and "not declared".
 */
const CATALOGUE: Readonly<Record<Language, readonly [string, string, string, string, string, string, string]>> = {
  zh: ['目录信息，非发布文本：', '', ' 版', '已发布', '草案', '作准语言：', '未声明'],
  'zh-Hant': ['目錄資訊，非發布文本：', '', ' 版', '已發布', '草案', '作準語言：', '未聲明'],
  en: ['Catalogue entry, not published text: ', 'edition ', '', 'published', 'draft', 'governing language: ', 'not declared'],
};

/**
 * The catalogue entry of an edition in one language: the document's catalogue title, the
 * edition (its release date as precise as the source), its status and the governing language,
 * introduced as what it is — a catalogue entry, not published text.
 *
 * @param edition - The edition node of a tree.
 * @param governing - The governing language, or `null` when the edition declares none.
 * @param lang - The language of the label.
 * @returns The label, without brackets.
 * @example
 * catalogueLabel(buildTree({ lang: 'en' }).children.find((node) => node.type === 'edition'), 'zh', 'en');
 * //=> 'Catalogue entry, not published text: Disclaimer · edition 2003-04-15 · published · governing language: Chinese'
 */
export function catalogueLabel(edition: EditionNode, governing: Language | null, lang: Language): string {
  const [intro, beforeDate, afterDate, published, draft, governingLabel, notDeclared] = CATALOGUE[lang];
  const title = edition.catalogueTitle[lang];
  const parts = [
    `${beforeDate}${edition.date}${afterDate}`,
    edition.status === 'published' ? published : draft,
    `${governingLabel}${governing === null ? notDeclared : NAMES[lang][governing]}`,
  ];
  if (title !== undefined) parts.unshift(title);
  return intro + parts.join(' · ');
}

/**
 * The note, in `lang`, in the place of a clause that `missing` did not publish.
 *
 * @param missing - The language that lacks the clause.
 * @param lang - The language of the note.
 * @returns The note, without final punctuation.
 * @example
 * missingNote('zh', 'en');
 * //=> 'Not published in Chinese in this edition'
 */
export function missingNote(missing: Language, lang: Language): string {
  if (lang === 'en') return `Not published in ${NAMES.en[missing]} in this edition`;
  return lang === 'zh' ? `本版未发布此条款的${NAMES.zh[missing]}文本` : `本版未發布此條款的${NAMES['zh-Hant'][missing]}文本`;
}

/**
 * The note, in `lang`, before text shown in `shown` because `requested` did not publish the clause.
 *
 * @param requested - The language asked for, which lacks the clause.
 * @param shown - The language of the text that follows.
 * @param lang - The language of the note.
 * @returns The note.
 * @example
 * fallbackNote('zh', 'en', 'zh');
 * //=> '本版未发布此条款的中文文本，以下为英文文本'
 */
export function fallbackNote(requested: Language, shown: Language, lang: Language): string {
  if (lang === 'en') return `${missingNote(requested, 'en')}; the ${NAMES.en[shown]} text follows`;
  return lang === 'zh'
    ? `${missingNote(requested, 'zh')}，以下为${NAMES.zh[shown]}文本`
    : `${missingNote(requested, 'zh-Hant')}，以下為${NAMES['zh-Hant'][shown]}文本`;
}

/**
 * The note, in `lang`, of a one-language output that leaves clauses out because its language
 * did not publish them: how many, in which languages they exist instead, and their ids. Nothing
 * is left out without saying so on the page itself.
 *
 * @param omitted - The ids of the clauses left out, in reading order.
 * @param missing - The language of the output, which lacks them.
 * @param others - The document's other languages, where the clauses are published.
 * @param lang - The language of the note.
 * @returns The note.
 * @example
 * omittedNote(['image-use', 'opinions'], 'zh', ['en'], 'en');
 * //=> '2 clauses of this edition were not published in Chinese, only in English, and are not shown here: image-use, opinions'
 */
export function omittedNote(omitted: readonly string[], missing: Language, others: readonly Language[], lang: Language): string {
  const count = omitted.length;
  if (lang === 'en') {
    const one = count === 1;
    const only = others.length === 0 ? '' : `, only in ${others.map((other) => NAMES.en[other]).join(' or ')},`;
    return `${count} ${one ? 'clause' : 'clauses'} of this edition ${one ? 'was' : 'were'} not published in ${NAMES.en[missing]}${only} and ${one ? 'is' : 'are'} not shown here: ${omitted.join(', ')}`;
  }
  const names = NAMES[lang];
  if (lang === 'zh') {
    const only = others.length === 0 ? '' : `，仅有${others.map((other) => names[other]).join('或')}文本`;
    return `本版另有 ${count} 条条款未发布${names[missing]}文本${only}，本页未收录：${omitted.join('、')}`;
  }
  const only = others.length === 0 ? '' : `，僅有${others.map((other) => names[other]).join('或')}文本`;
  return `本版另有 ${count} 條條款未發布${names[missing]}文本${only}，本頁未收錄：${omitted.join('、')}`;
}

/**
 * The notes a one-language output writes in its frame about the clauses it left out: one per
 * language of the output and per language the clauses exist in, or none.
 *
 * @param document - The document node of the tree.
 * @param edition - Its catalogue entry (for the languages the document declares).
 * @returns `[language, note]` pairs, empty when nothing was left out.
 * @example
 * const tree = buildTree({ edition: '2003-04-15', lang: 'zh' });
 * omittedNotes(tree, tree.children.find((node) => node.type === 'edition')).map(([lang]) => lang);
 * //=> ['zh', 'en']
 */
export function omittedNotes(document: DocumentNode, edition: EditionNode): [Language, string][] {
  const [missing] = document.languages;
  if (document.omitted.length === 0 || missing === undefined || document.languages.length !== 1) return [];
  const others = edition.declaredLanguages.filter((lang) => lang !== missing);
  return [missing, ...others].map((lang) => [lang, omittedNote(document.omitted, missing, others, lang)]);
}

/**
 * The languages a note is written in: those of the output, then the language of the text it introduces.
 *
 * @param output - The languages of the document.
 * @param shown - The language of the text after the note, if any.
 * @returns The languages, without repeats.
 * @example
 * noteLanguages(['zh'], 'en');
 * //=> ['zh', 'en']
 */
export function noteLanguages(output: readonly Language[], shown?: Language): Language[] {
  return shown === undefined || output.includes(shown) ? [...output] : [...output, shown];
}

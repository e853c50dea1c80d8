/**
 * The few words the serialisers add around the legal text, in each language: the catalogue
 * entry of the frame and the notes on missing text. They are interface labels, not legal text:
 * they never appear inside a clause, and they say what they are ("catalogue entry, not
 * published text") so that nobody reads them as words of the source. docs/rendering.md lists them.
 */
import type { Language } from '../model/constants.js';
import type { EditionNode } from './types.js';

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
 * catalogueLabel(buildTree({ lang: 'en' }).children[0], 'zh', 'en');
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

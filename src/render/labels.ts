/**
 * The few words the serialisers add around the legal text, in each language: the release line
 * of the frame and the notes on missing text. They are interface labels, not legal text, and
 * never appear inside a clause. docs/rendering.md lists them.
 */
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';

/** The name of each language, in each language: `NAMES[reader][language]`. */
const NAMES: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  zh: { zh: '中文', en: '英文' },
  en: { zh: 'Chinese', en: 'English' },
};

/** The label before the release date; the English one is the wording of the 2003 dateline. */
const RELEASED: Readonly<Record<Language, string>> = { zh: '发布日期：', en: 'Released on: ' };

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** The label that introduces the release date in `lang`, such as `'Released on: '`. */
export function releasedLabel(lang: Language): string {
  return RELEASED[lang];
}

/**
 * A release date (`YYYY-MM-DD`) written out in `lang` with `Intl.DateTimeFormat`:
 * `'2003年4月15日'`, `'April 15, 2003'`. The day is formatted in UTC so that it never shifts
 * with the time zone of the machine that renders it.
 */
export function formatReleaseDate(date: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The note, in `lang`, where `missing` did not publish a clause: "Not published in Chinese in this edition". */
export function missingNote(missing: Language, lang: Language): string {
  return lang === 'zh'
    ? `本版未发布此条款的${NAMES.zh[missing]}文本`
    : `Not published in ${NAMES.en[missing]} in this edition`;
}

/** The note, in `lang`, before text shown in `shown` because `requested` did not publish the clause. */
export function fallbackNote(requested: Language, shown: Language, lang: Language): string {
  return lang === 'zh'
    ? `${missingNote(requested, 'zh')}，以下为${NAMES.zh[shown]}文本`
    : `${missingNote(requested, 'en')}; the ${NAMES.en[shown]} text follows`;
}

/** The languages a note is written in: those of the output, then the language of the text it introduces. */
export function noteLanguages(output: readonly Language[], shown?: Language): Language[] {
  return shown === undefined || output.includes(shown) ? [...output] : [...output, shown];
}

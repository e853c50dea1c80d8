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
/** Formatted dates by language and date: formatting is the slowest step of writing a frame, and editions are few. */
const formattedDates = new Map<string, string>();

/**
 * The label that introduces the release date in `lang`.
 *
 * @param lang - The language of the label.
 * @returns The label, with its trailing separator.
 * @example
 * releasedLabel('zh');
 * //=> '发布日期：'
 */
export function releasedLabel(lang: Language): string {
  return RELEASED[lang];
}

/**
 * A release date (`YYYY-MM-DD`) written out in `lang` with `Intl.DateTimeFormat`:
 * `'2003年4月15日'`, `'April 15, 2003'`. The day is formatted in UTC so that it never shifts
 * with the time zone of the machine that renders it.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @param lang - The language to write it in.
 * @returns The date written out.
 * @example
 * formatReleaseDate('2003-04-15', 'zh');
 * //=> '2003年4月15日'
 */
export function formatReleaseDate(date: string, lang: Language): string {
  const key = `${lang} ${date}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    let format = dateFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' });
      dateFormats.set(lang, format);
    }
    formatted = format.format(new Date(`${date}T00:00:00Z`));
    formattedDates.set(key, formatted);
  }
  return formatted;
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
  return lang === 'zh'
    ? `本版未发布此条款的${NAMES.zh[missing]}文本`
    : `Not published in ${NAMES.en[missing]} in this edition`;
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
  return lang === 'zh'
    ? `${missingNote(requested, 'zh')}，以下为${NAMES.zh[shown]}文本`
    : `${missingNote(requested, 'en')}; the ${NAMES.en[shown]} text follows`;
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

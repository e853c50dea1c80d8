/**
 * What the review formats call a document and a clause, in the reviewer's language: a Chinese
 * reviewer reads "免责声明", not `disclaimer`, and recognises a clause by its heading or first
 * words, shown beside its id. Names are taken from the report's own text (the published text),
 * never invented.
 */
import { LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { textAfter, textBefore } from './segments.js';
import type { ClauseDiff, EditionDiff, TextDiff } from './types.js';

/** A name taken from a text, and the language it is in (which may differ from the reviewer's). */
export interface TextName {
  text: string;
  lang: Language;
}

/** How much of a first line names a clause: a heading fits whole; a sentence is cut after this many characters (Chinese) or words. */
const CHINESE_CHARACTERS = 16;
const WORDS = 8;

/**
 * The document's title for a reviewer reading `uiLang`: its catalogue title in that language
 * (the new edition's, else the old one's), or undefined when the report does not compare that
 * language or the document has no title in it.
 *
 * @param report - A report.
 * @param uiLang - The reviewer's language.
 * @returns The title, or undefined.
 * @example
 * documentTitle(report, 'zh');
 * //=> '免责声明'
 */
export function documentTitle(report: EditionDiff, uiLang: Language): string | undefined {
  const title = report.document.title.find((text) => text.language === uiLang);
  return title === undefined ? undefined : firstLine(title);
}

/**
 * A clause's name for a reviewer reading `uiLang`: the first line of its text in that language
 * (its heading, or the start of its first paragraph, cut at a word or after a few characters
 * with `…`), the new edition's text first; where that language has no text, the first language
 * of the report that has. Undefined when no language has any text.
 *
 * @param clause - A clause of a report.
 * @param uiLang - The reviewer's language.
 * @returns The name and its language, or undefined.
 * @example
 * clauseName(report.clauses.find((clause) => clause.id === 'acceptance'), 'zh');
 * //=> { text: '若要访问和使用阿里巴巴…', lang: 'zh' }
 */
export function clauseName(clause: ClauseDiff, uiLang: Language): TextName | undefined {
  const ordered = [...clause.texts.filter((text) => text.language === uiLang), ...clause.texts.filter((text) => text.language !== uiLang)];
  for (const text of ordered) {
    const line = firstLine(text);
    if (line !== undefined) return { text: shorten(line, text.language), lang: text.language };
  }
  return undefined;
}

/** The first non-blank line of a text's new version, else of its old version. */
function firstLine(text: TextDiff): string | undefined {
  for (const version of [textAfter(text.segments), textBefore(text.segments)]) {
    const line = version.split(/\r?\n/).find((candidate) => candidate.trim() !== '');
    if (line !== undefined) return line.trim();
  }
  return undefined;
}

/** A line cut to a name: whole when short, else at a word boundary after a number of characters (Chinese) or words, with `…`. */
function shorten(line: string, lang: Language): string {
  const chinese = lang !== 'en';
  let name = '';
  let characters = 0;
  let words = 0;
  for (const { segment, isWordLike } of new Intl.Segmenter(LANGUAGE_TAGS[lang], { granularity: 'word' }).segment(line)) {
    const length = Array.from(segment).length;
    // A Chinese word cut by the segmenter is a few characters; a Latin word in Chinese text is kept whole.
    if (name !== '' && (chinese ? characters + length > CHINESE_CHARACTERS : isWordLike === true && words === WORDS)) {
      return `${name.replace(/[\s,.;:，。；：、(（]+$/u, '')}…`;
    }
    name += segment;
    characters += length;
    if (isWordLike === true) words++;
  }
  return name;
}

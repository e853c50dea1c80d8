/**
 * What a list marker may look like in each list style. A marker is kept exactly as published
 * (`(一)`, `（1）`, `1，`, `ii.`, `第三条`); the style says which numeral system it counts in,
 * and the whole marker must be that numeral wrapped in the punctuation legal texts use — a
 * marker that merely contains a digit somewhere does not fit `decimal`.
 */
import type { ListStyle } from './constants.js';

/** The numeral of each style, as a regular-expression source (no anchors). */
const NUMERALS: Readonly<Record<ListStyle, string>> = {
  // 1, 12, 4.1, 4.1.2, and full-width digits as Chinese texts print them.
  decimal: String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)*`,
  // Well-formed roman numerals (i–mmmcmxcix), or the single-character numerals of Unicode.
  'lower-roman': String.raw`(?:(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|[\u2170-\u217b])`,
  'upper-roman': String.raw`(?:(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[\u2160-\u216b])`,
  // a–z, then aa, bb… (or ab, ac…) as long lists continue; full-width letters too.
  'lower-alpha': String.raw`(?:[a-z]{1,2}|[ａ-ｚ])`,
  'upper-alpha': String.raw`(?:[A-Z]{1,2}|[Ａ-Ｚ])`,
  'cjk-ideographic': String.raw`[一二三四五六七八九十百千〇零两]+`,
  'cjk-heavenly-stem': String.raw`[甲乙丙丁戊己庚辛壬癸]`,
};

/** Brackets that may open and close a marker, half- and full-width: `(1)`, `（一）`, `[a]`, `〔1〕`. */
const OPEN = String.raw`[(（\[［〔【]`;
const CLOSE = String.raw`[)）\]］〕】]`;
/** Punctuation that may end a marker: `1.`, `一、`, `1，`, `a)`, `1:`. */
const END = String.raw`[.．、，,:：]`;

const PATTERNS = new Map<ListStyle, RegExp>(
  (Object.keys(NUMERALS) as ListStyle[]).map((style) => {
    const numeral = NUMERALS[style];
    // `第三条`, `第1款`: the ordinal forms of Chinese legal texts, for the numeral styles they use.
    const ordinal = style === 'decimal' || style === 'cjk-ideographic' ? String.raw`|第${numeral}[条款项目章节部分]` : '';
    return [style, new RegExp(String.raw`^(?:${OPEN}?${numeral}${CLOSE}?${END}?${ordinal})$`, 'u')];
  }),
);

/** An example marker of each style, for messages that show the right form. */
export const MARKER_EXAMPLES: Readonly<Record<ListStyle, string>> = {
  decimal: "'(1)', '1.' or '1，'",
  'lower-roman': "'i.' or '(ii)'",
  'upper-roman': "'I.' or '(IV)'",
  'lower-alpha': "'a.' or '(b)'",
  'upper-alpha': "'A.' or '(B)'",
  'cjk-ideographic': "'(一)' or '二、'",
  'cjk-heavenly-stem': "'甲、' or '(乙)'",
};

/**
 * Whether a marker, as published, is a numeral of the list's style wrapped in the usual
 * brackets and punctuation.
 *
 * @param marker - The marker exactly as published, such as `'(一)'` or `'1，'`.
 * @param style - The list's style.
 * @returns True when the whole marker fits the style.
 * @example
 * [markerFitsStyle('(一)', 'cjk-ideographic'), markerFitsStyle('ii.', 'lower-roman'), markerFitsStyle('Step 2', 'decimal')];
 * //=> [true, true, false]
 */
export function markerFitsStyle(marker: string, style: ListStyle): boolean {
  return PATTERNS.get(style)?.test(marker) ?? false;
}

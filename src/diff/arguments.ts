/** The rules for the arguments of the diff entry's functions (src/util/arguments.ts). */
import { CORPUS, LANGUAGE_LIST, LOCALES, optionsWith } from '../lookup/arguments.js';
import { flag, isRecord, listOf, optional, rule, text, type Rule } from '../util/arguments.js';
import { DIFF_FORMAT } from './types.js';

export { CORPUS };

/** A segment of a redline: `{ type: 'equal' | 'removed' | 'added', value: string }`. */
const SEGMENT = rule(
  "a segment ({ type: 'equal', 'removed' or 'added', value: a string })",
  (value) => isRecord(value) && (value.type === 'equal' || value.type === 'removed' || value.type === 'added') && typeof value.value === 'string',
);

/** A redline: a list of segments. */
export const SEGMENTS = listOf(SEGMENT, 'segments');

/** A report of `diffEditions` or `diffCorpora` (its `format` says so; the rest is trusted). */
export const REPORT = rule(`a report of diffEditions or diffCorpora (format '${DIFF_FORMAT}')`, (value) => isRecord(value) && value.format === DIFF_FORMAT);

const MAX_EDITS = { maxEdits: optional(rule('a positive integer', (value) => typeof value === 'number')) };

/** Options of `diffText`; whether `maxEdits` is a positive integer is checked where it is read. */
export const TEXT_DIFF_OPTIONS = optionsWith(MAX_EDITS);

/** Options of `diffEditions` and `diffCorpora`. */
export const EDITION_DIFF_OPTIONS = optionsWith({
  ...MAX_EDITS,
  document: optional(text),
  from: optional(text),
  to: optional(text),
  // Whether the tags are well-formed and match a language is checked where they are negotiated.
  languages: optional(LOCALES),
  fallback: optional(LANGUAGE_LIST),
});

// A BCP 47 tag; whether it matches a language of the labels is checked where it is negotiated.
const UI_LANG: Rule = optional(text);

/** Options of the HTML formatter. */
export const FORMAT_OPTIONS = optionsWith({ uiLang: UI_LANG });

/** Options of the hast formatter. */
export const HAST_FORMAT_OPTIONS = optionsWith({ uiLang: UI_LANG, headingLevel: optional(rule('2, 3, 4 or 5', (value) => value === 2 || value === 3 || value === 4 || value === 5)) });

/** Options of the Markdown formatter. */
export const MARKDOWN_FORMAT_OPTIONS = optionsWith({ uiLang: UI_LANG, headingLevel: optional(rule('1, 2, 3 or 4', (value) => value === 1 || value === 2 || value === 3 || value === 4)) });

/** Options of the terminal formatter. */
export const TEXT_FORMAT_OPTIONS = optionsWith({ uiLang: UI_LANG, colour: optional(flag) });

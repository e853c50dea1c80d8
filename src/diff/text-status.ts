/**
 * One language of one text compared between two editions: its status and its redline. The
 * status is decided by what each side has; the redline always rebuilds both sides (an absent
 * side is the empty string).
 */
import type { Language } from '../model/constants.js';
import type { Translation } from '../model/types.js';
import { departuresOf } from './departures.js';
import { changeSegment, equalSegment, TranslationDiffObject } from './plain.js';
import { publishedText } from './published-text.js';
import { textRedline, type TextDiffOptions } from './text-diff.js';
import type { Segment, TextDiff, TextStatus, TranslationDiff } from './types.js';

/**
 * A text that is either there or not (a heading, a dateline, a title), compared.
 *
 * @param language - The language of the text.
 * @param before - The old text, or undefined when there is none.
 * @param after - The new text, or undefined when there is none.
 * @param options - Passed to `diffText`.
 * @returns `absent`, `added`, `removed`, `unchanged` or `changed`, with the redline and its departures.
 * @throws {InvalidOptionsError} When `options.maxEdits` is not a positive integer.
 * @example
 * diffField('en', 'Copyright and Trademark', undefined).segments;
 * //=> [{ type: 'removed', value: 'Copyright and Trademark', class: 'substantive' }]
 */
export function diffField(
  language: Language,
  before: string | undefined,
  after: string | undefined,
  options: TextDiffOptions = {},
): TextDiff {
  const segments = segmentsOf(before, after, options);
  return { language, status: statusOf(before, after), segments, departures: departuresOf(segments) };
}

/** What each side has decides the status. */
function statusOf(before: string | undefined, after: string | undefined): TextStatus {
  if (before === undefined) return after === undefined ? 'absent' : 'added';
  if (after === undefined) return 'removed';
  return before === after ? 'unchanged' : 'changed';
}

/** The redline of a text that is there or not (the empty string for an absent side). */
function segmentsOf(before: string | undefined, after: string | undefined, options: TextDiffOptions): Segment[] {
  if (before === undefined) return after === undefined ? [] : whole('added', after);
  if (after === undefined) return whole('removed', before);
  return before === after ? whole('equal', before) : textRedline(before, after, options);
}

/**
 * One language of a clause compared between two editions.
 *
 * @param language - The language.
 * @param before - The clause's translation in the old edition, or undefined when the clause is not in it.
 * @param after - The clause's translation in the new edition, or undefined when the clause is not in it.
 * @param governing - Whether the language governs the document.
 * @param options - Passed to `diffText`.
 * @returns The status (`newly-translated` and `translation-withdrawn` when the clause is in both
 *   editions and only one side published this language) and the redline of the canonical plain
 *   text (`blocksToText`).
 * @throws {InvalidOptionsError} When `options.maxEdits` is not a positive integer.
 * @example
 * const text = diffTranslation('zh', { status: 'missing' }, { status: 'published', blocks: [{ type: 'paragraph', text: '新' }] }, true);
 * [text.status, text.from, text.to, text.departures.change];
 * //=> ['newly-translated', 'missing', 'published', 'substantive']
 */
export function diffTranslation(
  language: Language,
  before: Translation | undefined,
  after: Translation | undefined,
  governing: boolean,
  options: TextDiffOptions = {},
): TranslationDiff {
  const old = publishedText(before);
  const now = publishedText(after);
  const segments = segmentsOf(old, now, options);
  let status: TranslationDiff['status'] = statusOf(old, now);
  if (before !== undefined && after !== undefined) {
    if (status === 'added') status = 'newly-translated';
    if (status === 'removed') status = 'translation-withdrawn';
  }
  // Built field by field, once: object spread is slow here, and this runs for every clause and language.
  return new TranslationDiffObject(language, status, segments, departuresOf(segments), before?.status ?? null, after?.status ?? null, governing);
}

function whole(type: Segment['type'], value: string): Segment[] {
  if (value === '') return [];
  // Array.of rather than a literal, and the segment made by plain.ts: no allocation site (see plain.ts).
  return Array.of<Segment>(type === 'equal' ? equalSegment(value) : changeSegment(type, value, null));
}

/**
 * One language of one text compared between two editions: its status and its redline. The
 * status is decided by what each side has; the redline always rebuilds both sides (an absent
 * side is the empty string).
 */
import type { Language } from '../model/constants.js';
import { translationText } from '../model/plain-text.js';
import type { Translation } from '../model/types.js';
import { diffText, type TextDiffOptions } from './text-diff.js';
import type { Segment, TextDiff, TranslationDiff } from './types.js';

/**
 * A text that is either there or not (a heading, a dateline, a title), compared.
 *
 * @param language - The language of the text.
 * @param before - The old text, or undefined when there is none.
 * @param after - The new text, or undefined when there is none.
 * @param options - Passed to {@link diffText}.
 * @returns `absent`, `added`, `removed`, `unchanged` or `changed`, with the redline.
 * @throws {InvalidOptionsError} When `options.maxEdits` is not a positive integer.
 * @example
 * diffField('en', 'Copyright and Trademark', undefined);
 * //=> { language: 'en', status: 'removed', segments: [{ type: 'removed', value: 'Copyright and Trademark' }] }
 */
export function diffField(
  language: Language,
  before: string | undefined,
  after: string | undefined,
  options: TextDiffOptions = {},
): TextDiff {
  if (before === undefined && after === undefined) return { language, status: 'absent', segments: [] };
  if (before === undefined) return { language, status: 'added', segments: whole('added', after!) };
  if (after === undefined) return { language, status: 'removed', segments: whole('removed', before) };
  if (before === after) return { language, status: 'unchanged', segments: whole('equal', before) };
  return { language, status: 'changed', segments: diffText(before, after, options) };
}

/**
 * One language of a clause compared between two editions.
 *
 * @param language - The language.
 * @param before - The clause's translation in the old edition, or undefined when the clause is not in it.
 * @param after - The clause's translation in the new edition, or undefined when the clause is not in it.
 * @param governing - Whether the language governs the document.
 * @param options - Passed to {@link diffText}.
 * @returns The status (`newly-translated` and `translation-withdrawn` when the clause is in both
 *   editions and only one side published this language) and the redline of the canonical plain
 *   text (`blocksToText`).
 * @throws {InvalidOptionsError} When `options.maxEdits` is not a positive integer.
 * @example
 * diffTranslation('zh', { status: 'missing' }, { status: 'published', blocks: [{ type: 'paragraph', text: '新' }] }, true);
 * //=> { language: 'zh', status: 'newly-translated', segments: [{ type: 'added', value: '新' }], from: 'missing', to: 'published', governing: true }
 */
export function diffTranslation(
  language: Language,
  before: Translation | undefined,
  after: Translation | undefined,
  governing: boolean,
  options: TextDiffOptions = {},
): TranslationDiff {
  const base = diffField(language, publishedText(before), publishedText(after), options);
  let status = base.status;
  if (before !== undefined && after !== undefined) {
    if (status === 'added') status = 'newly-translated';
    if (status === 'removed') status = 'translation-withdrawn';
  }
  return { ...base, status, from: before?.status ?? null, to: after?.status ?? null, governing };
}

/**
 * The canonical plain text of a translation (`translationText`: heading, then blocks), or
 * undefined when it is missing or absent.
 *
 * @param translation - A clause's translation in one edition, or undefined when the clause is not in it.
 * @returns The text, or undefined.
 * @example
 * publishedText({ status: 'missing' });
 * //=> undefined
 */
export function publishedText(translation: Translation | undefined): string | undefined {
  if (translation?.status !== 'published') return undefined;
  const { blocks } = translation;
  // Most clauses are one plain paragraph: its text, without building the list translationText joins.
  const only = blocks.length === 1 && translation.heading === undefined ? blocks[0]! : undefined;
  return only?.type === 'paragraph' && typeof only.text === 'string' ? only.text : translationText(translation);
}

function whole(type: Segment['type'], value: string): Segment[] {
  return value === '' ? [] : [{ type, value }];
}

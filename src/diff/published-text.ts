/** The text a diff compares for one language of a clause: its canonical plain text, when published. */
import { translationText } from '../model/plain-text.js';
import type { Translation } from '../model/types.js';

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


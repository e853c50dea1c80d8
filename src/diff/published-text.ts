/** The text a diff compares for one language of a clause: its canonical plain text, when published. */
import { blocksToText } from '../model/plain-text.js';
import type { Translation } from '../model/types.js';

/**
 * The canonical plain text of a translation (`blocksToText`), or undefined when it is missing or absent.
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
  // Most clauses are one paragraph: its text, without building the list blocksToText joins.
  return blocks.length === 1 && blocks[0]!.type === 'paragraph' ? blocks[0]!.text : blocksToText(blocks);
}


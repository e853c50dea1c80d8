/**
 * The canonical plain text of a clause: the one definition that hashes, records, diffs, lint
 * and the plain-text renderer all read (docs/trust.md, "What is hashed"). For text written in
 * format 1 (paragraphs and one-level lists) it is exactly what format 1 defined, so no hash of
 * a published edition moves.
 */
import { BLOCKS, INLINE, PUBLISHED_TRANSLATION } from './arguments.js';
import { checkArguments } from '../util/arguments.js';
import type { Block, Inline, PublishedTranslation } from './types.js';

/** What stands between a list marker and its text when the data does not say: one space. */
export const DEFAULT_SEPARATOR = ' ';

/**
 * Running text as one string: the runs of a text with spans in another language, joined.
 *
 * @param text - A string, or strings and spans.
 * @returns The text.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * inlineText(['许可证的', { lang: 'en', text: 'Mulan PubL v2' }, '版本']);
 * //=> '许可证的Mulan PubL v2版本'
 */
export function inlineText(text: Inline): string {
  checkArguments('inlineText', ['text', text, INLINE]);
  if (typeof text === 'string') return text;
  let joined = '';
  for (const run of text) joined += typeof run === 'string' ? run : run.text;
  return joined;
}

/**
 * The canonical plain text of a clause's blocks: paragraphs as they are, list items as their
 * marker, the separator (one space unless the data says otherwise) and their text, then the
 * item's nested blocks; preformatted text with its line breaks; every paragraph, item and
 * block on its own, one blank line between them. This is how published sources lay the text
 * out, and what content hashes are computed over.
 *
 * @param blocks - The blocks of a clause in one language.
 * @returns The text, paragraphs separated by a blank line.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * blocksToText([{ type: 'list', style: 'decimal', items: [{ marker: '(1)', text: 'One' }] }]);
 * //=> '(1) One'
 */
export function blocksToText(blocks: readonly Block[]): string {
  checkArguments('blocksToText', ['blocks', blocks, BLOCKS]);
  return blocksToParagraphs(blocks).join('\n\n');
}

/**
 * The paragraphs of {@link blocksToText}, one string each.
 *
 * @param blocks - The blocks of a clause in one language.
 * @returns One string per paragraph, list item or preformatted block, in reading order.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * blocksToParagraphs([{ type: 'paragraph', text: 'Lead:' }, { type: 'list', style: 'cjk-ideographic', items: [{ marker: '(一)', text: '甲' }] }]);
 * //=> ['Lead:', '(一) 甲']
 */
export function blocksToParagraphs(blocks: readonly Block[]): string[] {
  checkArguments('blocksToParagraphs', ['blocks', blocks, BLOCKS]);
  const paragraphs: string[] = [];
  appendBlocks(blocks, paragraphs);
  return paragraphs;
}

/**
 * The canonical plain text of a published translation: its heading (when it has one), then
 * its blocks ({@link blocksToText}), one blank line between paragraphs.
 *
 * @param translation - A clause's published text in one language.
 * @returns The text.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * translationText({ status: 'published', heading: '8. Language', blocks: [{ type: 'paragraph', text: 'Chinese prevails.' }] });
 * //=> '8. Language\n\nChinese prevails.'
 */
export function translationText(translation: PublishedTranslation): string {
  checkArguments('translationText', ['translation', translation, PUBLISHED_TRANSLATION]);
  return translationParagraphs(translation).join('\n\n');
}

/**
 * The paragraphs of {@link translationText}: the heading, then every paragraph of the blocks.
 *
 * @param translation - A clause's published text in one language.
 * @returns One string per paragraph.
 * @example
 * translationParagraphs({ status: 'published', heading: '第8条', blocks: [{ type: 'paragraph', text: '以中文版为准。' }] });
 * //=> ['第8条', '以中文版为准。']
 */
export function translationParagraphs(translation: PublishedTranslation): string[] {
  const paragraphs: string[] = translation.heading === undefined ? [] : [inlineText(translation.heading)];
  appendBlocks(translation.blocks, paragraphs);
  return paragraphs;
}

/**
 * The first line of a list item: its marker as published, the separator, its text.
 *
 * @param marker - The marker, such as `'（1）'`.
 * @param separator - What the list or item says stands between marker and text; `undefined` for one space.
 * @param text - The item's text.
 * @returns The line.
 * @example
 * itemLine('（1）', '', '您必须');
 * //=> '（1）您必须'
 */
export function itemLine(marker: string, separator: string | undefined, text: Inline): string {
  return `${marker}${separator ?? DEFAULT_SEPARATOR}${inlineText(text)}`;
}

/**
 * Appends the paragraphs of blocks in reading order. Iterative (a stack of pending work, next
 * last), so that no nesting depth can overflow the call stack.
 */
function appendBlocks(blocks: readonly Block[], paragraphs: string[]): void {
  const pending: (Block | string)[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) pending.push(blocks[i]!);
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') paragraphs.push(next);
    else if (next.type === 'paragraph') paragraphs.push(inlineText(next.text));
    else if (next.type === 'preformatted') paragraphs.push(next.text);
    else {
      // Each item's line, then its nested blocks, before the next item.
      for (let i = next.items.length - 1; i >= 0; i--) {
        const item = next.items[i]!;
        const nested = item.blocks ?? [];
        for (let j = nested.length - 1; j >= 0; j--) pending.push(nested[j]!);
        pending.push(itemLine(item.marker, item.separator ?? next.separator, item.text));
      }
    }
  }
}

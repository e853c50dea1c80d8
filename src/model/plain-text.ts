import type { Block } from './types.js';

/**
 * The canonical plain text of a clause's blocks: paragraphs as they are, list items as their
 * marker, one space and their text, every block or item on its own paragraph, one blank line
 * between paragraphs. This is how the published source lays the text out, and what content
 * hashes are computed over.
 *
 * @param blocks - The blocks of a clause in one language.
 * @returns The text, paragraphs separated by a blank line.
 * @example
 * blocksToText([{ type: 'list', style: 'decimal', items: [{ marker: '(1)', text: 'One' }] }]);
 * //=> '(1) One'
 */
export function blocksToText(blocks: readonly Block[]): string {
  return blocksToParagraphs(blocks).join('\n\n');
}

/**
 * The paragraphs of {@link blocksToText}, one string each: a paragraph as it is, a list item
 * as its marker, one space and its text.
 *
 * @param blocks - The blocks of a clause in one language.
 * @returns One string per paragraph or list item, in order.
 * @example
 * blocksToParagraphs([{ type: 'paragraph', text: 'Lead:' }, { type: 'list', style: 'cjk-ideographic', items: [{ marker: '(一)', text: '甲' }] }]);
 * //=> ['Lead:', '(一) 甲']
 */
export function blocksToParagraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.text] : block.items.map((item) => `${item.marker} ${item.text}`),
  );
}

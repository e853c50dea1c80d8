import type { Block } from './types.js';

/**
 * The canonical plain text of a clause's blocks: paragraphs as they are, list items as their
 * marker, one space and their text, every block or item on its own paragraph, one blank line
 * between paragraphs. This is how the published source lays the text out, and what content
 * hashes are computed over.
 *
 * @example
 * blocksToText([{ type: 'list', style: 'decimal', items: [{ marker: '(1)', text: 'One' }] }]);
 * //=> '(1) One'
 */
export function blocksToText(blocks: readonly Block[]): string {
  return blocksToParagraphs(blocks).join('\n\n');
}

/** The paragraphs of {@link blocksToText}, one string each. */
export function blocksToParagraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.text] : block.items.map((item) => `${item.marker} ${item.text}`),
  );
}

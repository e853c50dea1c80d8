import type { Block, Inline, PublishedTranslation } from './types.js';

/** One string of published text inside a translation, and where it sits. */
export interface PublishedString {
  /** The string, verbatim. */
  text: string;
  /** Its JSON path inside the translation, such as `['blocks', 0, 'items', 1, 'text']`. */
  path: (string | number)[];
  /** Whether its line breaks are part of the text (a preformatted block). */
  preformatted: boolean;
}

/**
 * Every string of published text a translation holds, in reading order, with its JSON path:
 * the heading, paragraphs, list items and their nested blocks, preformatted text, and each run
 * of a text with spans in another language. What lint reads, and what a renderer must never
 * drop. Iterative, so that no nesting depth can overflow the call stack.
 *
 * @param translation - A clause's published text in one language.
 * @returns The strings, in reading order.
 * @example
 * publishedStrings({ status: 'published', heading: '8.', blocks: [{ type: 'paragraph', text: ['以', { lang: 'en', text: 'EN' }] }] }).map((s) => s.text);
 * //=> ['8.', '以', 'EN']
 */
export function publishedStrings(translation: PublishedTranslation): PublishedString[] {
  const strings: PublishedString[] = [];
  if (translation.heading !== undefined) pushInline(translation.heading, ['heading'], strings);
  const pending: [Block, (string | number)[]][] = [];
  const queue = (blocks: readonly Block[], at: (string | number)[]) => {
    for (let b = blocks.length - 1; b >= 0; b--) pending.push([blocks[b]!, [...at, b]]);
  };
  queue(translation.blocks, ['blocks']);
  while (pending.length > 0) {
    const [block, path] = pending.pop()!;
    if (block.type === 'paragraph') pushInline(block.text, [...path, 'text'], strings);
    else if (block.type === 'preformatted') strings.push({ text: block.text, path: [...path, 'text'], preformatted: true });
    else {
      // Items in order, each item's nested blocks right after its text: push in reverse.
      const items: [Block | null, (string | number)[], Inline | null][] = [];
      block.items.forEach((item, i) => {
        items.push([null, [...path, 'items', i, 'text'], item.text]);
        item.blocks?.forEach((nested, n) => items.push([nested, [...path, 'items', i, 'blocks', n], null]));
      });
      for (let k = items.length - 1; k >= 0; k--) {
        const [nested, at, text] = items[k]!;
        if (nested) pending.push([nested, at]);
        else pending.push([{ type: 'paragraph', text: text! }, at.slice(0, -1)]);
      }
    }
  }
  return strings;
}

function pushInline(text: Inline, path: (string | number)[], strings: PublishedString[]): void {
  if (typeof text === 'string') {
    strings.push({ text, path, preformatted: false });
    return;
  }
  text.forEach((run, r) => {
    if (typeof run === 'string') strings.push({ text: run, path: [...path, r], preformatted: false });
    else strings.push({ text: run.text, path: [...path, r, 'text'], preformatted: false });
  });
}

/**
 * The rules for the arguments of the model's public functions (src/util/arguments.ts): the
 * outside of blocks, text and translations is checked; their inside is what the validators
 * guarantee (docs/security.md).
 */
import { isRecord, listOf, rename, rule, either, text } from '../util/arguments.js';

/** A block: a paragraph, a list or preformatted text. */
const BLOCK = rule(
  "a block ({ type: 'paragraph', 'list' or 'preformatted', … })",
  (value) => isRecord(value) && (value.type === 'paragraph' || value.type === 'list' || value.type === 'preformatted'),
);

/** The blocks of a clause in one language. */
export const BLOCKS = /* @__PURE__ */ listOf(BLOCK, 'blocks');

/** A span of text in another language. */
const SPAN = rule('a string or a span ({ lang, text })', (value) => typeof value === 'string' || (isRecord(value) && typeof value.lang === 'string' && typeof value.text === 'string'));

/** Running text: a string, or strings and spans. */
export const INLINE = /* @__PURE__ */ rename(either(text, listOf(SPAN, 'strings and spans')), 'a string, or a list of strings and spans ({ lang, text })');

/** A published translation. */
export const PUBLISHED_TRANSLATION = rule(
  "a published translation ({ status: 'published', heading?, blocks })",
  (value) => isRecord(value) && value.status === 'published' && Array.isArray(value.blocks),
);

/** A document of a corpus: an object with an id and a list of editions. */
export const DOCUMENT = rule('a document of the corpus', (value) => isRecord(value) && typeof value.id === 'string' && Array.isArray(value.editions));

/** An edition of a document: an object with an id and a list of sections. */
export const EDITION = rule('an edition of the corpus', (value) => isRecord(value) && typeof value.id === 'string' && Array.isArray(value.sections));

export { text };

/**
 * Types of the model, inferred from the zod schemas in `schema.ts`.
 * Imported with `import type`, so using them costs an app no zod at run time.
 */
import type * as z from 'zod';
import type {
  blockSchema,
  clauseEditionSchema,
  clauseSchema,
  corpusSchema,
  documentSchema,
  editionSchema,
  inlineSchema,
  listItemSchema,
  listSchema,
  paragraphSchema,
  preformattedSchema,
  sectionSchema,
  spanSchema,
  translationSchema,
} from './schema.js';

import type { Language } from './constants.js';
export type { Language, Topic, EditionStatus, ListStyle } from './constants.js';

/**
 * Corpora are shared and immutable (a published edition never changes), so the model's types
 * are read-only all the way down: code that would edit a corpus in place does not compile.
 */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Everything shipped: documents with their editions, and clauses with their text. */
export type Corpus = DeepReadonly<z.infer<typeof corpusSchema>>;
/** A document, such as the disclaimer: titles, governing language, editions oldest first. */
export type Document = DeepReadonly<z.infer<typeof documentSchema>>;
/** A dated release of a document: which clauses, in which sections, in what order. */
export type Edition = DeepReadonly<z.infer<typeof editionSchema>>;
/** A group of clauses under an optional heading per language. */
export type Section = DeepReadonly<z.infer<typeof sectionSchema>>;
/** A clause: stable id, topics, and its text per edition and language. */
export type Clause = DeepReadonly<z.infer<typeof clauseSchema>>;
/** A clause's text in each language of its document, in one edition, and its number there. */
export type ClauseEdition = DeepReadonly<z.infer<typeof clauseEditionSchema>>;
/** A clause's text in one language of one edition: published blocks, or missing. */
export type Translation = DeepReadonly<z.infer<typeof translationSchema>>;
/** Text a language published. */
export type PublishedTranslation = Extract<Translation, { status: 'published' }>;
/** A block of text: a paragraph, an enumerated list, or preformatted text. */
export type Block = DeepReadonly<z.infer<typeof blockSchema>>;
/** A paragraph of running text. */
export type Paragraph = DeepReadonly<z.infer<typeof paragraphSchema>>;
/** Text whose line breaks are part of it, such as a notice template. */
export type Preformatted = DeepReadonly<z.infer<typeof preformattedSchema>>;
/** Running text: a string, or strings and spans in another language. */
export type Inline = DeepReadonly<z.infer<typeof inlineSchema>>;
/** A run of text in another language inside a translation. */
export type Span = DeepReadonly<z.infer<typeof spanSchema>>;
/** An enumerated list whose markers are kept as published. */
export type List = DeepReadonly<z.infer<typeof listSchema>>;
/** One item of an enumerated list. */
export type ListItem = DeepReadonly<z.infer<typeof listItemSchema>>;
/** Whether a language published a clause in an edition. */
export type TranslationStatus = Translation['status'];
/** A value per language where only some languages have one (titles, headings, datelines). */
export type PerLanguage<T> = { readonly [L in Language]?: T | undefined };

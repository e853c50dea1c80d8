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
  listItemSchema,
  listSchema,
  paragraphSchema,
  sectionSchema,
  translationSchema,
} from './schema.js';

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
/** A clause: stable id, topic, and its text per edition and language. */
export type Clause = DeepReadonly<z.infer<typeof clauseSchema>>;
/** A clause's text in both languages of one edition. */
export type ClauseEdition = DeepReadonly<z.infer<typeof clauseEditionSchema>>;
/** A clause's text in one language of one edition: published blocks, or missing. */
export type Translation = DeepReadonly<z.infer<typeof translationSchema>>;
/** Text a language published. */
export type PublishedTranslation = Extract<Translation, { status: 'published' }>;
/** A block of text: a paragraph or an enumerated list. */
export type Block = DeepReadonly<z.infer<typeof blockSchema>>;
/** A paragraph of running text. */
export type Paragraph = DeepReadonly<z.infer<typeof paragraphSchema>>;
/** An enumerated list whose markers are kept as published. */
export type List = DeepReadonly<z.infer<typeof listSchema>>;
/** One item of an enumerated list. */
export type ListItem = DeepReadonly<z.infer<typeof listItemSchema>>;
/** Whether a language published a clause in an edition. */
export type TranslationStatus = Translation['status'];

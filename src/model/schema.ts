/**
 * The zod schemas of the model: the single source of truth for what a corpus is.
 * Types in `types.ts` are inferred from these; the JSON Schema is generated from them.
 *
 * zod is only loaded where untrusted data enters (reading a corpus file, the `schema` entry),
 * never on the path an app takes to show a clause.
 */
import * as z from 'zod';
import {
  CORPUS_FORMAT,
  EDITION_STATUSES,
  ID_PATTERN,
  LANGUAGES,
  LIST_STYLES,
  TOPICS,
} from './constants.js';
import { checkCorpusReferences } from './references.js';

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { error: `${what} must be lowercase kebab-case, such as 'image-use'` })
    .describe(`${what}: lowercase kebab-case`);

/** A language of the corpus, `zh` or `en`. */
export const languageSchema = z.enum(LANGUAGES).describe('Language of the corpus: zh (Simplified Chinese) or en');

/** An edition id: the release date, `YYYY-MM-DD`, a real calendar date. */
export const editionIdSchema = z.iso
  .date({ error: "edition id must be a release date written YYYY-MM-DD, such as '2003-04-15'" })
  .describe('Edition id: the release date, YYYY-MM-DD');

/** Published text: never empty, kept verbatim (no trimming, no normalisation). */
const textSchema = z.string().min(1, { error: 'text must not be empty' }).describe('Text, verbatim as published');

/** A paragraph of running text. */
export const paragraphSchema = z
  .strictObject({ type: z.literal('paragraph'), text: textSchema })
  .describe('A paragraph of running text');

/** What the numeral inside a marker looks like in each list style. */
const MARKER_NUMERALS = { 'cjk-ideographic': /[一二三四五六七八九十百千〇零]/u, decimal: /[0-9]/ } as const;
const MARKER_EXAMPLES = { 'cjk-ideographic': "'(一)'", decimal: "'(1)'" } as const;

/** An item of an enumerated list: its marker exactly as published (`(一)`, `(1)`) and its text. */
export const listItemSchema = z
  .strictObject({
    marker: z.string().min(1).describe('The marker exactly as published, such as (一) or (1)'),
    text: textSchema,
  })
  .describe('An item of an enumerated list');

/** An enumerated list; its style keeps the published marker system (`(一)` or `(1)`). */
export const listSchema = z
  .strictObject({
    type: z.literal('list'),
    style: z.enum(LIST_STYLES).describe('Marker system: cjk-ideographic for (一), decimal for (1)'),
    items: z.array(listItemSchema).min(1, { error: 'a list needs at least one item' }),
  })
  .superRefine((list, ctx) => {
    const numeral = MARKER_NUMERALS[list.style];
    list.items.forEach((item, index) => {
      if (!numeral.test(item.marker)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'marker'],
          message: `marker '${item.marker}' does not fit list style '${list.style}' (expected a marker such as ${MARKER_EXAMPLES[list.style]})`,
        });
      }
    });
  })
  .describe('An enumerated list whose markers are kept as published');

/** A block of a clause's text: a paragraph or an enumerated list. */
export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, listSchema]);

/** The text of a clause in one language of one edition: published blocks, or missing. */
export const translationSchema = z.discriminatedUnion('status', [
  z
    .strictObject({
      status: z.literal('published'),
      blocks: z.array(blockSchema).min(1, { error: 'published text needs at least one block' }),
    })
    .describe('The language published this clause in this edition'),
  z.strictObject({ status: z.literal('missing') }).describe('The language did not publish this clause in this edition'),
]);

/** A clause's text in every language of one edition. Both languages are always stated. */
export const clauseEditionSchema = z
  .strictObject({ zh: translationSchema, en: translationSchema })
  .describe("A clause's text in each language of one edition");

/** A clause: a stable id, a topic, and its text per edition and language. */
export const clauseSchema = z
  .strictObject({
    id: id('clause id'),
    document: id('document id').describe('The document this clause belongs to'),
    topic: z.enum(TOPICS),
    editions: z.record(editionIdSchema, clauseEditionSchema).describe('Text per edition id'),
  })
  .describe('A clause: stable id, topic, text per edition and language');

/** Text per language where only some languages have it (headings, datelines). */
const partialTextSchema = z.strictObject({ zh: textSchema.optional(), en: textSchema.optional() });

/** A section of an edition: an optional heading per language over an ordered list of clause ids. */
export const sectionSchema = z
  .strictObject({
    id: id('section id'),
    heading: partialTextSchema.optional().describe('Heading per language; a language without one shows none'),
    clauses: z.array(id('clause id')).min(1, { error: 'a section lists at least one clause' }),
  })
  .describe('A group of clauses under an optional heading');

/** An edition of a document: a dated release with its sections in order. */
export const editionSchema = z
  .strictObject({
    id: editionIdSchema,
    status: z.enum(EDITION_STATUSES).describe('published editions are immutable'),
    dateline: partialTextSchema
      .optional()
      .describe('The release line exactly as published, per language that printed one'),
    sections: z.array(sectionSchema).min(1, { error: 'an edition has at least one section' }),
  })
  .describe('A dated release of a document');

/** A document: a title per language, the language that governs, and its editions, oldest first. */
export const documentSchema = z
  .strictObject({
    id: id('document id'),
    title: z.strictObject({ zh: textSchema, en: textSchema }).describe('Catalogue title per language'),
    governingLanguage: languageSchema.describe('The language that prevails in case of inconsistency'),
    editions: z.array(editionSchema).min(1, { error: 'a document has at least one edition' }),
  })
  .describe('A document, such as the disclaimer');

/** A content hash: `sha256:` and 64 lowercase hex digits of SHA-256 (docs/trust.md says over what). */
export const sha256Schema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, { error: "expected a hash written 'sha256:' and 64 lowercase hex digits" })
  .describe('SHA-256, written sha256:<64 lowercase hex digits>');

/** The hash of a text in one language, or `missing` where that language did not publish it. */
export const textHashSchema = z.union([sha256Schema, z.literal('missing')], {
  error: "expected 'missing' or a hash written 'sha256:' and 64 lowercase hex digits",
});

/** A text hash per language. */
export const languageHashesSchema = z.strictObject({ zh: textHashSchema, en: textHashSchema });

/** Content hashes of every edition, as `legal-clauses export` embeds them; checked by `legal-clauses check --corpus`. */
export const corpusHashesSchema = z
  .strictObject({
    algorithm: z.literal('sha256'),
    documents: z.record(
      z.string(),
      z.record(
        z.string(),
        z.strictObject({
          structure: sha256Schema.describe('The edition object as RFC 8785 canonical JSON'),
          text: languageHashesSchema.describe("The edition's canonical text per language"),
          clauses: z.record(z.string(), languageHashesSchema).describe("Each clause's canonical text per language"),
        }),
      ),
    ),
  })
  .describe('Content hashes by document id and edition id (docs/trust.md)');

const corpusShape = z.strictObject({
  $schema: z.string().optional().describe('Location of the JSON Schema, for editors'),
  format: z.literal(CORPUS_FORMAT, { error: `format must be '${CORPUS_FORMAT}'` }),
  documents: z.array(documentSchema),
  clauses: z.array(clauseSchema),
  hashes: corpusHashesSchema.optional(),
});

/** A whole corpus: documents with their editions, and clauses with their text. */
export const corpusSchema = corpusShape
  .superRefine((corpus, ctx) => {
    for (const problem of checkCorpusReferences(corpus)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  })
  .describe('A legal-clauses corpus');

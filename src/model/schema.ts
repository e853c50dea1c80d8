/**
 * The zod schemas of the model: the single source of truth for what a corpus is.
 * Types in `types.ts` are inferred from these; the JSON Schema is generated from them.
 *
 * zod is only loaded where untrusted data enters (reading a corpus file, the `schema` entry),
 * never on the path an app takes to show a clause.
 */
import * as z from 'zod';
import { isLanguageTag } from './language-tag.js';
import {
  CORPUS_FORMAT,
  EDITION_STATUSES,
  ID_PATTERN,
  LANGUAGES,
  LIST_STYLES,
  TOPICS,
} from './constants.js';
import { EDITION_DATE_PATTERN } from './edition-dates.js';
import { MARKER_EXAMPLES, markerFitsStyle } from './markers.js';
import { checkCorpusReferences } from './references.js';

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { error: `${what} must be lowercase kebab-case, such as 'image-use'` })
    .describe(`${what}: lowercase kebab-case`);

/** A language of the corpus: `zh` (Simplified Chinese), `zh-Hant` (Traditional Chinese) or `en`. */
export const languageSchema = z
  .enum(LANGUAGES)
  .describe('Language of the corpus: zh (Simplified Chinese), zh-Hant (Traditional Chinese) or en');

/**
 * A BCP 47 language tag for text in another language inside a translation (an English notice
 * quoted in the Chinese text): well-formed, as `Intl.getCanonicalLocales` accepts it.
 */
export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, { error: "expected a BCP 47 language tag, such as 'en' or 'zh-Hans'", abort: true })
  .describe('A BCP 47 language tag, such as en');

/**
 * An edition id: the release date with the precision the source gives — `YYYY-MM-DD`,
 * `YYYY-MM` or `YYYY` — never a day the source did not state.
 */
export const editionIdSchema = z
  .string()
  .regex(EDITION_DATE_PATTERN, {
    abort: true,
    error: "edition id must be the release date as published: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', such as '2003-04-15' or '2019-08'",
  })
  .describe('Edition id: the release date as precise as the source, YYYY-MM-DD, YYYY-MM or YYYY');

/** Published text: never empty, kept verbatim (no trimming, no normalisation). */
const textSchema = z.string().min(1, { error: 'text must not be empty' }).describe('Text, verbatim as published');

/** A run of text in another language than the translation around it. */
export const spanSchema = z
  .strictObject({ lang: languageTagSchema, text: textSchema })
  .describe('A run of text in another language, such as an English name in Chinese text');

/**
 * Running text: a string, or a list of strings and spans in another language whose
 * concatenation is the text.
 */
export const inlineSchema = z
  .union(
    [
    textSchema,
    z
      .array(z.union([textSchema, spanSchema]))
      .min(1, { error: 'text must not be empty' })
      .describe('Runs of text, some in another language; joined they are the text'),
    ],
    { error: (issue) => describeInlineProblem(issue.input) },
  )
  .describe('Running text, verbatim');

/** Text between a list marker and the item's text: whitespace only (`''` for `（1）您`). */
const separatorSchema = z
  .string()
  .regex(/^[\s\u3000]*$/u, { error: 'a separator is whitespace only, such as " " or ""' })
  .describe('What stands between the marker and the text as published; default one space');

const blockLang = languageTagSchema
  .optional()
  .describe('Set when the block is in another language than the translation around it');

/** A paragraph of running text. */
export const paragraphSchema = z
  .strictObject({ type: z.literal('paragraph'), text: inlineSchema, lang: blockLang })
  .describe('A paragraph of running text');

/** Text whose line breaks are part of it: a notice template, an address. */
export const preformattedSchema = z
  .strictObject({ type: z.literal('preformatted'), text: textSchema, lang: blockLang })
  .describe('Text whose line breaks and spaces are part of it, such as a notice template');

/** An item of an enumerated list: its marker exactly as published, its text, and nested blocks. */
export const listItemSchema = z
  .strictObject({
    marker: z.string().min(1).describe('The marker exactly as published, such as (一), 1， or ii.'),
    separator: separatorSchema.optional(),
    text: inlineSchema,
    get blocks() {
      return z
        .array(blockSchema)
        .min(1, { error: 'leave blocks out rather than empty' })
        .optional()
        .describe("Paragraphs and lists that continue the item after its first paragraph");
    },
  })
  .describe('An item of an enumerated list');

/** An enumerated list; its style names the numeral system of the published markers. */
export const listSchema = z
  .strictObject({
    type: z.literal('list'),
    style: z.enum(LIST_STYLES).describe('The numeral system of the markers, named after CSS list-style-type'),
    separator: separatorSchema.optional(),
    get items() {
      return z.array(listItemSchema).min(1, { error: 'a list needs at least one item' });
    },
    lang: blockLang,
  })
  .superRefine((list, ctx) => {
    list.items.forEach((item, index) => {
      if (!markerFitsStyle(item.marker, list.style)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'marker'],
          message: `marker '${item.marker}' does not fit list style '${list.style}' (expected a marker such as ${MARKER_EXAMPLES[list.style]})`,
        });
      }
    });
  })
  .describe('An enumerated list whose markers are kept as published');

/** A block of a clause's text: a paragraph, an enumerated list, or preformatted text. */
export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, listSchema, preformattedSchema]);

/** The text of a clause in one language of one edition: published blocks, or missing. */
export const translationSchema = z.discriminatedUnion('status', [
  z
    .strictObject({
      status: z.literal('published'),
      heading: inlineSchema
        .optional()
        .describe("The clause's heading as published, number included, such as '4.   分发限制'"),
      blocks: z.array(blockSchema).min(1, { error: 'published text needs at least one block' }),
    })
    .describe('The language published this clause in this edition'),
  z.strictObject({ status: z.literal('missing') }).describe('The language did not publish this clause in this edition'),
]);

/**
 * A clause's text in every language its document declares, for one edition, and its number
 * in that edition when the document numbers its articles.
 */
export const clauseEditionSchema = z
  .strictObject({
    number: z
      .string()
      .regex(/^[^\s]+$/u, { error: "a number has no spaces, such as '4', '4.1' or 'IV'" })
      .optional()
      .describe("The article's number in this edition, as data: '4' for '第4条' and 'Section 4'"),
    zh: translationSchema.optional(),
    'zh-Hant': translationSchema.optional(),
    en: translationSchema.optional(),
  })
  .describe("A clause's text in each language of its document, in one edition");

/** The topics of a clause: at least one, none repeated. */
const topicsSchema = z
  .array(z.enum(TOPICS))
  .min(1, { error: 'a clause has at least one topic' })
  .refine((topics) => new Set(topics).size === topics.length, { error: 'a topic is listed twice' })
  .describe('Topics from a closed set; a clause may have several');

/** A clause: a stable id, its topics, and its text per edition and language. */
export const clauseSchema = z
  .strictObject({
    id: id('clause id'),
    document: id('document id').describe('The document this clause belongs to'),
    topics: topicsSchema,
    editions: z.record(editionIdSchema, clauseEditionSchema).describe('Text per edition id'),
  })
  .describe('A clause: stable id, topics, text per edition and language');

/** Text per language where only some languages have it (headings, titles, datelines). */
const partialTextSchema = z.strictObject({
  zh: textSchema.optional(),
  'zh-Hant': textSchema.optional(),
  en: textSchema.optional(),
});

/** A section of an edition: an optional heading per language over an ordered list of clause ids. */
export const sectionSchema = z
  .strictObject({
    id: id('section id'),
    heading: partialTextSchema.optional().describe('Heading per language; a language without one shows none'),
    clauses: z.array(id('clause id')).min(1, { error: 'a section lists at least one clause' }),
  })
  .describe('A group of clauses under an optional heading');

/** An edition of a document: a dated release with its front matter and sections in order. */
export const editionSchema = z
  .strictObject({
    id: editionIdSchema,
    status: z.enum(EDITION_STATUSES).describe('published editions are immutable'),
    title: partialTextSchema
      .optional()
      .describe("The title line exactly as the edition published it, per language, such as '木兰公共许可证， 第2版'"),
    dateline: partialTextSchema
      .optional()
      .describe('The version or release line exactly as published, per language that printed one'),
    governingLanguage: languageSchema
      .nullable()
      .optional()
      .describe("The language this edition declares to prevail; null: it declares none; absent: the document's"),
    sections: z.array(sectionSchema).min(1, { error: 'an edition has at least one section' }),
  })
  .describe('A dated release of a document');

/** A document: the languages it publishes, catalogue titles, the governing language, its editions. */
export const documentSchema = z
  .strictObject({
    id: id('document id'),
    languages: z
      .array(languageSchema)
      .min(1, { error: 'a document publishes at least one language' })
      .refine((languages) => new Set(languages).size === languages.length, { error: 'a language is listed twice' })
      .describe('The languages the document publishes, in the order readers expect them'),
    title: partialTextSchema.describe('Catalogue title per declared language: a label, not published text'),
    governingLanguage: languageSchema
      .optional()
      .describe('The language that prevails in case of inconsistency, unless an edition says otherwise; absent: not declared'),
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

/** A text hash per language of the document. */
export const languageHashesSchema = z.strictObject({
  zh: textHashSchema.optional(),
  'zh-Hant': textHashSchema.optional(),
  en: textHashSchema.optional(),
});

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

/** What is wrong with a value that should be running text: a union's own message says only "Invalid input". */
function describeInlineProblem(input: unknown): string {
  const expected = "expected text: a non-empty string, or a list of strings and { lang, text } spans";
  if (typeof input === 'string') return 'text must not be empty';
  if (!Array.isArray(input)) return `${expected} (received ${input === null ? 'null' : typeof input})`;
  if (input.length === 0) return 'text must not be empty';
  const bad = input.findIndex((run) => !(typeof run === 'string' && run !== '') && !isSpan(run));
  return bad < 0 ? expected : `${expected}; element ${bad} is neither a non-empty string nor a { lang, text } span with a BCP 47 tag`;
}

function isSpan(run: unknown): boolean {
  if (typeof run !== 'object' || run === null || Array.isArray(run)) return false;
  const { lang, text, ...rest } = run as Record<string, unknown>;
  return typeof lang === 'string' && isLanguageTag(lang) && typeof text === 'string' && text !== '' && Object.keys(rest).length === 0;
}

/**
 * Schemas of the files in a corpus directory (the layout of `clauses/`):
 *
 *     <document-id>/document.json              the document, without its editions
 *     <document-id>/editions/<edition-id>.json  one edition
 *     <document-id>/clauses/<clause-id>.json    one clause, its document given by the directory
 *
 * The path is the identity: a file's name must equal the id inside it.
 */
import * as z from 'zod';
import { CORPUS_FORMAT } from './constants.js';
import { clauseSchema, documentSchema, editionSchema } from './schema.js';

const $schema = z.string().optional().describe('Location of the JSON Schema, for editors');

/**
 * `<document-id>/document.json`. Its `format` says which format the whole folder is written in;
 * a folder whose `document.json` has none was written in format 1 and is converted on read.
 */
export const documentFileSchema = documentSchema.omit({ editions: true }).extend({
  $schema,
  format: z.literal(CORPUS_FORMAT, { error: `format must be '${CORPUS_FORMAT}' (leave it out only in a folder written in format 1)` }),
});

/** `<document-id>/editions/<edition-id>.json`. */
export const editionFileSchema = editionSchema.extend({ $schema });

/** `<document-id>/clauses/<clause-id>.json`. */
export const clauseFileSchema = clauseSchema.omit({ document: true }).extend({ $schema });

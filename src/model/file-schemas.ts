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
import { clauseSchema, documentSchema, editionSchema } from './schema.js';

const $schema = z.string().optional().describe('Location of the JSON Schema, for editors');

/** `<document-id>/document.json`. */
export const documentFileSchema = documentSchema.omit({ editions: true }).extend({ $schema });

/** `<document-id>/editions/<edition-id>.json`. */
export const editionFileSchema = editionSchema.extend({ $schema });

/** `<document-id>/clauses/<clause-id>.json`. */
export const clauseFileSchema = clauseSchema.omit({ document: true }).extend({ $schema });

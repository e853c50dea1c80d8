/**
 * The model as zod schemas, for validating untrusted corpus data, and the functions that do it
 * with errors naming the file and the path inside it.
 */
export {
  blockSchema,
  clauseEditionSchema,
  clauseSchema,
  corpusSchema,
  documentSchema,
  editionIdSchema,
  editionSchema,
  languageSchema,
  listItemSchema,
  listSchema,
  paragraphSchema,
  sectionSchema,
  translationSchema,
} from './model/schema.js';
export { clauseFileSchema, documentFileSchema, editionFileSchema } from './model/file-schemas.js';
export { parseCorpus, parseCorpusJson } from './corpus/validate.js';
export { exportCorpus } from './checks/export.js';
export { JSON_SCHEMA_NAMES, toJsonSchema } from './model/json-schema.js';
export type { JsonSchemaName } from './model/json-schema.js';

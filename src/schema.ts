/**
 * The model as zod schemas, for validating untrusted data, and the functions that do it with
 * errors naming the file and the path inside it: a corpus (and its canonical export), a lock,
 * a lint configuration. The `node` entry reads the same from files.
 */
export {
  blockSchema,
  clauseEditionSchema,
  clauseSchema,
  corpusSchema,
  documentSchema,
  editionIdSchema,
  editionSchema,
  inlineSchema,
  languageSchema,
  listItemSchema,
  listSchema,
  paragraphSchema,
  preformattedSchema,
  sectionSchema,
  spanSchema,
  translationSchema,
} from './model/schema.js';
export { clauseFileSchema, documentFileSchema, editionFileSchema } from './model/file-schemas.js';
export { parseCorpus, parseCorpusJson } from './corpus/validate.js';
export { exportCorpus } from './checks/export.js';
export { parseLock } from './checks/parse-lock.js';
export { parseLintConfig } from './checks/lint/parse-config.js';
export { JSON_SCHEMA_NAMES, toJsonSchema } from './model/json-schema.js';
export type { JsonSchemaName } from './model/json-schema.js';

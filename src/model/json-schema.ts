import * as z from 'zod';
import { checkArguments, oneOf } from '../util/arguments.js';
import { clauseFileSchema, documentFileSchema, editionFileSchema } from './file-schemas.js';
import { corpusSchema } from './schema.js';

/** Where the published JSON Schemas live, for `$id`. */
const BASE = 'https://unpkg.com/legal-clauses/schema/';

const SCHEMAS: Record<JsonSchemaName, readonly [z.ZodType, string]> = {
  corpus: [corpusSchema, 'A legal-clauses corpus, as written by `legal-clauses export`'],
  document: [documentFileSchema, 'clauses/<document-id>/document.json'],
  edition: [editionFileSchema, 'clauses/<document-id>/editions/<edition-id>.json'],
  clause: [clauseFileSchema, 'clauses/<document-id>/clauses/<clause-id>.json'],
};

/** The JSON Schemas the package publishes, by name: a corpus file, and each file of a corpus directory. */
export type JsonSchemaName = 'corpus' | 'document' | 'edition' | 'clause';

/**
 * A JSON Schema (draft 2020-12) generated from the zod schemas, for tools in other ecosystems
 * and for editors. It checks the shape of the data; checks across parts (unique ids, editions
 * listing existing clauses) need `parseCorpus` or `legal-clauses check`.
 *
 * @param name - Which schema: `corpus` (default), or a file of a corpus directory.
 * @returns The JSON Schema as a plain object.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * (toJsonSchema('corpus').properties as Record<string, unknown>).format;
 * //=> { type: 'string', const: 'legal-clauses/corpus@2' }
 */
export function toJsonSchema(name: JsonSchemaName = 'corpus'): Record<string, unknown> {
  checkArguments('toJsonSchema', ['name', name, oneOf(JSON_SCHEMA_NAMES)]);
  const [schema, title] = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${BASE}${name}.schema.json`, title, ...rest };
}

/** Names of every published JSON Schema. */
export const JSON_SCHEMA_NAMES = Object.keys(SCHEMAS) as JsonSchemaName[];

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/index.js';
import { exportCorpus, JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/schema.js';
import { mutableCorpus } from '../helpers/corpus.js';

/** A JSON Schema validator from another ecosystem's point of view: Ajv, draft 2020-12, with formats. */
function validatorFor(name: (typeof JSON_SCHEMA_NAMES)[number]) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')));
}

describe('toJsonSchema', () => {
  it('is committed for every schema name (npm run generate writes them)', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      expect(JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8'))).toEqual(toJsonSchema(name));
    }
  });

  it('accepts the exported corpus in a standard validator', () => {
    const validate = validatorFor('corpus');
    expect(validate(JSON.parse(exportCorpus(corpus))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts every clause file of clauses/', () => {
    const validate = validatorFor('clause');
    for (const clause of corpus.clauses) {
      const file = JSON.parse(readFileSync(`clauses/${clause.document}/clauses/${clause.id}.json`, 'utf8'));
      expect(validate(file), `${clause.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it.each([
    ['a number where text belongs', (data: any) => (data.clauses[0].editions['2003-04-15'].en.blocks[0].text = 1)],
    ['an unknown status', (data: any) => (data.clauses[0].editions['2003-04-15'].zh = { status: 'draft' })],
    ['an impossible edition date', (data: any) => (data.documents[0].editions[0].id = '2003-02-30')],
    ['an unknown key', (data: any) => (data.documents[0].extra = true)],
    ['a bad clause id', (data: any) => (data.clauses[0].id = 'Image Use')],
  ])('rejects %s, as the zod schema does', (_, breakIt) => {
    const data = mutableCorpus();
    breakIt(data);
    expect(validatorFor('corpus')(data)).toBe(false);
  });
});

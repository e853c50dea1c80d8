import { describe, expect, it } from 'vitest';
import { AmbiguousDocumentError, getDocument, listDocuments, UnknownDocumentError, type Corpus } from '../../src/index.js';
import { mutableCorpus } from '../helpers/corpus.js';

describe('getDocument', () => {
  it('gives the disclaimer, governed by its Chinese text', () => {
    const document = getDocument('disclaimer');
    expect(document.governingLanguage).toBe('zh');
    expect(document.editions.map((edition) => edition.id)).toEqual(['2003-04-15']);
  });

  it('defaults to the only document of the corpus', () => {
    expect(getDocument().id).toBe('disclaimer');
  });

  it('suggests the closest id for a typo', () => {
    // @ts-expect-error: a misspelt id of the bundled corpus does not compile
    expect(() => getDocument('disclaimr')).toThrow("unknown document 'disclaimr'; did you mean 'disclaimer'? (known: disclaimer)");
  });

  it('asks which document when the corpus has several', () => {
    const data = mutableCorpus();
    data.documents.push({ ...structuredClone(data.documents[0]), id: 'terms' });
    const other = structuredClone(data.clauses[0]);
    other.id = 'terms-acceptance';
    other.document = 'terms';
    data.clauses.push(other);
    for (const edition of data.documents[1].editions) edition.sections = [{ id: 'all', clauses: ['terms-acceptance'] }];
    const corpus = data as Corpus;
    expect(() => getDocument(undefined, { corpus })).toThrow(AmbiguousDocumentError);
    expect(getDocument('terms', { corpus }).id).toBe('terms');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('treats %s as an unknown id', (id) => {
    expect(() => getDocument(id, { corpus: mutableCorpus() })).toThrow(UnknownDocumentError);
  });
});

describe('listDocuments', () => {
  it('lists the bundled documents', () => {
    expect(listDocuments().map((document) => document.id)).toEqual(['disclaimer']);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  clauseHashes,
  corpusHashes,
  editionHashes,
  editionText,
  hashText,
  structureHash,
  verifyEmbeddedHashes,
} from '../../src/checks.js';
import { blocksToText, corpus, type Corpus, type Edition } from '../../src/index.js';
import { exportCorpus, parseCorpus, parseCorpusJson } from '../../src/schema.js';
import { mutableCorpus } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

/** SHA-256 as a third party computes it, from node:crypto, not from the library. */
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
const first = (data: Corpus): Edition => data.documents[0]!.editions[0]!;

describe('editionText', () => {
  const source = sourceParagraphs();

  it.each(['zh', 'en'] as const)('is the %s part of the published source, paragraphs joined by a blank line', (lang) => {
    expect(editionText(corpus, first(corpus), lang)).toBe(source[lang].join('\n\n'));
  });

  it('is undefined for a language that published no clause', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].sections = [{ id: 'all', clauses: ['image-use'] }];
    data.clauses = data.clauses.filter((clause: { id: string }) => clause.id === 'image-use');
    delete data.documents[0].editions[0].dateline;
    expect(editionText(parseCorpus(data), first(data), 'zh')).toBeUndefined();
  });
});

describe('editionHashes', () => {
  const hashes = editionHashes(corpus, first(corpus));
  const source = sourceParagraphs();

  it('hashes the edition text per language, as anyone can recompute it from the source', () => {
    expect(hashes.text).toEqual({ zh: sha256(source.zh.join('\n\n')), en: sha256(source.en.join('\n\n')) });
  });

  it('hashes each clause as SHA-256 of its canonical plain text, and records missing translations as missing', () => {
    const trademarks = corpus.clauses.find((clause) => clause.id === 'trademarks')!.editions['2003-04-15']!;
    expect(hashes.clauses.trademarks).toEqual({
      zh: sha256(source.zh[3]!),
      en: trademarks.en?.status === 'published' ? sha256(blocksToText(trademarks.en.blocks)) : 'never',
    });
    expect(Object.entries(hashes.clauses).filter(([, value]) => value.zh === 'missing').map(([id]) => id).sort()).toEqual([
      'assumption-of-risk',
      'copyright',
      'image-use',
      'language-precedence',
      'opinions',
    ]);
    expect(Object.values(hashes.clauses).map((value) => value.zh)).not.toContain(sha256(''));
  });

  it('hashes the structure as the RFC 8785 canonical JSON of the edition object', () => {
    const edition: Edition = { id: '2020-01-01', status: 'draft', sections: [{ id: 'all', clauses: ['a'] }] };
    expect(structureHash(edition)).toBe(sha256('{"id":"2020-01-01","sections":[{"clauses":["a"],"id":"all"}],"status":"draft"}'));
  });

  it('catches in the structure what the text cannot: a clause moved between two sections without headings', () => {
    const data = mutableCorpus();
    // FIXTURE: 'trademarks' moved from 'copyright-and-trademark' to the start of 'closing',
    // which has no heading: the reading order and every text stay the same.
    data.documents[0].editions[0].sections[3].clauses = ['copyright'];
    data.documents[0].editions[0].sections[4].clauses.unshift('trademarks');
    const moved = editionHashes(parseCorpus(data), first(data));
    expect(moved.text).toEqual(hashes.text);
    expect(moved.clauses).toEqual(hashes.clauses);
    expect(moved.structure).not.toBe(hashes.structure);
  });

  it('changes the structure hash for a new heading or status, and the text hash for a heading', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].sections[1].heading.en = 'Information on this website';
    const renamed = editionHashes(parseCorpus(data), first(data));
    expect(renamed.structure).not.toBe(hashes.structure);
    expect(renamed.text.en).not.toBe(hashes.text.en);
    expect(renamed.text.zh).toBe(hashes.text.zh);
    data.documents[0].editions[0].status = 'draft';
    expect(editionHashes(parseCorpus(data), first(data)).structure).not.toBe(renamed.structure);
  });
});

describe('hashText and clauseHashes', () => {
  it('hashes UTF-8 exactly, without normalising', () => {
    expect(hashText('互联 网')).toBe(sha256('互联 网'));
    expect(hashText('e\u0301')).not.toBe(hashText('\u00e9'));
  });

  it('throws ClauseNotInEditionError for an edition the clause has no text in', () => {
    expect(() => clauseHashes(corpus.clauses[0]!, '2010-01-01')).toThrow(expect.objectContaining({ code: 'CLAUSE_NOT_IN_EDITION' }));
  });
});

describe('exported corpus JSON', () => {
  it('carries the hashes of every edition, and reads back with them', () => {
    const exported = parseCorpusJson(exportCorpus(corpus));
    expect(exported.hashes).toEqual(corpusHashes(corpus));
    expect(verifyEmbeddedHashes(exported)).toEqual([]);
  });

  it('has no hashes to verify when the corpus carries none', () => {
    expect(verifyEmbeddedHashes(corpus)).toBeUndefined();
  });

  it('rejects hashes of the wrong form, naming the path', () => {
    const data = JSON.parse(exportCorpus(corpus));
    data.hashes.documents.disclaimer['2003-04-15'].text.zh = 'sha256:ABC';
    expect(() => parseCorpus(data, 'corpus.json')).toThrow(/corpus\.json: hashes\.documents\.disclaimer\["2003-04-15"\]\.text\.zh: expected a hash written 'sha256:' and 64 lowercase hex digits/);
  });

  it('names document, edition, clause and language when a published word was changed after export', () => {
    const data = JSON.parse(exportCorpus(corpus));
    const downloads = data.clauses.find((clause: { id: string }) => clause.id === 'downloads');
    downloads.editions['2003-04-15'].en.blocks[0].text = downloads.editions['2003-04-15'].en.blocks[0].text.replace('personal study', 'any study');
    const mismatches = verifyEmbeddedHashes(parseCorpus(data))!;
    expect(mismatches.map((mismatch) => [mismatch.subject, mismatch.clause, mismatch.language, mismatch.path])).toEqual([
      ['edition-text', undefined, 'en', 'hashes.documents.disclaimer["2003-04-15"].text.en'],
      ['clause-text', 'downloads', 'en', 'hashes.documents.disclaimer["2003-04-15"].clauses.downloads.en'],
    ]);
    expect(mismatches[1]!.message).toMatch(/^disclaimer@2003-04-15, clause 'downloads', en: /);
  });

  it('notices forged hashes for an edition the file does not contain', () => {
    const data = JSON.parse(exportCorpus(corpus));
    data.hashes.documents.disclaimer['2099-01-01'] = data.hashes.documents.disclaimer['2003-04-15'];
    expect(verifyEmbeddedHashes(parseCorpus(data))!.map((mismatch) => mismatch.message)).toEqual([
      'disclaimer@2099-01-01: the file carries hashes for an edition it does not contain',
    ]);
  });
});

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAcceptanceRecord,
  formatAcceptanceRecord,
  parseAcceptanceRecord,
  resolveAcceptanceRecord,
  verifyAcceptanceRecord,
  type AcceptanceRecord,
} from '../../src/checks.js';
import { corpus, getClauseText, LegalClausesError } from '../../src/index.js';
import { corpusWithLaterEditions } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

const source = sourceParagraphs();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const edition = createAcceptanceRecord(corpus, { edition: '2003-04-15', lang: 'zh' });
const clause = createAcceptanceRecord(corpus, { edition: '2003-04-15', lang: 'en', clause: 'image-use' });

/** The record with its last hex digit changed: a forgery nobody can tell by eye. */
const forge = (record: string) => record.replace(/.$/, (digit) => (digit === '0' ? '1' : '0'));

describe('createAcceptanceRecord', () => {
  it('names the edition and language, with the hash of the text the reader saw', () => {
    expect(edition).toBe(`disclaimer@2003-04-15/zh#sha256:${sha256(source.zh.join('\n\n'))}`);
    expect(clause).toBe(`disclaimer@2003-04-15/en/image-use#sha256:${sha256(source.en[4]!)}`);
  });

  it('uses the latest published edition, or the one in force on a date, like the lookup', () => {
    const later = corpusWithLaterEditions();
    expect(createAcceptanceRecord(later, { lang: 'en' })).toMatch(/^disclaimer@2010-06-01\/en#/);
    expect(createAcceptanceRecord(later, { lang: 'en', at: '2005-01-01' })).toMatch(/^disclaimer@2003-04-15\/en#/);
  });

  it('refuses text the language did not publish: nothing was shown to accept', () => {
    expect(() => createAcceptanceRecord(corpus, { lang: 'zh', clause: 'image-use' })).toThrow(
      expect.objectContaining({ code: 'TEXT_NOT_PUBLISHED', clauseId: 'image-use', lang: 'zh', available: ['en'] }),
    );
  });

  it('chooses the language of a locale tag as getClauseText does, so that it names the text shown', () => {
    expect(createAcceptanceRecord(corpus, { lang: 'zh-CN' })).toBe(createAcceptanceRecord(corpus, { lang: 'zh' }));
    const shown = getClauseText('image-use', { lang: ['zh-CN'], fallback: 'en' });
    expect(createAcceptanceRecord(corpus, { lang: 'zh-CN', fallback: 'en', clause: 'image-use' })).toBe(createAcceptanceRecord(corpus, { lang: shown.lang, clause: 'image-use' }));
    expect(shown.lang).toBe('en');
  });

  it('refuses a tag that matches no language, saying how to accept another script', () => {
    expect(() => createAcceptanceRecord(corpus, { lang: 'zh-TW' })).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_LOCALE', suggestion: 'zh' }));
  });

  it('refuses a clause the edition does not contain', () => {
    expect(() => createAcceptanceRecord(corpusWithLaterEditions(), { lang: 'en', edition: '2010-06-01', clause: 'image-use' })).toThrow(
      expect.objectContaining({ code: 'CLAUSE_NOT_IN_EDITION' }),
    );
  });
});

describe('resolveAcceptanceRecord', () => {
  it('gives back exactly the text accepted', () => {
    expect(resolveAcceptanceRecord(corpus, edition)).toEqual({
      record: { document: 'disclaimer', edition: '2003-04-15', lang: 'zh', hash: `sha256:${sha256(source.zh.join('\n\n'))}` },
      text: source.zh.join('\n\n'),
      editionStatus: 'published',
    });
    expect(resolveAcceptanceRecord(corpus, clause).text).toBe(source.en[4]);
  });

  it('throws RecordMismatchError for a forged record, with both hashes', () => {
    expect(() => resolveAcceptanceRecord(corpus, forge(edition))).toThrow(
      expect.objectContaining({ code: 'RECORD_MISMATCH', expected: forge(edition).split('#')[1], actual: edition.split('#')[1] }),
    );
  });
});

describe('verifyAcceptanceRecord', () => {
  it('says valid, with the text, for a genuine record', () => {
    expect(verifyAcceptanceRecord(corpus, clause)).toMatchObject({ valid: true, status: 'valid', text: source.en[4] });
  });

  it.each([
    ['a forged hash', forge(clause), 'hash-mismatch', /image-use does not match the text it names/],
    ['an unknown edition', edition.replace('2003-04-15', '2003-04-16'), 'unknown-edition', /unknown edition of 'disclaimer' '2003-04-16'; did you mean '2003-04-15'\?/],
    ['an unknown document', edition.replace('disclaimer@', 'terms@'), 'unknown-document', /unknown document 'terms'/],
    ['an unknown clause', clause.replace('/image-use', '/image-usage'), 'unknown-clause', /unknown clause 'image-usage'; did you mean 'image-use'\?/],
    ['text never published', clause.replace('/en/', '/zh/'), 'not-published', /clause 'image-use' was not published in zh/],
    ['a malformed record', 'disclaimer@2003-04-15/zh', 'malformed', /no '#sha256:…' part/],
  ])('says why for %s', (_, record, status, message) => {
    const result = verifyAcceptanceRecord(corpus, record);
    expect(result).toMatchObject({ valid: false, status });
    expect(!result.valid && result.message).toMatch(message);
    expect(!result.valid && result.error).toBeInstanceOf(LegalClausesError);
  });

  it('catches a draft changed since a record of it was made', () => {
    const later = corpusWithLaterEditions();
    const record = createAcceptanceRecord(later, { lang: 'en', edition: '2030-01-01', clause: 'opinions' });
    expect(verifyAcceptanceRecord(later, record)).toMatchObject({ valid: true, editionStatus: 'draft' });
    const changed = structuredClone(later) as any;
    changed.clauses.find((candidate: { id: string }) => candidate.id === 'opinions').editions['2030-01-01'].en.blocks[0].text = 'FIXTURE draft text.';
    expect(verifyAcceptanceRecord(changed, record).status).toBe('hash-mismatch');
  });
});

describe('parseAcceptanceRecord', () => {
  it.each([
    ['', /it is empty/],
    [` ${edition}`, /whitespace/],
    [edition.replace('@', '#'), /names no edition/],
    [edition.replace('disclaimer', 'Disclaimer'), /document id 'Disclaimer' is not lowercase kebab-case/],
    [edition.replace('2003-04-15', '2003-02-30'), /edition '2003-02-30' is not a release date/],
    [edition.replace('/zh', '/fr'), /language 'fr' is not one of zh, zh-Hant, en/],
    [edition.replace('/zh', '/zh-CN'), /language 'zh-CN' is not one of zh, zh-Hant, en/],
    [clause.replace('image-use', 'image_use'), /clause id 'image_use' is not lowercase kebab-case/],
    [clause.replace('image-use', 'image-use/extra'), /unexpected '\/extra'/],
    [edition.replace('sha256:', 'md5:'), /must start with 'sha256:' \(received 'md5'/],
    [edition.toUpperCase().replace('DISCLAIMER', 'disclaimer').replace('/ZH#SHA256', '/zh#sha256'), /lowercase hex digits/],
    [edition.slice(0, -1), /63 hex digits, expected 64/],
    [`${edition.slice(0, -1)}g`, /only contain the hex digits/],
  ])('refuses %j, saying which part is wrong', (text, reason) => {
    expect(() => parseAcceptanceRecord(text)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', message: expect.stringMatching(reason) }));
  });

  it('reads back every record formatAcceptanceRecord writes', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    const date = fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10));
    const record = fc.record(
      {
        document: id,
        edition: date,
        lang: fc.constantFrom('zh' as const, 'en' as const),
        clause: id,
        hash: fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256:${hex}` as const),
      },
      { requiredKeys: ['document', 'edition', 'lang', 'hash'] },
    );
    fc.assert(
      fc.property(record, (parts: AcceptanceRecord) => {
        expect(parseAcceptanceRecord(formatAcceptanceRecord(parts))).toEqual(parts);
      }),
    );
  });
});

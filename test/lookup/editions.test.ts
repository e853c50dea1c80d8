import { describe, expect, it } from 'vitest';
import {
  getEdition,
  InvalidDateError,
  InvalidOptionsError,
  listEditions,
  NoEditionInForceError,
  UnknownEditionError,
} from '../../src/index.js';
import { corpusWithLaterEditions } from '../helpers/corpus.js';

const corpus = corpusWithLaterEditions();

describe('getEdition', () => {
  it('gives the bundled 2003-04-15 edition by default', () => {
    expect(getEdition().id).toBe('2003-04-15');
  });

  it('gives the latest published edition, not a draft', () => {
    expect(getEdition({ corpus }).id).toBe('2010-06-01');
  });

  it('gives the latest edition including drafts when asked', () => {
    expect(getEdition({ corpus, includeDrafts: true }).id).toBe('2030-01-01');
  });

  it('finds an edition by id, drafts included', () => {
    expect(getEdition({ corpus, edition: '2003-04-15' }).id).toBe('2003-04-15');
    expect(getEdition({ corpus, edition: '2030-01-01' }).status).toBe('draft');
  });

  it.each([
    ['2003-04-15', '2003-04-15'],
    ['2010-05-31', '2003-04-15'],
    ['2010-06-01', '2010-06-01'],
    ['2099-12-31', '2010-06-01'],
  ])('gives the edition in force on %s: %s', (at, expected) => {
    expect(getEdition({ corpus, at }).id).toBe(expected);
  });

  it('takes a Date and uses its calendar day in local time', () => {
    expect(getEdition({ corpus, at: new Date(2010, 5, 1, 0, 30) }).id).toBe('2010-06-01');
    expect(getEdition({ corpus, at: new Date(2010, 4, 31, 23, 30) }).id).toBe('2003-04-15');
  });

  it('fails before the first edition, naming when it was released', () => {
    expect(() => getEdition({ at: '2003-04-14' })).toThrow(NoEditionInForceError);
    expect(() => getEdition({ at: '2003-04-14' })).toThrow('no edition of \'disclaimer\' was in force on 2003-04-14; the first was released on 2003-04-15');
  });

  it('fails on an unknown edition, listing those that exist and the closest', () => {
    let error: UnknownEditionError | undefined;
    try {
      getEdition({ corpus, edition: '2010-06-10' });
    } catch (caught) {
      error = caught as UnknownEditionError;
    }
    expect(error).toBeInstanceOf(UnknownEditionError);
    expect(error).toMatchObject({ code: 'UNKNOWN_EDITION', edition: '2010-06-10', suggestion: '2010-06-01', available: ['2003-04-15', '2010-06-01', '2030-01-01'] });
  });

  it.each(['2003-4-15', '2003-02-30', 'yesterday', ''])('rejects the date %j', (at) => {
    expect(() => getEdition({ at })).toThrow(InvalidDateError);
  });

  it('rejects an invalid Date object', () => {
    expect(() => getEdition({ at: new Date('nope') })).toThrow(InvalidDateError);
  });

  it('refuses an edition and a date together', () => {
    expect(() => getEdition({ edition: '2003-04-15', at: '2003-04-15' })).toThrow(InvalidOptionsError);
  });
});

describe('listEditions', () => {
  it('lists editions oldest first with their status', () => {
    expect(listEditions({ corpus }).map((edition) => [edition.id, edition.status])).toEqual([
      ['2003-04-15', 'published'],
      ['2010-06-01', 'published'],
      ['2030-01-01', 'draft'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ClauseNotInEditionError,
  corpus as bundled,
  getClause,
  getClauseText,
  listClauses,
  UnknownClauseError,
  UnsupportedLocaleError,
} from '../../src/index.js';
import { corpusWithLaterEditions, mutableCorpus } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

const source = sourceParagraphs();

describe('getClause', () => {
  it('gives a clause of the latest edition with its text in every language', () => {
    const clause = getClause('image-use');
    expect(clause).toMatchObject({ id: 'image-use', document: 'disclaimer', edition: '2003-04-15', topics: ['intellectual-property'], languages: ['zh', 'en'], governingLanguage: 'zh', position: 2 });
    expect(clause.section.id).toBe('information');
    expect(clause.section.heading?.en).toBe('Information on this Website');
    expect(clause.translations.zh).toEqual({ status: 'missing' });
    expect(clause.translations.en?.status).toBe('published');
  });

  it('gives the clause of a named edition or of the edition in force at a date', () => {
    const corpus = corpusWithLaterEditions();
    expect(getClause('acceptance', { corpus, edition: '2003-04-15' }).edition).toBe('2003-04-15');
    expect(getClause('acceptance', { corpus, at: '2012-01-01' }).edition).toBe('2010-06-01');
  });

  it('says which editions hold a clause that the selected edition lacks', () => {
    const corpus = corpusWithLaterEditions();
    expect(() => getClause('image-use', { corpus })).toThrow(ClauseNotInEditionError);
    expect(() => getClause('image-use', { corpus })).toThrow("clause 'image-use' is not in edition 2010-06-01; it is in: 2003-04-15, 2030-01-01");
  });

  it('suggests the closest id for a typo', () => {
    // @ts-expect-error: a misspelt id of the bundled corpus does not compile
    expect(() => getClause('imge-use')).toThrow(/^unknown clause 'imge-use'; did you mean 'image-use'\?/);
  });

  it.each(['__proto__', 'constructor', 'toString', 'valueOf', '__defineGetter__'])('treats %s as an unknown id', (id) => {
    const error = (() => {
      try {
        getClause(id, { corpus: bundled });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownClauseError);
    expect(error).toMatchObject({ code: 'UNKNOWN_CLAUSE', clauseId: id });
  });

  it('works on any corpus of the model', () => {
    const corpus = mutableCorpus();
    corpus.clauses[0].editions['2003-04-15'].en.blocks[0].text = 'Changed.';
    expect(getClause(corpus.clauses[0].id, { corpus }).translations.en).toEqual({ status: 'published', blocks: [{ type: 'paragraph', text: 'Changed.' }] });
  });
});

describe('getClauseText', () => {
  it('gives the Chinese text for zh-CN, zh-Hans-CN, zh-SG and zh', () => {
    for (const lang of ['zh-CN', 'zh-Hans-CN', 'zh-SG', 'zh', 'ZH-cn']) {
      const text = getClauseText('trademarks', { lang });
      expect(text).toMatchObject({ status: 'published', lang: 'zh', governing: true });
      expect(text.status === 'published' && text.text).toBe(source.zh[3]);
    }
  });

  it('gives the English text for en-GB and en-US', () => {
    for (const lang of ['en-GB', 'en-US', 'en']) {
      expect(getClauseText('acceptance', { lang })).toMatchObject({ status: 'published', lang: 'en', governing: false, text: source.en[1] });
    }
  });

  it('refuses Traditional Chinese unless a fallback allows Simplified', () => {
    for (const lang of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-Hant-CN']) {
      expect(() => getClauseText('trademarks', { lang })).toThrow(UnsupportedLocaleError);
      expect(getClauseText('trademarks', { lang, fallback: 'zh' })).toMatchObject({ status: 'published', lang: 'zh', fallbackFrom: lang });
    }
  });

  it('takes several tags in order of preference', () => {
    expect(getClauseText('acceptance', { lang: ['zh-TW', 'en-GB'] })).toMatchObject({ lang: 'en' });
    expect(getClauseText('acceptance', { lang: ['fr', 'zh-CN', 'en'] })).toMatchObject({ lang: 'zh' });
  });

  it('reports a missing translation as missing, not as empty text', () => {
    const text = getClauseText('image-use', { lang: 'zh-CN' });
    expect(text).toEqual({
      id: 'image-use',
      document: 'disclaimer',
      edition: '2003-04-15',
      topics: ['intellectual-property'],
      lang: 'zh',
      governing: true,
      status: 'missing',
      available: ['en'],
    });
  });

  it('falls back to another language only when asked, and says so', () => {
    const text = getClauseText('image-use', { lang: 'zh', fallback: 'en' });
    expect(text).toMatchObject({ status: 'published', lang: 'en', fallbackFrom: 'zh', governing: false });
  });

  it('does not mark a text as a fallback when the requested language has it', () => {
    expect(getClauseText('acceptance', { lang: 'zh', fallback: 'en' })).not.toHaveProperty('fallbackFrom');
  });

  it('joins list items with their markers as published', () => {
    const text = getClauseText('disclaimers', { lang: 'en' });
    expect(text.status === 'published' && text.text).toBe(source.en.slice(11, 14).join('\n\n'));
  });
});

describe('listClauses', () => {
  it('lists the ten clauses in reading order with their translation status', () => {
    const clauses = listClauses();
    expect(clauses.map((clause) => clause.id)).toEqual([
      'acceptance',
      'information-liability',
      'image-use',
      'downloads',
      'opinions',
      'copyright',
      'trademarks',
      'disclaimers',
      'assumption-of-risk',
      'language-precedence',
    ]);
    expect(clauses.filter((clause) => clause.languages.zh === 'missing')).toHaveLength(5);
    expect(clauses.every((clause) => clause.languages.en === 'published')).toBe(true);
  });

  it('lists the clauses of another edition', () => {
    expect(listClauses({ corpus: corpusWithLaterEditions(), edition: '2010-06-01' }).map((clause) => clause.id)).not.toContain('image-use');
  });
});

describe('resolveClauseAt', () => {
  it('answers as resolveClause whatever the guess: the listed clause, the index when the guess is wrong or ids repeat', async () => {
    const { resolveClause, resolveClauseAt } = await import('../../src/lookup/resolve.js');
    const corpus = mutableCorpus() as typeof bundled;
    const ids = corpus.clauses.map((clause) => clause.id);
    ids.forEach((id, at) => {
      expect(resolveClauseAt(corpus, id, at)).toBe(resolveClause(corpus, id));
      expect(resolveClauseAt(corpus, id, (at + 1) % ids.length)).toBe(resolveClause(corpus, id));
      expect(resolveClauseAt(corpus, id, -1)).toBe(resolveClause(corpus, id));
    });
    expect(() => resolveClauseAt(corpus, 'no-such-clause', 0)).toThrow(UnknownClauseError);
    // Two clauses with one id (a corpus that was not validated): the index keeps the last, and so does the guess.
    const twice = { ...corpus, clauses: [...corpus.clauses, { ...corpus.clauses[0]! }] };
    expect(resolveClauseAt(twice, ids[0]!, 0)).toBe(twice.clauses.at(-1));
  });
});

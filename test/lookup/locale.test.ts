import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidLocaleError, matchLanguage, negotiateLanguage, UnsupportedLocaleError } from '../../src/index.js';

describe('matchLanguage', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['cmn-Hans-CN', 'zh'],
    ['zh-TW', undefined],
    ['zh-HK', undefined],
    ['zh-Hant', undefined],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-Latn-US', 'en'],
    ['fr', undefined],
    ['und', undefined],
  ])('matches %s to %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });

  it('matches as Intl.Locale maximizes, for the tags it knows without ICU and for any other', () => {
    // The oracle: language and script of both tags after `maximize()`, from ICU.
    const subtags = (tag: string) => {
      const locale = new Intl.Locale(tag).maximize();
      return `${locale.language}-${locale.script}`;
    };
    const targets = { zh: 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' } as const;
    for (const tag of ['zh', 'zh-Hans', 'zh-Hant', 'en', 'zh-TW', 'en-GB', 'zh-MO', 'yue']) {
      for (const lang of ['zh', 'zh-Hant', 'en'] as const) {
        expect(matchLanguage(tag, [lang]), `${tag} against ${lang}`).toBe(subtags(tag) === subtags(targets[lang]) ? lang : undefined);
      }
    }
  });

  it.each(['', 'zh_CN', 'not a tag', '12', 'en--GB'])('rejects the malformed tag %j', (tag) => {
    expect(() => matchLanguage(tag)).toThrow(InvalidLocaleError);
  });

  it('never throws anything but InvalidLocaleError', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        try {
          matchLanguage(tag);
        } catch (error) {
          return error instanceof InvalidLocaleError;
        }
        return true;
      }),
    );
  });
});

describe('negotiateLanguage', () => {
  it('takes the first tag that matches', () => {
    expect(negotiateLanguage(['zh-TW', 'en-GB', 'zh-CN'])).toEqual({ lang: 'en', matched: 'en-GB' });
  });

  it('falls back when nothing matches', () => {
    expect(negotiateLanguage('zh-Hant', { fallback: 'zh' })).toEqual({ lang: 'zh', matched: undefined });
  });

  it('explains how to accept Simplified Chinese for a Traditional Chinese reader', () => {
    expect(() => negotiateLanguage('zh-TW')).toThrow(UnsupportedLocaleError);
    expect(() => negotiateLanguage('zh-TW')).toThrow("no text matches locale 'zh-TW'; available: zh, en; the Chinese text is Simplified (zh-Hans): pass fallback: 'zh' to accept it");
  });

  it('only chooses among the available languages', () => {
    expect(() => negotiateLanguage('zh-CN', { available: ['en'] })).toThrow(UnsupportedLocaleError);
  });
});

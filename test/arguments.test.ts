/**
 * Mistakes in calling code are caught at the boundary of every public function with an
 * InvalidArgumentError naming the function, the argument and what it takes (issue 13, item 7).
 */
import { describe, expect, it } from 'vitest';
import { createAcceptanceRecord, lintText, sha256Hex } from '../src/checks.js';
import { diffText, formatDiffJson, textAfter } from '../src/diff.js';
import { buildTree, corpus, getClauseText, getEdition, InvalidArgumentError, listClauses, negotiateLanguage } from '../src/index.js';

function errorOf(call: () => unknown): InvalidArgumentError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('no error thrown');
}

describe('InvalidArgumentError', () => {
  it('refuses a null language instead of reading a property of null', () => {
    const error = errorOf(() => getClauseText('trademarks', { lang: null as never }));
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', functionName: 'getClauseText', argument: 'options.lang', received: 'null' });
    expect(error.message).toBe('getClauseText: options.lang must be a BCP 47 language tag or a list of them; received null');
  });

  it('refuses to hash what is not text or bytes, instead of hashing a function as the empty string', () => {
    expect(errorOf(() => sha256Hex(42 as never)).message).toBe('sha256Hex: input must be a string or a Uint8Array; received the number 42');
    expect(errorOf(() => sha256Hex((() => 1) as never)).received).toBe('a function');
  });

  it('refuses null as a text to compare, instead of treating it as empty', () => {
    expect(errorOf(() => diffText(null as never, 'a')).message).toBe('diffText: before must be a string; received null');
    expect(errorOf(() => diffText('a', 'b', { maxEdits: '5' as never })).argument).toBe('options.maxEdits');
  });

  it('names the item of a list that is wrong', () => {
    expect(errorOf(() => getClauseText('trademarks', { lang: ['zh', 3] as never })).argument).toBe('options.lang[1]');
    expect(errorOf(() => textAfter([{ type: 'equal', value: 'a' }, { type: 'moved', value: 'b' }] as never)).argument).toBe('segments[1]');
  });

  it('refuses a fallback that is not a corpus language, which would otherwise crash the lookup', () => {
    expect(errorOf(() => getClauseText('image-use', { lang: 'zh', fallback: 'fr' as never })).message).toContain("options.fallback must be one of 'zh', 'zh-Hant', 'en'");
  });

  it('refuses options of the wrong kind, a corpus that is not one, and a date that is a number', () => {
    expect(errorOf(() => listClauses(null as never)).argument).toBe('options');
    expect(errorOf(() => getEdition({ corpus: { documents: 'none' } as never })).argument).toBe('options.corpus');
    expect(errorOf(() => getEdition({ at: 20030415 as never })).expected).toBe('a date written YYYY-MM-DD or a Date');
    expect(errorOf(() => buildTree({ lang: 7 as never })).argument).toBe('options.lang');
    expect(errorOf(() => negotiateLanguage('zh', { available: ['fr'] as never })).argument).toBe('options.available[0]');
  });

  it('refuses a lint location in a language the corpus does not have, and a record without options', () => {
    expect(errorOf(() => lintText('x', { document: 'd', edition: 'e', language: 'fr' as never, field: 'clause', path: 'p' })).argument).toBe('location.language');
    expect(errorOf(() => createAcceptanceRecord(corpus, undefined as never)).argument).toBe('options');
  });

  it('refuses what is not a diff report', () => {
    expect(errorOf(() => formatDiffJson({ clauses: [] } as never)).argument).toBe('report');
  });

  it('cuts a long string it quotes', () => {
    const error = errorOf(() => lintText('x', 'y'.repeat(100_000) as never));
    expect(error.received).toBe(`the string "${'y'.repeat(40)}"… (100000 characters)`);
    expect(error.message.length).toBeLessThan(250);
  });

  it('lets an options object carry keys a function does not know, so one object can serve several calls', () => {
    const options = { lang: 'zh', edition: '2003-04-15', colour: true };
    expect(listClauses(options)).toHaveLength(10);
    expect(getClauseText('trademarks', options).status).toBe('published');
  });
});

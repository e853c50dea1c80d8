/**
 * Whether a text a user accepted changed substantively in a later edition: the library
 * function and `legal-clauses verify --against`, on the fixture corpus two-editions (in-process CLI).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAcceptanceRecord, diffAcceptedText, RecordMismatchError } from '../../src/checks.js';
import type { Corpus } from '../../src/index.js';
import { UnknownEditionError } from '../../src/index.js';
import { runInProcess } from '../helpers/run.js';
import { readTwoEditions, TWO_EDITIONS } from './helpers/fixtures.js';

let corpus: Corpus;
const record = (lang: 'zh' | 'en', clause?: string) =>
  createAcceptanceRecord(corpus, { edition: '2003-04-15', lang, ...(clause === undefined ? {} : { clause }) });

beforeAll(async () => {
  corpus = await readTwoEditions();
});

describe('diffAcceptedText', () => {
  it('says a clause changed substantively when a word changed', () => {
    const change = diffAcceptedText(corpus, record('en', 'disclaimers'), { edition: '2024-01-01' });
    expect(change.edition).toBe('2024-01-01');
    expect(change.change).toBe('substantive');
    expect(change.departures.inserted.words).toBe(1);
  });

  it('says a clause changed only typographically when only a space changed: no need to accept again', () => {
    expect(diffAcceptedText(corpus, record('zh', 'acceptance'), { edition: '2024-01-01' })).toMatchObject({ change: 'typographic', departures: { kinds: ['whitespace'] } });
    expect(diffAcceptedText(corpus, record('en', 'acceptance'), { edition: '2024-01-01' }).change).toBe('none');
  });

  it('counts a clause the later edition dropped as removed, and compares whole editions without their datelines', () => {
    expect(diffAcceptedText(corpus, record('en', 'opinions'), { edition: '2024-01-01' }).change).toBe('substantive');
    const whole = diffAcceptedText(corpus, record('en'), { edition: '2024-01-01' });
    expect(whole.change).toBe('substantive');
    expect(whole.segments.map((segment) => segment.value).join('')).not.toContain('Released on');
    expect(diffAcceptedText(corpus, record('en'), { edition: '2003-04-15' }).change).toBe('none');
  });

  it('compares with the latest published edition by default, and refuses a record that does not verify', () => {
    expect(diffAcceptedText(corpus, record('zh', 'downloads')).edition).toBe('2024-01-01');
    expect(() => diffAcceptedText(corpus, record('zh', 'downloads'), { edition: '2099-01-01' })).toThrow(UnknownEditionError);
    const forged = record('zh', 'downloads').replace(/.$/, (digit) => (digit === '0' ? '1' : '0'));
    expect(() => diffAcceptedText(corpus, forged)).toThrow(RecordMismatchError);
  });
});

describe('legal-clauses verify --against', () => {
  it('says whether the user must accept again', async () => {
    const substantive = await runInProcess(['verify', record('en', 'disclaimers'), '--against', '2024-01-01', '--corpus', TWO_EDITIONS]);
    expect(substantive.status).toBe(0);
    expect(substantive.stdout).toContain('against 2024-01-01: changed substantively: the user must accept again');
    const typographic = await runInProcess(['verify', record('zh', 'acceptance'), '--against', 'latest', '--corpus', TWO_EDITIONS]);
    expect(typographic.stdout).toContain('against 2024-01-01: changed only typographically (whitespace): no need to accept again');
    const json = await runInProcess(['verify', record('zh', 'acceptance'), '--against', '2024-01-01', '--format', 'json', '--corpus', TWO_EDITIONS]);
    expect(JSON.parse(json.stdout).against).toMatchObject({ edition: '2024-01-01', change: 'typographic' });
  });

  it('refuses an unknown edition in one line with exit 2', async () => {
    const result = await runInProcess(['verify', record('zh', 'acceptance'), '--against', '2099-01-01', '--corpus', TWO_EDITIONS]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('legal-clauses diff --ignore', () => {
  it('hides the typographic kinds named and lets --exit-code ignore them', async () => {
    const result = await runInProcess(['diff', '--ignore', 'whitespace,punctuation-width', '--corpus', TWO_EDITIONS]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Typographic changes of these kinds are not marked: whitespace, punctuation width.');
    expect(result.stdout).not.toContain('[~');
    expect((await runInProcess(['diff', '2003-04-15', '2003-04-15', '--ignore', 'typographic', '--exit-code', '--corpus', TWO_EDITIONS])).status).toBe(0);
  });

  it('refuses an unknown kind in one line with exit 2', async () => {
    const result = await runInProcess(['diff', '--ignore', 'spaces', '--corpus', TWO_EDITIONS]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--ignore takes typographic or a comma-separated list of whitespace, wrapping/);
  });
});

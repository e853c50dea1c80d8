import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePeriod, isEditionDate } from '../../src/index.js';
import { EDITION_DATE_PATTERN, canFollow } from '../../src/model/edition-dates.js';

describe('datePeriod', () => {
  it('gives the days a date of each precision stands for', () => {
    expect(datePeriod('2019')).toEqual({ start: '2019-01-01', end: '2019-12-31', precision: 'year' });
    expect(datePeriod('2019-08')).toEqual({ start: '2019-08-01', end: '2019-08-31', precision: 'month' });
    expect(datePeriod('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29', precision: 'month' });
    expect(datePeriod('2100-02')).toEqual({ start: '2100-02-01', end: '2100-02-28', precision: 'month' });
    expect(datePeriod('2003-04-15')).toEqual({ start: '2003-04-15', end: '2003-04-15', precision: 'day' });
  });

  it('refuses what is not a release date', () => {
    for (const text of ['2019-13', '2019-00', '2003-02-30', '2003-4-15', '03-04-15', '2003/04/15', '', ' 2003', '2003-04-15T00:00']) {
      expect(datePeriod(text), text).toBeUndefined();
      expect(isEditionDate(text), text).toBe(false);
    }
  });

  it('agrees with the JSON Schema pattern on every string of the right shape', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const candidate = fc.oneof(
      digits(4),
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}`.concat(`-${d}`)),
      fc.tuple(digits(4), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        expect(EDITION_DATE_PATTERN.test(text), text).toBe(isEditionDate(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('canFollow', () => {
  it('refuses only an order the dates contradict; overlapping periods keep the order given', () => {
    expect(canFollow('2019-08', '2020-01')).toBe(true);
    expect(canFollow('2019-08-15', '2019-08')).toBe(true);
    expect(canFollow('2019-08', '2019-08-15')).toBe(true);
    expect(canFollow('2020', '2019-12')).toBe(false);
    expect(canFollow('2020-01-02', '2020-01-01')).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEdition, InvalidDateError } from '../../src/index.js';

/** Days in a month of the proleptic Gregorian calendar, computed from first principles. */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('dates given as `at`', () => {
  it('are accepted exactly when they name a day of the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
        let accepted = true;
        try {
          getEdition({ at: text });
        } catch (error) {
          if (error instanceof InvalidDateError) accepted = false;
        }
        return accepted === valid;
      }),
      { numRuns: 2000 },
    );
  });

  it('read a Date as its local calendar day, years below 100 included', () => {
    const date = new Date(2003, 3, 15, 23, 59);
    expect(getEdition({ at: date }).id).toBe('2003-04-15');
    const early = new Date(0);
    early.setFullYear(50, 0, 1);
    expect(() => getEdition({ at: early })).toThrow("no edition of 'disclaimer' was in force on 0050-01-01");
  });
});

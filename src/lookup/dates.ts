import { InvalidDateError } from '../errors.js';

/**
 * A date as `YYYY-MM-DD`. Strings must already be in that form and name a real calendar day;
 * a `Date` gives its calendar day in the runtime's time zone, the day its user is living.
 *
 * @throws {InvalidDateError} For anything else.
 */
export function toCalendarDate(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new InvalidDateError(String(date));
    // The local calendar day, written out by toISOString from the same day at UTC midnight
    // (setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999).
    const day = new Date(0);
    day.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
    return day.toISOString().slice(0, 10);
  }
  if (typeof date !== 'string' || !isCalendarDate(date)) throw new InvalidDateError(String(date));
  return date;
}

/** Whether `text` is `YYYY-MM-DD` and names a day that exists (no 2003-02-30, which would roll over). */
export function isCalendarDate(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d\d-\d\d$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

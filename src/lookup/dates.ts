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
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  if (typeof date !== 'string' || !isCalendarDate(date)) throw new InvalidDateError(String(date));
  return date;
}

/** Whether `text` is `YYYY-MM-DD` and names a day that exists (no 2003-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

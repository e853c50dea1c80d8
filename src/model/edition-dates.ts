/**
 * Release dates with the precision the source gives. An edition id is its release date written
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a licence that says only "2019年8月" / "August 2019" is
 * `2019-08`, and no day is invented. A partial date names a period (a month, a year); every
 * comparison of dates goes through that period, so this module is the one place that decides
 * how partial dates compare (docs/data-model.md, "Dates").
 */

/** How precise a release date is. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The days a release date may stand for: the first and the last, both `YYYY-MM-DD`. */
export interface DatePeriod {
  /** The earliest day the date can mean. */
  start: string;
  /** The latest day the date can mean. */
  end: string;
  precision: DatePrecision;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A release date of any precision as one regular expression, for the JSON Schema (tools in other
 * languages check dates with it): a year, a year and month 01–12, or a real calendar day,
 * leap years included. {@link datePeriod} agrees with it on every string (a property test checks).
 */
export const EDITION_DATE_PATTERN =
  /^(?:\d{4}|\d{4}-(?:0[1-9]|1[0-2])|(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * Whether `text` is a release date of an edition: `YYYY`, `YYYY-MM` (month 01–12) or a real
 * calendar day `YYYY-MM-DD`.
 *
 * @param text - The candidate.
 * @returns True for a well-formed date of any precision.
 * @example
 * [isEditionDate('2019'), isEditionDate('2019-08'), isEditionDate('2003-04-15'), isEditionDate('2003-02-30'), isEditionDate('2019-13')];
 * //=> [true, true, true, false, false]
 */
export function isEditionDate(text: string): boolean {
  return datePeriod(text) !== undefined;
}

/**
 * The period a release date stands for, or `undefined` when it is not a release date.
 *
 * @param date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns Its first and last day and its precision.
 * @example
 * datePeriod('2020-02');
 * //=> { start: '2020-02-01', end: '2020-02-29', precision: 'month' }
 */
export function datePeriod(date: string): DatePeriod | undefined {
  const match = typeof date === 'string' ? SHAPE.exec(date) : null;
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month === undefined) return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  const last = String(daysInMonth(Number(year), monthNumber)).padStart(2, '0');
  if (day === undefined) return { start: `${year}-${month}-01`, end: `${year}-${month}-${last}`, precision: 'month' };
  if (Number(day) < 1 || day > last) return undefined;
  return { start: date, end: date, precision: 'day' };
}

/**
 * Whether edition `later` can follow edition `earlier` in a document's list (oldest first):
 * false only when `later` certainly came out before `earlier` (its whole period ends before
 * `earlier`'s begins). `2019-08` may follow `2019-08-15`: the source does not say which came
 * first, so the order the document lists them in decides.
 *
 * @param earlier - The release date listed first.
 * @param later - The release date listed after it.
 * @returns False when the order contradicts the dates.
 * @example
 * [canFollow('2019-08', '2020-01'), canFollow('2019-08-15', '2019-08'), canFollow('2020', '2019-12')];
 * //=> [true, true, false]
 */
export function canFollow(earlier: string, later: string): boolean {
  const before = datePeriod(earlier);
  const after = datePeriod(later);
  if (!before || !after) return false;
  return after.end >= before.start;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

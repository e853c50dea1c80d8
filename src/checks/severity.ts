/**
 * The severity rule of reports with findings (lint, parity): which findings fail a check, and
 * the summary line that counts them. The CLI's `--fail-on` and the report formatters ask here.
 */
import { SEVERITIES, type Severity } from './types.js';

/** The least serious severity that fails a check, or `never`: findings inform and nothing fails. */
export type FailOn = Severity | 'never';

/**
 * Whether findings of these severities fail a check that fails on `failOn` or worse.
 *
 * @param severities - The findings' severities.
 * @param failOn - The least serious severity that fails.
 * @returns True when one of them is at least as serious as `failOn`.
 * @example
 * [fails(['note', 'warning'], 'error'), fails(['note', 'warning'], 'warning')];
 * //=> [false, true]
 */
export function fails(severities: Iterable<Severity>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  for (const severity of severities) if (SEVERITIES.indexOf(severity) <= threshold) return true;
  return false;
}

/**
 * Counts per severity, most serious first, every severity shown.
 *
 * @param severities - The findings' severities.
 * @returns The summary line.
 * @example
 * summarizeSeverities(['warning', 'note', 'warning']);
 * //=> '0 errors, 2 warnings, 1 note'
 */
export function summarizeSeverities(severities: readonly Severity[]): string {
  return SEVERITIES.map((severity) => {
    const n = severities.filter((candidate) => candidate === severity).length;
    return `${n} ${severity}${n === 1 ? '' : 's'}`;
  }).join(', ');
}

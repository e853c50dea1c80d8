import { SEVERITIES, type Severity } from '../checks/types.js';
import { choiceOption, type ParsedValues } from './command.js';

/**
 * `--fail-on`: the least serious severity that makes a report command exit 1 (`never`: exit 0 on findings).
 *
 * @param values - Parsed options.
 * @returns The severity, `error` by default.
 * @throws {InvalidOptionsError} For another value.
 * @example
 * failOnOption({ 'fail-on': 'warning' });
 * //=> 'warning'
 */
export function failOnOption(values: ParsedValues): Severity | 'never' {
  return choiceOption(values, 'fail-on', [...SEVERITIES, 'never'] as const, 'error');
}

/**
 * Whether findings of these severities fail under `--fail-on`.
 *
 * @param severities - The findings' severities.
 * @param failOn - The `--fail-on` value.
 * @returns True when one of them is at least as serious as `failOn`.
 * @example
 * fails(['note', 'warning'], 'error');
 * //=> false
 */
export function fails(severities: Iterable<Severity>, failOn: Severity | 'never'): boolean {
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

import { SEVERITIES, type Severity } from '../checks/types.js';
import { choiceOption, type ParsedValues } from './command.js';

/** `--fail-on`: the least serious severity that makes a report command exit 1 (`never`: exit 0 on findings). */
export function failOnOption(values: ParsedValues): Severity | 'never' {
  return choiceOption(values, 'fail-on', [...SEVERITIES, 'never'] as const, 'error');
}

/** Whether findings of these severities fail under `--fail-on`. */
export function fails(severities: Iterable<Severity>, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  for (const severity of severities) if (SEVERITIES.indexOf(severity) <= threshold) return true;
  return false;
}

/** `3 warnings, 1 note`: counts per severity, most serious first, with every severity shown. */
export function summarizeSeverities(severities: readonly Severity[]): string {
  return SEVERITIES.map((severity) => {
    const n = severities.filter((candidate) => candidate === severity).length;
    return `${n} ${severity}${n === 1 ? '' : 's'}`;
  }).join(', ');
}

import { matchesOf } from '../characters.js';
import type { LintRule, TextLocation } from '../types.js';
import type { Severity } from '../../types.js';

/**
 * A rule that reports every character of a class, one finding each: the shape of the rules
 * about characters a reader cannot see.
 *
 * @param rule - Id, severity, description, the class of characters, and the message for one.
 * @returns The lint rule.
 * @example
 * characterRule({ id: 'tab', severity: 'note', description: 'A tab.', characters: '\t', message: () => 'a tab' }).check('a\tb', location, {});
 * //=> [{ offset: 1, length: 1, message: 'a tab' }]
 */
export function characterRule(rule: {
  id: string;
  severity: Severity;
  description: string;
  /** A regular-expression class body, such as `\u200b-\u200d`. */
  characters: string;
  message: (char: string) => string;
  /** Characters of the class that a text at `location` may hold (a line break in preformatted text). */
  allowed?: (char: string, location: TextLocation) => boolean;
}): LintRule {
  const pattern = new RegExp(`[${rule.characters}]`, 'gu');
  const allowed = rule.allowed ?? (() => false);
  return {
    id: rule.id,
    severity: rule.severity,
    description: rule.description,
    check: (text, location) =>
      matchesOf(text, pattern)
        .filter(({ match }) => !allowed(match, location))
        .map(({ offset, match }) => ({ offset, length: match.length, message: rule.message(match) })),
  };
}

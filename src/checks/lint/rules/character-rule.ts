import { findCharacters, type CharacterClass } from '../../../util/unicode.js';
import type { LintRule, TextLocation } from '../types.js';
import type { Severity } from '../../types.js';

/**
 * A rule that reports every character of a class, one finding each: the shape of the rules
 * about characters a reader cannot see.
 *
 * @param rule - Id, severity, description, the class of characters, and the message for one.
 * @returns The lint rule.
 * @example
 * characterRule({ id: 'bidi', severity: 'error', description: 'A bidi control.', characters: 'bidi-control', message: () => 'bidi' }).check('a\u202eb', location, {});
 * //=> [{ offset: 1, length: 1, message: 'bidi' }]
 */
export function characterRule(rule: {
  id: string;
  severity: Severity;
  description: string;
  /** The class of characters, from the one list in src/util/unicode.ts. */
  characters: CharacterClass;
  message: (char: string) => string;
  /** Characters of the class that a text at `location` may hold (a line break in preformatted text). */
  allowed?: (char: string, location: TextLocation) => boolean;
}): LintRule {
  const allowed = rule.allowed ?? (() => false);
  const classes = [rule.characters];
  return {
    id: rule.id,
    severity: rule.severity,
    description: rule.description,
    check(text, location) {
      const found = findCharacters(text, classes);
      // Most texts have none: return the empty list rather than two more.
      if (found.length === 0) return [];
      return found.filter(({ char }) => !allowed(char, location)).map(({ offset, char }) => ({ offset, length: char.length, message: rule.message(char) }));
    },
  };
}

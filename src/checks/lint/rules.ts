/**
 * The lint rules, as a table: one rule a file in rules/, listed here in the order findings of
 * one place are reported. docs/trust.md has the same table for readers.
 */
import { bidiControl } from './rules/bidi-control.js';
import { cjkSpace } from './rules/cjk-space.js';
import { controlCharacter } from './rules/control-character.js';
import { doubleSpace } from './rules/double-space.js';
import { halfwidthPunctuation } from './rules/halfwidth-punctuation.js';
import { invisibleCharacter } from './rules/invisible-character.js';
import { mixedScript } from './rules/mixed-script.js';
import { nbsp } from './rules/nbsp.js';
import { term } from './rules/term.js';
import { trailingSpace } from './rules/trailing-space.js';
import { unbalancedBrackets } from './rules/unbalanced-brackets.js';
import type { LintRule } from './types.js';

/**
 * Every lint rule: id, default severity, description, and the function that checks one text.
 *
 * @example
 * LINT_RULES.map((rule) => `${rule.id}:${rule.severity}`).slice(0, 3);
 * //=> ['bidi-control:error', 'invisible-character:error', 'control-character:error']
 */
export const LINT_RULES: readonly LintRule[] = [
  bidiControl,
  invisibleCharacter,
  controlCharacter,
  mixedScript,
  cjkSpace,
  halfwidthPunctuation,
  unbalancedBrackets,
  term,
  doubleSpace,
  trailingSpace,
  nbsp,
];

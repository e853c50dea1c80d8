import { describeCharacter, describeClass } from '../../../util/unicode.js';
import { characterRule } from './character-rule.js';

/** Invisible characters change a text's bytes (and its hash) without changing what a reader sees. */
export const invisibleCharacter = characterRule({
  id: 'invisible-character',
  severity: 'error',
  description: `An invisible character (${describeClass('invisible')}; a zero width joiner between emoji and emoji tag sequences excepted): the text differs from what a reader sees.`,
  characters: 'invisible',
  message: (char) => `invisible character ${describeCharacter(char)}`,
});

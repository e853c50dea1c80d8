import { describeCharacter, INVISIBLES } from '../characters.js';
import { characterRule } from './character-rule.js';

/** Invisible characters change a text's bytes (and its hash) without changing what a reader sees. */
export const invisibleCharacter = characterRule({
  id: 'invisible-character',
  severity: 'error',
  description: 'An invisible character (U+00AD soft hyphen, U+180E, U+200B–U+200D, U+2060–U+2064, U+FEFF): the text differs from what a reader sees.',
  characters: INVISIBLES,
  message: (char) => `invisible character ${describeCharacter(char)}`,
});

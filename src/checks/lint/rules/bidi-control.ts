import { BIDI_CONTROLS, describeCharacter } from '../characters.js';
import { characterRule } from './character-rule.js';

/** Bidirectional controls reorder what a reader sees without changing what is stored. */
export const bidiControl = characterRule({
  id: 'bidi-control',
  severity: 'error',
  description: 'A bidirectional control character (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): it changes the order in which text is displayed.',
  characters: BIDI_CONTROLS,
  message: (char) => `bidirectional control ${describeCharacter(char)}: it can make the displayed text differ from the stored text`,
});

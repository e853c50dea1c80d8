import { describeCharacter, describeClass } from '../../../util/unicode.js';
import { characterRule } from './character-rule.js';

/** Bidirectional controls reorder what a reader sees without changing what is stored. */
export const bidiControl = characterRule({
  id: 'bidi-control',
  severity: 'error',
  description: `A bidirectional control character (${describeClass('bidi-control')}): it changes the order in which text is displayed.`,
  characters: 'bidi-control',
  message: (char) => `bidirectional control ${describeCharacter(char)}: it can make the displayed text differ from the stored text`,
});

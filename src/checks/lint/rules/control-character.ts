import { describeCharacter, describeClass } from '../../../util/unicode.js';
import { characterRule } from './character-rule.js';

/** Each text is one paragraph of running text: a line break inside it would blur paragraph boundaries. */
export const controlCharacter = characterRule({
  id: 'control-character',
  severity: 'error',
  description: `A control character (${describeClass('control')}), line breaks and tabs included: each text is one paragraph; paragraphs are separate blocks.`,
  characters: 'control',
  message: (char) => `control character ${describeCharacter(char)}${char === '\n' ? ': a new paragraph is a new block' : ''}`,
});

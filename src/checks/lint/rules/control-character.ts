import { describeCharacter, describeClass } from '../../../util/unicode.js';
import { characterRule } from './character-rule.js';

/** Each text is one paragraph of running text: a line break inside it would blur paragraph boundaries. */
export const controlCharacter = characterRule({
  id: 'control-character',
  severity: 'error',
  description: `A control character (${describeClass('control')}), line breaks and tabs included: each text is one paragraph; paragraphs are separate blocks.`,
  characters: 'control',
  message: (char) => `control character ${describeCharacter(char)}${char === '\n' ? ': a new paragraph is a new block (or a preformatted block, whose line breaks are text)' : ''}`,
  // In preformatted text (a notice template, an address) the line breaks are the text.
  allowed: (char, location) => char === '\n' && location.preformatted === true,
});

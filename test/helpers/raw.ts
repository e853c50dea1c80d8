/**
 * What a terminal must never get raw (docs/security.md), written down apart from the code under
 * test: controls but tab and line feed, C1, bidirectional and invisible characters, separators and
 * lone surrogates. A zero width joiner between emoji and an emoji tag sequence are emoji.
 */
import { STYLES } from '../../src/util/terminal.js';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\u3164\ufeff\u{E0000}-\u{E007F}]|\p{Surrogate}/u;
const EMOJI = /(?<=\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200d(?=\p{Extended_Pictographic})|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const OURS = new RegExp(
  [...new Set(Object.values(STYLES).flat())].map((sequence) => sequence.replace(/[[\]]/g, '\\$&')).join('|'),
  'g',
);

/** The first raw character a terminal must not get, or `undefined`; with `colour`, our own styles are allowed. */
export function rawCharacter(output: string, options: { colour?: boolean } = {}): string | undefined {
  const text = (options.colour ? output.replace(OURS, '') : output).replace(EMOJI, '');
  return RAW.exec(text)?.[0];
}

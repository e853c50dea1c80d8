import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, type Units } from '../../src/diff/units.js';

const RUNS = Math.max(1000, Number(process.env.FC_RUNS ?? 0));

/** The rule splitParagraphs documents, applied by the expression itself (a split keeping what it splits on). */
function byExpression(text: string): { cores: string[]; separators: string[] } {
  const parts = text.split(/(\r?\n(?:[^\S\r\n]*\r?\n)+)/);
  return { cores: parts.filter((_, index) => index % 2 === 0), separators: [...parts.filter((_, index) => index % 2 === 1), ''] };
}

/** The texts of the units, as lists. */
function texts(units: Units): { cores: string[]; separators: string[]; breaks: number[] } {
  const all = Array.from({ length: units.count }, (_, i) => i);
  return { cores: all.map((i) => units.core(i)), separators: all.map((i) => units.separator(i)), breaks: Array.from(units.breaks ?? []) };
}

describe('splitParagraphs', () => {
  it('splits where a blank line (spaces allowed, \\r\\n or \\n) separates paragraphs, as its expression says, and says which hold a line break', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '\u000b', '\u3000', '\u00a0', '\u2028', '\ufeff', 'a', '不', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const { cores, separators, breaks } = texts(splitParagraphs(text));
        expect({ cores, separators }).toEqual(byExpression(text));
        expect(breaks).toEqual(cores.map((core) => (core.includes('\n') ? 1 : 0)));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('keeps the spaces of a line that holds text and the \\r of a lone line break in the paragraph', () => {
    expect(texts(splitParagraphs('one \r\n  \r\n two\r\nthree\r\r\n\nfour'))).toEqual({
      cores: ['one ', ' two\r\nthree\r', 'four'],
      separators: ['\r\n  \r\n', '\r\n\n', ''],
      breaks: [0, 1, 0],
    });
  });
});

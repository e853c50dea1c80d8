import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, textAfter, textBefore, tokenize, type Segment } from '../../src/diff.js';
import { InvalidOptionsError } from '../../src/errors.js';
import { publishedText } from './helpers/corpus-text.js';

/** Runs per property; CI may raise it with FC_RUNS. */
const RUNS = Math.max(1000, Number(process.env.FC_RUNS ?? 0));

const changes = (segments: Segment[]) => segments.filter((segment) => segment.type !== 'equal');

/** Text made of the characters that make diffs hard: CJK, emoji sequences, surrogates, odd spaces. */
const hardChar = fc.oneof(
  fc.constantFrom('阿', '里', '巴', '不', '得', '应', '。', '，', ',', '、', '网', '1688', 'a', 'b', 'the', ' '),
  fc.constantFrom('\u00a0', '\u3000', '\t', '\n', '\r\n', '\u200b', '\u200d', '\ufe0f', '\u0301'),
  fc.constantFrom('👍🏽', '👨‍👩‍👧', '🇨🇳', '1️⃣', '😀', '𠀀', '\ud83d', '\ude00'),
  fc.string({ unit: 'binary', maxLength: 2 }),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);
const hardText = fc.array(hardChar, { maxLength: 40 }).map((parts) => parts.join(''));

/** A pair of texts where the second is the first with random edits: what real diffs look like. */
const editedPair = hardText.chain((base) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), hardText.map((s) => s.slice(0, 6))), { maxLength: 5 })
    .map((edits) => {
      let text = base;
      for (const [at, length, insert] of edits) {
        const position = text.length === 0 ? 0 : at % (text.length + 1);
        text = text.slice(0, position) + insert + text.slice(position + length);
      }
      return [base, text] as const;
    }),
);

function oldBoundaries(segments: Segment[]): [string, string][] {
  const view = segments.filter((segment) => segment.type !== 'added');
  return view.slice(1).map((segment, index) => [view[index]!.value, segment.value]);
}

function newBoundaries(segments: Segment[]): [string, string][] {
  const view = segments.filter((segment) => segment.type !== 'removed');
  return view.slice(1).map((segment, index) => [view[index]!.value, segment.value]);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

describe('diffText', () => {
  describe('is lossless', () => {
    it.each([
      ['arbitrary pairs of CJK, emoji, surrogate and whitespace text', fc.tuple(hardText, hardText)],
      ['a text and an edited copy of it', editedPair],
      ['full-Unicode strings, lone surrogates included', fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }))],
    ] as const)('rebuilds both texts from %s', (_name, pairs) => {
      fc.assert(
        fc.property(pairs, ([before, after]) => {
          const segments = diffText(before, after);
          expect(textBefore(segments)).toBe(before);
          expect(textAfter(segments)).toBe(after);
        }),
        { numRuns: RUNS },
      );
    });

    it('stays lossless when the edit budget runs out and detail is given up', () => {
      fc.assert(
        fc.property(editedPair, fc.integer({ min: 1, max: 3 }), ([before, after], maxEdits) => {
          const segments = diffText(before, after, { maxEdits });
          expect(textBefore(segments)).toBe(before);
          expect(textAfter(segments)).toBe(after);
        }),
        { numRuns: RUNS },
      );
    });
  });

  it('returns well-formed segments: never empty, never two neighbours of one type, removed before added', () => {
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        const segments = diffText(before, after);
        for (const [index, segment] of segments.entries()) {
          expect(segment.value).not.toBe('');
          const next = segments[index + 1];
          if (next) expect(next.type).not.toBe(segment.type);
          if (segment.type === 'added') expect(next?.type).not.toBe('removed');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never cuts between the two halves of a surrogate pair or before a combining mark', () => {
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        const segments = diffText(before, after);
        for (const [left, right] of [...oldBoundaries(segments), ...newBoundaries(segments)]) {
          expect(isHigh(left.charCodeAt(left.length - 1)) && isLow(right.charCodeAt(0))).toBe(false);
          expect(/^[\u0301\ufe0f]/u.test(right) && !/\s$/u.test(left)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('cuts only where the whole text has a token boundary (words, CJK characters, emoji kept whole)', () => {
    const boundariesOf = (text: string) => {
      const cuts = new Set<number>();
      let at = 0;
      for (const token of tokenize(text)) cuts.add((at += token.length));
      return cuts;
    };
    const cutsOf = (view: Segment[]) => {
      const cuts: number[] = [];
      let at = 0;
      for (const segment of view.slice(0, -1)) cuts.push((at += segment.value.length));
      return cuts;
    };
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        const segments = diffText(before, after);
        const oldTokens = boundariesOf(before);
        const newTokens = boundariesOf(after);
        for (const cut of cutsOf(segments.filter((segment) => segment.type !== 'added'))) expect(oldTokens.has(cut)).toBe(true);
        for (const cut of cutsOf(segments.filter((segment) => segment.type !== 'removed'))) expect(newTokens.has(cut)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps emoji sequences whole', () => {
    const emoji = ['👍🏽', '👨‍👩‍👧', '🇨🇳', '1️⃣'];
    for (const [a, b] of [['👍🏽', '👍🏿'], ['👨‍👩‍👧', '👨‍👩‍👦'], ['🇨🇳', '🇨🇦'], ['1️⃣', '2️⃣']] as const) {
      const segments = diffText(`x ${a} y`, `x ${b} y`);
      expect(changes(segments)).toEqual([
        { type: 'removed', value: a },
        { type: 'added', value: b },
      ]);
    }
    expect(tokenize(emoji.join(''))).toEqual(emoji);
  });

  it('changes English by whole words, never half of one', () => {
    const word = fc.constantFrom('warrantees', 'warranties', 'the', 'liability', 'contents', 'modify', 'website', 'B2B', "user's");
    const sentence = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '; ')), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(sentence, sentence, (before, after) => {
        const segments = diffText(before, after);
        for (const [left, right] of [...oldBoundaries(segments), ...newBoundaries(segments)]) {
          expect(/[\p{L}\p{N}]$/u.test(left) && /^[\p{L}\p{N}]/u.test(right), `${left}|${right}`).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  describe('on the published text', () => {
    it('marks the whole English word: warrantees → warranties', () => {
      const before = publishedText('disclaimers', 'en');
      const segments = diffText(before, before.replace('warrantees', 'warranties'));
      expect(changes(segments)).toEqual([
        { type: 'removed', value: 'warrantees' },
        { type: 'added', value: 'warranties' },
      ]);
    });

    it('marks one Chinese character: 不得 → 不应', () => {
      const before = publishedText('downloads', 'zh');
      const segments = diffText(before, before.replace('不得用于', '不应用于'));
      expect(changes(segments)).toEqual([
        { type: 'removed', value: '得' },
        { type: 'added', value: '应' },
      ]);
    });

    it('marks just the brand: 阿里巴巴 → 1688', () => {
      const before = publishedText('information-liability', 'zh');
      const segments = diffText(before, before.replace('阿里巴巴对此等', '1688对此等'));
      expect(changes(segments)).toEqual([
        { type: 'removed', value: '阿里巴巴' },
        { type: 'added', value: '1688' },
      ]);
    });

    it('shows a removed stray space: 互联 网 → 互联网', () => {
      const before = publishedText('acceptance', 'zh');
      expect(changes(diffText(before, before.replace('互联 网', '互联网')))).toEqual([{ type: 'removed', value: ' ' }]);
    });

    it('shows an added space: modify,disseminate → modify, disseminate', () => {
      const before = publishedText('downloads', 'en');
      const segments = diffText(before, before.replace('modify,disseminate', 'modify, disseminate'));
      expect(changes(segments)).toEqual([{ type: 'added', value: ' ' }]);
    });

    it('shows a no-break space turned into nothing', () => {
      const before = publishedText('information-liability', 'en');
      expect(before).toContain('laws.\u00a0 1688.com');
      const segments = diffText(before, before.replace('laws.\u00a0 1688.com', 'laws. 1688.com'));
      expect(changes(segments)).toEqual([{ type: 'removed', value: '\u00a0' }]);
    });

    it('shows half-width commas normalised to full width, each on its own', () => {
      const before = publishedText('information-liability', 'zh');
      const commas = before.split(',').length - 1;
      const segments = diffText(before, before.replaceAll(',', '，'));
      expect(changes(segments)).toHaveLength(commas * 2);
      expect(changes(segments).every((segment) => segment.value === ',' || segment.value === '，')).toBe(true);
    });

    it.each(['en', 'zh'] as const)('reads a moved %s sentence as one removal and one insertion', (lang) => {
      const before = publishedText('information-liability', lang);
      const sentences = lang === 'en' ? before.split(/(?<=\.\s+)/u) : before.split(/(?<=。)/);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      const moved = sentences.at(-1)!;
      const after = [moved, ...sentences.slice(0, -1)].join('');
      const segments = changes(diffText(before, after));
      expect(segments.map((segment) => segment.type).sort()).toEqual(['added', 'removed']);
      // The highlighted text is the sentence that moved (up to the space that separates sentences).
      for (const segment of segments) expect(segment.value.trim()).toBe(moved.trim());
    });
  });

  it('merges two highlights one character apart', () => {
    expect(changes(diffText('甲乙丙丁戊', '甲子丙寅戊'))).toEqual([
      { type: 'removed', value: '乙丙丁' },
      { type: 'added', value: '子丙寅' },
    ]);
    expect(changes(diffText('one two three', 'uno two tres'))).toHaveLength(4);
    expect(changes(diffText('foo bar baz', 'qux quux baz'))).toEqual([
      { type: 'removed', value: 'foo bar' },
      { type: 'added', value: 'qux quux' },
    ]);
  });

  it('keeps highlights two characters apart separate', () => {
    expect(changes(diffText('甲乙丙丁戊己', '甲子丙丁寅己'))).toHaveLength(4);
  });

  it('keeps changes in different paragraphs apart', () => {
    const segments = diffText('one here\n\ntwo here', 'one there\n\ntwo there');
    expect(changes(segments)).toHaveLength(4);
    expect(segments.filter((segment) => segment.type === 'equal').map((segment) => segment.value)).toContain(
      '\n\ntwo ',
    );
  });

  it('places an inserted word at the start of a word', () => {
    expect(diffText('the terms herein', 'the new terms herein')).toEqual([
      { type: 'equal', value: 'the ' },
      { type: 'added', value: 'new ' },
      { type: 'equal', value: 'terms herein' },
    ]);
  });

  it('keeps a long text whose every line changed aligned line by line when the budget runs out', () => {
    const lines = Array.from({ length: 1200 }, (_, index) => `第${index}条 用户不得使用本网站。Line ${index} warrantees apply.`);
    const before = lines.join('\n');
    // Every line changes, and one line is inserted near the start: far more edits than the budget.
    const edited = lines.map((line) => line.replace('warrantees', 'warranties'));
    edited.splice(3, 0, '新增的一行。');
    const after = edited.join('\n');
    const segments = diffText(before, after, { maxEdits: 50 });
    expect(textBefore(segments)).toBe(before);
    expect(textAfter(segments)).toBe(after);
    const removed = segments.filter((segment) => segment.type === 'removed').map((segment) => segment.value);
    // Aligned by windows: the word changes in nearly every line, not whole lines.
    expect(removed.filter((value) => value === 'warrantees').length).toBeGreaterThan(1150);
  });

  it('returns one equal segment for equal texts and none for two empty ones', () => {
    expect(diffText('同', '同')).toEqual([{ type: 'equal', value: '同' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'new')).toEqual([{ type: 'added', value: 'new' }]);
  });

  it('rejects an edit budget that is not a positive integer', () => {
    expect(() => diffText('a', 'b', { maxEdits: 0 })).toThrow(InvalidOptionsError);
    expect(() => diffText('a', 'b', { maxEdits: 1.5 })).toThrow(/maxEdits must be a positive integer/);
  });
});

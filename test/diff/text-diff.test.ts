import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departuresOf, diffText, textAfter, textBefore, tokenize, type ChangeSegment, type Segment } from '../../src/diff.js';
import { diffSequences } from '../../src/diff/myers.js';
import { isIdeographToken, isWordToken, tokenizeByRule } from '../../src/diff/tokenize.js';
import { InvalidArgumentError, InvalidOptionsError } from '../../src/errors.js';
import { publishedText } from './helpers/corpus-text.js';

/** Runs per property; CI may raise it with FC_RUNS. */
const RUNS = Math.max(1000, Number(process.env.FC_RUNS ?? 0));

/** The changes of a redline, as type and value (their class is tested on its own). */
const changes = (segments: Segment[]) =>
  segments.filter((segment) => segment.type !== 'equal').map((segment) => ({ type: segment.type, value: segment.value }));
const changed = (segments: Segment[]) => segments.filter((segment): segment is ChangeSegment => segment.type !== 'equal');

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

  it('returns well-formed segments: never empty, neighbours of one type only across a move, every change classed', () => {
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        const segments = diffText(before, after);
        for (const [index, segment] of segments.entries()) {
          expect(segment.value).not.toBe('');
          const next = segments[index + 1];
          if (next && next.type === segment.type) {
            expect(segment.type).not.toBe('equal');
            expect((segment as ChangeSegment).move !== undefined || (next as ChangeSegment).move !== undefined).toBe(true);
          }
          if (segment.type === 'equal') continue;
          expect(['substantive', 'typographic']).toContain(segment.class);
          if (segment.class === 'typographic') expect(segment.kinds!.length).toBeGreaterThan(0);
          else expect(segment.kinds).toBeUndefined();
          if (segment.move !== undefined) expect(segment.class).toBe('substantive');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('pairs the two pieces of each move, the new one carrying the unit\'s own redline', () => {
    const sentence = fc.constantFrom('The website is provided as is.', 'Users may download the materials.', '本网站资料仅供参考。', '用户不得用于商业用途。', 'Nothing here is advice.');
    const text = fc.array(sentence, { minLength: 2, maxLength: 6 }).map((parts) => parts.join(' '));
    const shuffled = text.chain((base) => fc.shuffledSubarray(base.split(/(?<=[.。]) ?/u), { minLength: 1 }).map((parts) => [base, parts.join(' ')] as const));
    fc.assert(
      fc.property(fc.oneof(shuffled, editedPair), ([before, after]) => {
        const segments = diffText(before, after);
        expect(textBefore(segments)).toBe(before);
        expect(textAfter(segments)).toBe(after);
        const moves = new Map<number, ChangeSegment[]>();
        for (const segment of changed(segments)) {
          if (segment.move === undefined) continue;
          moves.set(segment.move, [...(moves.get(segment.move) ?? []), segment]);
        }
        for (const [, pieces] of moves) {
          expect(pieces.map((piece) => piece.type).sort()).toEqual(['added', 'removed']);
          const from = pieces.find((piece) => piece.type === 'removed')!;
          const to = pieces.find((piece) => piece.type === 'added')!;
          expect(from.edits).toBeUndefined();
          expect(to.value).toContain(textAfter(to.edits!));
          expect(from.value).toContain(textBefore(to.edits!));
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

  it('cuts only where the whole text has a token boundary, or next to punctuation or spaces changed inside a word', () => {
    const boundariesOf = (text: string) => {
      const cuts = new Set<number>();
      let at = 0;
      for (const token of tokenize(text)) cuts.add((at += token.length));
      return cuts;
    };
    const punctuationOnly = (segment: Segment | undefined) => segment !== undefined && segment.type !== 'equal' && /^[\s\p{P}\p{S}\p{C}]+$/u.test(segment.value);
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        const segments = diffText(before, after);
        const oldTokens = boundariesOf(before);
        const newTokens = boundariesOf(after);
        // Every place between two segments, in both texts, and whether it touches an in-word mark.
        let oldAt = 0;
        let newAt = 0;
        const oldMarked = new Set<number>();
        const newMarked = new Set<number>();
        const oldCuts: number[] = [];
        const newCuts: number[] = [];
        segments.forEach((segment, index) => {
          if (segment.type !== 'added') oldAt += segment.value.length;
          if (segment.type !== 'removed') newAt += segment.value.length;
          if (index === segments.length - 1) return;
          const marked = punctuationOnly(segment) || punctuationOnly(segments[index + 1]);
          if (segment.type !== 'added' || segments[index + 1]!.type !== 'added') oldCuts.push(oldAt);
          if (segment.type !== 'removed' || segments[index + 1]!.type !== 'removed') newCuts.push(newAt);
          if (marked) {
            oldMarked.add(oldAt);
            newMarked.add(newAt);
          }
        });
        for (const cut of oldCuts) if (cut > 0 && cut < before.length) expect(oldTokens.has(cut) || oldMarked.has(cut)).toBe(true);
        for (const cut of newCuts) if (cut > 0 && cut < after.length) expect(newTokens.has(cut) || newMarked.has(cut)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never cuts a word in two where a space comes between a letter and its combining mark', () => {
    // The counterexample of the property above (seed 670571821), whose È is E + U+0300: with a
    // no-break space or a line break put before the mark, the letters and marks are the same, but
    // the mark now belongs to the space. Marking È alone cut the old word Èኄ between È and ኄ.
    for (const space of ['\u00a0', '\n']) {
      const before = '\ude00\u{52444}E\u0300\u1284 ';
      const after = `\ude00\u{52444}E${space}\u0300\u1284 `;
      const segments = diffText(before, after);
      expect(changes(segments)).toEqual([
        { type: 'removed', value: 'E\u0300\u1284' },
        { type: 'added', value: `E${space}\u0300\u1284` },
      ]);
      expect([textBefore(segments), textAfter(segments)]).toEqual([before, after]);
    }
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

    it.each(['en', 'zh'] as const)('reports a moved %s sentence as a move, not as text removed and added', (lang) => {
      const before = publishedText('information-liability', lang);
      const sentences = lang === 'en' ? before.split(/(?<=\.\s+)/u) : before.split(/(?<=。)/);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      const moved = sentences.at(-1)!;
      const rest = sentences.slice(0, -1).join('');
      const after = lang === 'en' ? `${moved.trim()} ${rest.trimEnd()}` : moved + rest;
      const segments = changed(diffText(before, after));
      expect(segments.map((segment) => [segment.type, segment.move])).toEqual([
        ['added', 1],
        ['removed', 1],
      ]);
      // The pieces are the sentence that moved (with the space that separates sentences), unedited.
      for (const segment of segments) expect(segment.value.trim()).toBe(moved.trim());
      expect(segments[0]!.edits).toEqual([{ type: 'equal', value: moved.trim() }]);
    });
  });

  describe('classes every change', () => {
    const kindsOf = (segments: Segment[]) => changed(segments).map((segment) => [segment.type, segment.value, segment.class, segment.kinds ?? []]);

    it('marks punctuation changed inside a word precisely: user[-’-]{+\'+}s', () => {
      expect(kindsOf(diffText('the user’s data', "the user's data"))).toEqual([
        ['removed', '’', 'typographic', ['quotes']],
        ['added', "'", 'typographic', ['quotes']],
      ]);
      expect(changes(diffText('by e-mail only', 'by email only'))).toEqual([{ type: 'removed', value: '-' }]);
    });

    it('shows a case-only rewrite as case changes, with the real edit inside still an edit', () => {
      const segments = diffText('You may not distribute the materials.', 'YOU MAY NOT SELL THE MATERIALS.');
      expect(kindsOf(segments)).toEqual([
        ['removed', 'You may not', 'typographic', ['case']],
        ['added', 'YOU MAY NOT', 'typographic', ['case']],
        ['removed', 'distribute', 'substantive', []],
        ['added', 'SELL', 'substantive', []],
        ['removed', 'the materials', 'typographic', ['case']],
        ['added', 'THE MATERIALS', 'typographic', ['case']],
      ]);
      expect(departuresOf(segments).change).toBe('substantive');
    });

    it.each([
      ['a no-break space swapped for a space', 'laws.\u00a0 Users', 'laws.  Users', ['whitespace']],
      ['an ideographic space', '互联\u3000网', '互联 网', ['whitespace']],
      ['a stray space removed inside Chinese', '互联 网', '互联网', ['whitespace']],
      ['a space added after a comma', 'modify,disseminate', 'modify, disseminate', ['whitespace']],
      ['half-width and full-width commas', '用户,网站', '用户，网站', ['punctuation-width']],
      ['curly and straight quotes', '“Alibaba” says', '"Alibaba" says', ['quotes']],
      ['re-wrapped lines', 'one two\nthree four', 'one\ntwo three four', ['wrapping']],
      ['quotes and case at once', '“Alibaba”', '"ALIBABA"', ['quotes', 'case']],
    ])('calls %s typographic', (_name, before, after, kinds) => {
      const segments = diffText(before, after);
      expect(changed(segments).length).toBeGreaterThan(0);
      for (const segment of changed(segments)) expect([segment.class, [...segment.kinds!].sort()]).toEqual(['typographic', [...kinds].sort()]);
      expect(departuresOf(segments)).toMatchObject({ change: 'typographic', inserted: { characters: 0 }, deleted: { characters: 0 } });
    });

    it.each([
      ['a space that splits a word', 'no one may', 'noone may'],
      ['a blank line added (a new paragraph)', 'one. two.', 'one.\n\ntwo.'],
      ['a word replaced', 'shall not', 'may not'],
      ['a full stop for a comma', '用户。网站', '用户，网站'],
    ])('calls %s substantive', (_name, before, after) => {
      expect(departuresOf(diffText(before, after)).change).toBe('substantive');
    });

    it('counts characters and words inserted, deleted and moved', () => {
      expect(departuresOf(diffText('不得用于商业用途', '不应用于商业用途'))).toEqual({
        change: 'substantive',
        kinds: [],
        inserted: { characters: 1, words: 1 },
        deleted: { characters: 1, words: 1 },
        moved: { characters: 0, words: 0 },
        restyled: { characters: 0, words: 0 },
      });
      const moved = departuresOf(diffText('One is first. Two is second. Three is last.', 'Three is last. One is first. Two is second.'));
      expect(moved).toMatchObject({ change: 'substantive', moved: { characters: 14, words: 3 }, inserted: { characters: 0 } });
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

  it('keeps two near-duplicate clauses edited in place in place, not one moved past the other', () => {
    // Two clauses alike but for their numbers, each edited, in a stretch where another clause
    // was rewritten whole (so the stretch is paired by similarity, where a clause's look-alike
    // can score as high as its own edited text). Found at 10 MB in the benchmark's corpus.
    const term = (number: number, text = 'between the English and Chinese versions of this Disclaimer, the Chinese version will always prevail.') => `Clause ${number}. In the event of any inconsistency ${text}`;
    const before = [term(1, 'in this Disclaimer, the Chinese version prevails.'), term(2), term(3), 'Clause 4. The user bears all liabilities for any loss arising from the use of the website.', 'Clause 5. The end.'].join('\n\n');
    const after = [
      term(1, 'in this Disclaimer, the Chinese version prevails.'),
      term(2).replace('English and', 'English'),
      term(3).replace('always', 'al'),
      'Clause 4. Entirely new words here, replacing what was written before in full.',
      'Clause 5. The end.',
    ].join('\n\n');
    const segments = diffText(before, after);
    expect(segments.filter((segment) => segment.type !== 'equal' && segment.move !== undefined)).toEqual([]);
    expect(changes(segments).slice(0, 3)).toEqual([
      { type: 'removed', value: 'and ' },
      { type: 'removed', value: 'always' },
      { type: 'added', value: 'al' },
    ]);
  });

  // Clause 12 renumbered as clause 2 reads as clause 2 did, word for word, while clause 2 was
  // edited: the two equal paragraphs are apart, and each clause was edited in place. Found at
  // 10 MB in the benchmark's corpus (第13059条 renumbered 第13条); with two short clauses between,
  // the long far pair outweighed them when pairs weighed their length.
  it.each([9, 2])('keeps a clause renumbered into the old text of another clause, itself edited, in place, %i clauses apart: two edits, no move', (count) => {
    const boilerplate = '阿里巴巴在此声明，对您使用网站、与本网站相关的任何内容、服务或其它链接至本网站的站点、内容均不作直接、间接、法定、约定的保证。';
    const clause = (number: number, text: string) => `第${number}条 ${text}`;
    const between = Array.from({ length: count }, (_, k) => clause(k + 3, `第${k + 3}项义务。`));
    const before = [clause(1, '甲方的义务。'), clause(2, boilerplate), ...between, clause(12, boilerplate), clause(13, '附则。')].join('\n\n');
    const after = [clause(1, '甲方的义务。'), clause(2, boilerplate.replace('服务', '利服服务')), ...between, clause(2, boilerplate), clause(13, '附则。')].join('\n\n');
    const segments = diffText(before, after);
    expect(segments.filter((segment) => segment.type !== 'equal' && segment.move !== undefined)).toEqual([]);
    expect(changes(segments)).toEqual([
      { type: 'added', value: '利服' },
      { type: 'removed', value: '12' },
      { type: 'added', value: '2' },
    ]);
    expect(textBefore(segments)).toBe(before);
    expect(textAfter(segments)).toBe(after);
  });

  it('shows a long clause moved past two short ones as the one that moved', () => {
    const long = 'Clause 9. The user bears all liabilities for any loss arising from the use of the website, its content and any site linked to it, however caused.';
    const before = ['Part one.', 'Part two.', long, 'The end.'].join('\n\n');
    const after = [long, 'Part one.', 'Part two.', 'The end.'].join('\n\n');
    const moved = diffText(before, after).filter((segment) => segment.type !== 'equal' && segment.move !== undefined);
    expect(moved.map((segment) => [segment.type, segment.value])).toEqual([
      ['added', `${long}\n\n`],
      ['removed', `${long}\n\n`],
    ]);
  });

  it('places an inserted word at the start of a word', () => {
    expect(diffText('the terms herein', 'the new terms herein')).toEqual([
      { type: 'equal', value: 'the ' },
      { type: 'added', value: 'new ', class: 'substantive' },
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
    expect(diffText('', 'new')).toEqual([{ type: 'added', value: 'new', class: 'substantive' }]);
  });

  it('counts the characters and words of inserted text as the tokenizer sees them', () => {
    fc.assert(
      fc.property(fc.oneof(hardText, fc.string({ unit: 'binary' })), (text) => {
        const tokens = tokenize(text);
        const words = tokens.filter((token) => isWordToken(token) || isIdeographToken(token)).length;
        // A full stop first, so that the inserted text is never only spaces (which is typographic).
        const counts = departuresOf(diffText('', `。${text}`)).inserted;
        expect(counts).toEqual({ characters: [...text].length + 1, words });
      }),
      { numRuns: RUNS },
    );
  });

  it('finds edit scripts no longer than jsdiff\'s diffArrays on the same token sequences (jsdiff is the oracle)', () => {
    const length = (ops: { type: string; count: number }[]) => ops.filter((op) => op.type !== 'equal').reduce((sum, op) => sum + op.count, 0);
    fc.assert(
      fc.property(fc.oneof(editedPair, fc.tuple(hardText, hardText)), ([before, after]) => {
        const a = tokenize(before);
        const b = tokenize(after);
        const ours = diffSequences(a, b)!;
        const theirs = diffArrays(a, b).reduce((sum, part) => sum + (part.added || part.removed ? part.count! : 0), 0);
        expect(length(ours)).toBeLessThanOrEqual(theirs);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects an edit budget that is not a positive integer', () => {
    expect(() => diffText('a', 'b', { maxEdits: 0 })).toThrow(InvalidOptionsError);
    expect(() => diffText('a', 'b', { maxEdits: 1.5 })).toThrow(/maxEdits must be a positive integer/);
    expect(() => diffText(null as unknown as string, 'a')).toThrow(InvalidArgumentError);
  });
});

describe('tokenize', () => {
  it('keeps full-width forms and the ideographs U+9F00–U+9FEF apart, whatever was tokenized before', () => {
    // The scanner's table of one-character strings once gave both ranges the same places: a
    // full-width bracket met first came back for an ideograph (and the other way round).
    for (let code = 0xff00; code < 0xfff0; code++) {
      const wide = String.fromCharCode(code);
      const ideograph = String.fromCharCode(code - 0xff00 + 0x9f00);
      const text = `${wide}${ideograph}${wide}${ideograph}`;
      expect(tokenize(text)).toEqual(tokenizeByRule(text));
    }
    const segments = diffText('（a', '\u9f08a');
    expect([textBefore(segments), textAfter(segments)]).toEqual(['（a', '\u9f08a']);
  });

  it('agrees with the token rule, whatever the scanner reads itself', () => {
    // The scanner's own paths: ASCII words and punctuation, ideographs, spaces, CJK, full-width
    // and general punctuation, each before text that may attach to it (marks, selectors, ZWJ).
    const piece = fc.oneof(
      hardChar,
      fc.constantFrom('“', '”', '‘', '’', '—', '…', '‼', '※', '、', '。', '「', '」', '【', '】', '〒', '々', '〇', '！', '（', '）', '：', '｡', '･', 'Ａ', '１', 'ｱ', 'é', "'", 'user’s'),
      fc.constantFrom('\u0301', '\u302a', '\ufe0f', '\ufe00', '\u200d', '\u{1f3fd}', '\u{e0100}'),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ unit: 'binary' })), (text) => {
        expect(tokenize(text)).toEqual(tokenizeByRule(text));
      }),
      { numRuns: RUNS },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classBody,
  describeCharacter,
  describeClass,
  displayWidth,
  escapeJsonText,
  CJK,
  findCharacters,
  formatCodePoint,
  isBlank,
  isCjk,
  isLetterOrDigit,
  makeVisible,
  showWhitespace,
} from '../../src/util/unicode.js';
import { paint, STYLES, terminalOutput, terminalText } from '../../src/util/terminal.js';
import { LINT_RULES, lintText } from '../../src/checks.js';

/** Every raw character a terminal must not get (tab and line feed are running text). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]|\p{Surrogate}/u;

describe('findCharacters', () => {
  it('finds controls, C1 included, and bidirectional and invisible characters, with their offsets', () => {
    expect(findCharacters('a\u009bb\u202ec\u3164d', ['control', 'bidi-control', 'invisible'])).toEqual([
      { offset: 1, char: '\u009b' },
      { offset: 3, char: '\u202e' },
      { offset: 5, char: '\u3164' },
    ]);
  });

  it('leaves a zero width joiner between emoji and an emoji tag sequence alone, but not a joiner between letters', () => {
    const england = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(findCharacters(`👨‍👩‍👧 ${england} 👍🏽‍`, ['invisible'])).toEqual([{ offset: 28, char: '\u200d' }]);
    expect(findCharacters('a\u200db', ['invisible'])).toEqual([{ offset: 1, char: '\u200d' }]);
    expect(findCharacters('x\u{E0041}y', ['invisible'])).toEqual([{ offset: 1, char: '\u{E0041}' }]);
  });

  it('keeps variation selectors, which choose the glyph of the character before them', () => {
    expect(findCharacters('葛\u{E0100} ❤\ufe0f', ['invisible'])).toEqual([]);
  });

  it('finds lone surrogates only', () => {
    expect(findCharacters('\ud83d😀\udc00', ['lone-surrogate'])).toEqual([
      { offset: 0, char: '\ud83d' },
      { offset: 3, char: '\udc00' },
    ]);
  });
});

describe('describeClass and classBody', () => {
  it('describe the same characters the rules look for', () => {
    expect(describeClass('no-break-space')).toBe('U+00A0, U+2007, U+202F');
    expect(new RegExp(`^[${classBody(['no-break-space'])}]+$`, 'u').test('\u00a0\u2007\u202f')).toBe(true);
  });
});

describe('makeVisible', () => {
  it('spells out every character nobody can see, tabs, line feeds and no-break spaces included by default', () => {
    expect(makeVisible('a\t\n\u00a0\u2028b')).toBe('a⟨U+0009⟩⟨U+000A⟩⟨U+00A0⟩⟨U+2028⟩b');
  });

  it('keeps tabs, line feeds and no-break spaces in running text, but shows carriage returns and escapes', () => {
    expect(makeVisible('a\tb\r\nc\u00a0\u001b[2K', { whitespace: false })).toBe('a\tb⟨U+000D⟩\nc\u00a0⟨U+001B⟩[2K');
  });

  it('shows a lone surrogate by its code point', () => {
    expect(makeVisible('\ud83d100', { whitespace: false })).toBe('⟨U+D83D⟩100');
  });

  it('leaves no raw control, and showing again changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const shown = makeVisible(text, { whitespace: false });
        expect(shown).not.toMatch(RAW);
        expect(makeVisible(shown, { whitespace: false })).toBe(shown);
      }),
    );
  });
});

describe('escapeJsonText', () => {
  it('writes C1, bidirectional, invisible and separator characters as escapes, astral ones as a pair', () => {
    expect(escapeJsonText(JSON.stringify(['\u009b', '\u202e', '\u{E0041}', '\u2028']))).toBe('["\\u009b","\\u202e","\\udb40\\udc41","\\u2028"]');
  });

  it('gives JSON that parses to the same value and holds no raw control (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 100 }), (value, text) => {
        const json = escapeJsonText(JSON.stringify({ value, text }, null, 2));
        expect(json).not.toMatch(RAW);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
  });
});

describe('formatCodePoint, describeCharacter, showWhitespace, isBlank, isCjk, displayWidth', () => {
  it('name and show characters one way', () => {
    expect(formatCodePoint('\u{E0001}')).toBe('⟨U+E0001⟩');
    expect(describeCharacter('\u009b')).toBe('U+009B CONTROL SEQUENCE INTRODUCER');
    expect(showWhitespace(' \u00a0\t\n\u3000')).toBe('␣⍽→↵⟨U+3000⟩');
    expect([isBlank(' \u200b\r'), isBlank('a '), isBlank('')]).toEqual([true, false, false]);
    expect([isCjk('（'), isCjk('A')]).toEqual([true, false]);
    expect(displayWidth('（一）a')).toBe(7);
  });

  it('isLetterOrDigit answers as \\p{L} and \\p{N} do for every code unit, ASCII (its fast answers) included', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isLetterOrDigit(char) !== letterOrDigit.test(char)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect([isLetterOrDigit('\u{1D400}'), isLetterOrDigit('😀'), isLetterOrDigit('_')]).toEqual([true, false, false]);
  });

  it('isCjk answers as the CJK class does for every UTF-16 code unit (its fast answers included)', () => {
    const cjk = new RegExp(`^[${CJK}]$`, 'u');
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isCjk(char) !== cjk.test(char)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect([isCjk('\u02ea'), isCjk('\u02e9'), isCjk('\u3041'), isCjk('\u{20000}'), isCjk('\u{1F600}')]).toEqual([true, false, true, true, false]);
  });
});

describe('terminalOutput', () => {
  it('keeps our own colour sequences in colour, and shows every other escape', () => {
    const text = `${paint('added', 'new')} \u001b[2K\u001b]8;;x\u0007`;
    expect(terminalOutput(text, true)).toBe(`${STYLES.added[0]}new${STYLES.added[1]} ⟨U+001B⟩[2K⟨U+001B⟩]8;;x⟨U+0007⟩`);
    expect(terminalOutput(text, false)).toBe('⟨U+001B⟩[32;4mnew⟨U+001B⟩[39;24m ⟨U+001B⟩[2K⟨U+001B⟩]8;;x⟨U+0007⟩');
  });

  it('paints text only after making it visible, so text cannot end or fake a style', () => {
    expect(paint('removed', `a${STYLES.removed[1]}b`)).toBe(`${STYLES.removed[0]}a⟨U+001B⟩[39;29mb${STYLES.removed[1]}`);
    expect(terminalText('\u009b31m')).toBe('⟨U+009B⟩31m');
  });

  it('leaves nothing but our styles on a colour terminal (property)', () => {
    const ours = new RegExp(Object.values(STYLES).flat().map((s) => s.replace(/[[\]]/g, '\\$&')).join('|'), 'g');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...Object.values(STYLES).flat()))), (parts) => {
        const out = terminalOutput(parts.join(''), true);
        expect(out.replace(ours, '')).not.toMatch(RAW);
      }),
    );
  });
});

describe('the lint uses the same classes', () => {
  const location = { document: 'd', edition: '2003-04-15', language: 'en', field: 'clause', clause: 'c', path: 'text' } as const;

  it('reports a Hangul filler and a tag character as invisible, but not a joiner inside an emoji', () => {
    const rules = (text: string) => lintText(text, location).map((finding) => `${finding.rule} ${finding.offset}`);
    expect(rules('a\u3164b')).toEqual(['invisible-character 1']);
    expect(rules('x\u{E0041}')).toEqual(['invisible-character 1']);
    expect(rules('👨‍👩‍👧')).toEqual([]);
    expect(rules('a\u200db')).toEqual(['invisible-character 1']);
  });

  it('describes each rule with the ranges it looks for', () => {
    expect(LINT_RULES.find((rule) => rule.id === 'bidi-control')!.description).toContain(describeClass('bidi-control'));
  });
});

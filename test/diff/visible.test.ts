import { describe, expect, it } from 'vitest';
import { displayLines, displayValue } from '../../src/diff/visible.js';

describe('displayValue', () => {
  it.each([
    [' ', '␣'],
    ['\u00a0', '⍽'],
    ['\u00a0 ', '⍽␣'],
    ['\t', '→'],
    ['\n\n', '↵↵'],
    ['\u3000', '⟨U+3000⟩'],
    ['\u200b', '⟨U+200B⟩'],
  ])('shows a change made only of %j as %j', (value, shown) => {
    expect(displayValue({ type: 'removed', value, class: 'substantive' })).toBe(shown);
    expect(displayValue({ type: 'added', value, class: 'substantive' })).toBe(shown);
  });

  it('leaves equal text and spaces inside words alone', () => {
    expect(displayValue({ type: 'equal', value: ' \u00a0' })).toBe(' \u00a0');
    expect(displayValue({ type: 'added', value: 'new words ', class: 'substantive' })).toBe('new words ');
  });

  it('names invisible and bidirectional controls inside any change, but keeps emoji joiners', () => {
    expect(displayValue({ type: 'added', value: 'a\u202eb', class: 'substantive' })).toBe('a⟨U+202E⟩b');
    expect(displayValue({ type: 'added', value: '👨‍👩‍👧', class: 'substantive' })).toBe('👨‍👩‍👧');
  });
});

describe('displayLines', () => {
  it('splits a redline into lines, a change that spans lines into one piece per line', () => {
    expect(displayLines([{ type: 'equal', value: 'a\n\nb' }, { type: 'added', value: 'c\nd', class: 'substantive' }])).toEqual([
      [{ type: 'equal', value: 'a' }],
      [],
      [{ type: 'equal', value: 'b' }, { type: 'added', value: 'c' }],
      [{ type: 'added', value: 'd' }],
    ]);
  });
});

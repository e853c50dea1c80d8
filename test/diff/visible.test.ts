import { describe, expect, it } from 'vitest';
import { displayPieces } from '../../src/diff/display.js';
import { displayValue } from '../../src/diff/visible.js';
import type { Segment } from '../../src/diff.js';

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

describe('displayPieces', () => {
  it('splits a redline into lines, a change that spans lines into one piece per line', () => {
    expect(displayPieces([{ type: 'equal', value: 'a\n\nb' }, { type: 'added', value: 'c\nd', class: 'substantive' }])).toEqual([
      [{ kind: 'equal', text: 'a' }],
      [],
      [{ kind: 'equal', text: 'b' }, { kind: 'added', text: 'c', typographic: null }],
      [{ kind: 'added', text: 'd', typographic: null }],
    ]);
  });

  it('shows a moved unit where it was, and its own redline where it is', () => {
    expect(
      displayPieces([
        { type: 'added', value: 'Two b.\n\n', class: 'substantive', move: 1, edits: [{ type: 'equal', value: 'Two ' }, { type: 'removed', value: 'a', class: 'substantive' }, { type: 'added', value: 'b', class: 'substantive' }, { type: 'equal', value: '.' }] },
        { type: 'equal', value: 'One.' },
        { type: 'removed', value: '\n\nTwo a.', class: 'substantive', move: 1 },
      ]),
    ).toEqual([
      [{ kind: 'move-start', move: 1 }, { kind: 'moved', text: 'Two ' }, { kind: 'removed', text: 'a', typographic: null }, { kind: 'added', text: 'b', typographic: null }, { kind: 'moved', text: '.' }, { kind: 'move-end', move: 1 }],
      [],
      [{ kind: 'equal', text: 'One.' }],
      [],
      [{ kind: 'move-from', move: 1, text: 'Two a.' }],
    ]);
  });

  it('shows typographic changes of ignored kinds as the new text, unmarked', () => {
    const segments: Segment[] = [
      { type: 'removed', value: 'User', class: 'typographic', kinds: ['case'] },
      { type: 'added', value: 'USER', class: 'typographic', kinds: ['case'] },
    ];
    expect(displayPieces([...segments], ['case'])).toEqual([[{ kind: 'equal', text: 'USER' }]]);
    expect(displayPieces([...segments], ['quotes'])[0]!.map((piece) => piece.kind)).toEqual(['removed', 'added']);
  });
});

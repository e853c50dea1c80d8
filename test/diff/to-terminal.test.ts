import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffText, type EditionDiff } from '../../src/diff.js';
import type { Corpus } from '../../src/index.js';
import { readTwoEditions } from './helpers/fixtures.js';

let corpus: Corpus;
let report: EditionDiff;
beforeAll(async () => {
  corpus = await readTwoEditions();
  report = diffEditions(corpus);
});

describe('formatDiffText', () => {
  it('reads without colour as a word diff: [-old-]{+new+}', () => {
    const text = formatDiffText(report);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('不[-得-]{+应+}用于');
    expect(text).toContain('contractual [-warrantees-]{+warranties+} as');
    expect(text).toContain('未获得[-阿里巴巴-]{+1688+}或其他');
  });

  it('makes whitespace-only changes visible, marked as typographic', () => {
    const text = formatDiffText(report);
    expect(text).toContain('互联[~␣~]网');
    expect(text).toContain('modify,{~␣~}disseminate');
  });

  it('prints the departures of each changed text and the class of each clause', () => {
    const text = formatDiffText(report);
    expect(text).toContain('Clause downloads  changed (substantive)');
    expect(text).toContain('Departures — Change: substantive; Inserted: 1 character, 1 word; Deleted: 1 character, 1 word');
    expect(text).toContain('Clause acceptance  changed (typographic only)');
    expect(text).toContain('Changed substantively: 6; typographic only: 1.');
  });

  it('hides ignored typographic changes, and does not print a redline left with none', () => {
    const text = formatDiffText(diffEditions(corpus, { ignore: ['whitespace'] }));
    expect(text).toContain('Typographic changes of these kinds are not marked: whitespace.');
    expect(text).not.toContain('[~␣~]');
    // acceptance stays in view for its drift, but its Chinese redline has nothing left to mark.
    expect(text).toMatch(/ {2}zh \(governing\) {2}changed\n {2}en {2}unchanged/);
  });

  it('colours instead of bracketing when asked', () => {
    const text = formatDiffText(report, { colour: true });
    expect(text).toContain('不\u001b[31;9m得\u001b[39;29m\u001b[32;4m应\u001b[39;24m用于');
    expect(text).not.toContain('[-得-]');
  });

  it('names each changed clause with its status, drift and move, and lists the unchanged ones', () => {
    const text = formatDiffText(report);
    expect(text.split('\n')[0]).toBe('disclaimer 2003-04-15 → 2024-01-01 (zh, en, governing zh)');
    expect(text).toContain('Clause language-precedence  moved\n  moved: closing #10 → opening #2');
    expect(text).toContain('Clause opinions  removed');
    expect(text).toContain('⚠ Translation drift: en changed, zh (governing) did not');
    expect(text).toContain('Unchanged clauses: copyright, assumption-of-risk');
    expect(text).not.toMatch(/Clause copyright\b/);
  });

  it('keeps a clause with drift in view when only the other language changed', () => {
    const text = formatDiffText(diffEditions(corpus, { languages: ['en'] }));
    expect(text).toMatch(/Clause acceptance {2}unchanged\n {2}⚠ Translation drift: zh \(governing\) changed, en did not/);
  });

  it('says so when nothing differs', () => {
    const text = formatDiffText(diffEditions(corpus, { from: '2024-01-01', to: '2024-01-01' }));
    expect(text).toContain('No differences.');
    expect(text).not.toMatch(/\[-|\{\+/);
  });
});

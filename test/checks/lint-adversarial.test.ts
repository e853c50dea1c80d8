/**
 * The lint on hostile texts (issue 13): the shapes that took minutes (excerpts cut from the whole
 * text for every finding, a search of every open bracket for every closing one, a walk back over
 * every comma for every comma) give the same findings as before, at most MAX_FINDINGS_PER_RULE
 * of a rule per text plus one that counts the rest. Their speed is measured in bench/
 * (`npm run bench -- adversarial`), not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, MAX_FINDINGS_PER_RULE, lintText, type TextLocation } from '../../src/checks.js';

const en: TextLocation = { document: 'd', edition: '2020-01-01', language: 'en', field: 'clause', clause: 'c', path: 'editions["2020-01-01"].en.blocks[0].text' };
const zh: TextLocation = { ...en, language: 'zh' };
const rule = (id: string) => LINT_RULES.find((candidate) => candidate.id === id)!;

/** The bracket rule as it was (a search of the open marks for each closing one), as the reference. */
function bracketsReference(text: string): { offset: number; message: string }[] {
  const PAIRS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '‘': '’' };
  const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
  const hits: { offset: number; message: string }[] = [];
  const open: { char: string; offset: number }[] = [];
  let straight: number | undefined;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset]!;
    if (char === '"') straight = straight === undefined ? offset : undefined;
    else if (PAIRS[char] !== undefined) open.push({ char, offset });
    else if (CLOSERS.has(char)) {
      const top = open.at(-1);
      if (top && PAIRS[top.char] === char) open.pop();
      else if (char === '’') continue;
      else if (top && open.some((item) => PAIRS[item.char] === char)) {
        while (open.length > 0 && PAIRS[open.at(-1)!.char] !== char) {
          const lost = open.pop()!;
          hits.push({ offset: lost.offset, message: `'${lost.char}' is not closed before '${char}'` });
        }
        open.pop();
      } else hits.push({ offset, message: `'${char}' closes nothing (no '${CLOSERS.get(char)}' before it)` });
    }
  }
  for (const item of open) hits.push({ offset: item.offset, message: `'${item.char}' is never closed (expected '${PAIRS[item.char]}')` });
  if (straight !== undefined) hits.push({ offset: straight, message: "'\"' has no closing '\"'" });
  return hits.sort((a, b) => a.offset - b.offset);
}

describe('unbalanced-brackets', () => {
  it('finds what the search of every open mark found, on any mix of marks', () => {
    const marks = fc.string({ unit: fc.constantFrom('(', ')', '[', ']', '“', '”', '‘', '’', '"', 'a'), maxLength: 40 });
    fc.assert(
      fc.property(marks, (text) => {
        const found = [...rule('unbalanced-brackets').check(text, en, {})].map(({ offset, message }) => ({ offset, message })).sort((a, b) => a.offset - b.offset);
        expect(found).toEqual(bracketsReference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lintText on hostile shapes', () => {
  it('reports 40,000 closing brackets after 40,000 opening ones as 100 findings of each kind and two that count the rest', () => {
    const findings = lintText(`${'('.repeat(40_000)}${']'.repeat(40_000)}`, en).filter((finding) => finding.rule === 'unbalanced-brackets');
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(findings.at(-1)!.message).toMatch(/^79900 more unbalanced-brackets findings in this text, not listed \(at most 100 per rule and text\), starting with: /);
  });

  it('reports 中 and 40,000 half-width commas as 100 findings and one that counts the other 39,900', () => {
    const findings = lintText(`中${','.repeat(40_000)}`, zh).filter((finding) => finding.rule === 'halfwidth-punctuation');
    expect(findings.map((finding) => finding.offset).slice(0, 3)).toEqual([1, 2, 3]);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(findings.at(-1)).toMatchObject({ offset: 101, message: expect.stringMatching(/^39900 more halfwidth-punctuation findings/) });
  });

  it('cuts every excerpt of a long paragraph of no-break spaces to 20 characters either side', () => {
    const text = `${'word word\u00a0'.repeat(100_000)}end`;
    const findings = lintText(text, en).filter((finding) => finding.rule === 'nbsp');
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    for (const finding of findings) {
      expect(Array.from(finding.excerpt.before.replace(/^…/, '')).length).toBeLessThanOrEqual(20);
      expect(Array.from(finding.excerpt.after.replace(/…$/, '')).length).toBeLessThanOrEqual(20);
    }
    expect(findings[5]!.excerpt).toEqual({ before: '…\u00a0word word\u00a0word word', match: '\u00a0', after: 'word word\u00a0word word\u00a0…' });
  });

  it('finds the space at the end of a text after a long run of spaces inside it', () => {
    const findings = lintText(`a${' '.repeat(200_000)}b `, en).filter((finding) => finding.rule === 'trailing-space');
    expect(findings.map((finding) => [finding.offset, finding.length])).toEqual([[200_002, 1]]);
  });

  it('still attaches a half-width mark to the character before the marks and spaces in front of it', () => {
    expect(lintText('网站 ,,(包括', zh).filter((finding) => finding.rule === 'halfwidth-punctuation').map((finding) => finding.offset)).toEqual([3, 4, 5]);
    expect(lintText('a ,( 中', zh).filter((finding) => finding.rule === 'halfwidth-punctuation').map((finding) => finding.offset)).toEqual([3]);
  });
});

/**
 * What a careful reviewer must see in each fixture of test/fixtures/diff (its README says it in
 * words), asserted on the JSON contract: the segments `diffText` returns and `formatDiffJson` prints.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { departuresOf, diffEditions, diffText, formatDiffHtml, formatDiffJson, formatDiffMarkdown, formatDiffText, type ChangeSegment, type EditionDiff, type Segment } from '../../src/diff.js';
import { corpus, translationText, type Corpus } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const read = (name: string) => readFileSync(here(`../fixtures/diff/${name}`), 'utf8');
const pair = (name: string) => [read(`${name}-before.txt`), read(`${name}-after.txt`)] as const;

/** The redline as the JSON contract carries it. */
const redline = (before: string, after: string): Segment[] => JSON.parse(JSON.stringify(diffText(before, after))) as Segment[];
const changes = (segments: readonly Segment[]) => segments.filter((segment): segment is ChangeSegment => segment.type !== 'equal');
const substantive = (segments: readonly Segment[]) =>
  changes(segments)
    .filter((segment) => segment.class === 'substantive' && segment.move === undefined)
    .map((segment) => [segment.type, segment.value]);
const moves = (segments: readonly Segment[]) => changes(segments).filter((segment) => segment.move !== undefined);

let mulan: Corpus;
beforeAll(async () => {
  mulan = await readCorpusDirectory(here('../fixtures/corpora/mulan-publ'));
});

/** A clause's text without its heading, as the fixtures hold it. */
function clauseText(source: Corpus, id: string, edition: string, language: 'zh' | 'en'): string {
  const translation = source.clauses.find((clause) => clause.id === id)!.editions[edition]![language]!;
  if (translation.status !== 'published') throw new Error(`${id} ${language} not published`);
  return translationText({ ...translation, heading: undefined });
}

describe('the diff fixtures', () => {
  it('are derived from the real text by the edits their README lists, and nothing else', () => {
    for (const language of ['zh', 'en'] as const) {
      const [before, after] = pair(`definitions/${language}`);
      expect(after).toBe(clauseText(mulan, 'definitions', '2021-05', language));
      const paragraphs = after.split('\n\n');
      let expected = [paragraphs[0], ...paragraphs.slice(2), paragraphs[1]].join('\n\n');
      expected = language === 'zh' ? expected.replaceAll('” 是指', '”是指').replace('行为方', '一方') : expected.replace('the acting entity', 'a party');
      expect(before).toBe(expected);
    }
    const information = clauseText(corpus, 'information-liability', '2003-04-15', 'en');
    const [sentenceBefore, sentenceAfter] = pair('sentence-moved/en');
    expect(sentenceBefore).toBe(information);
    const last = information.slice(information.lastIndexOf('Further, '));
    expect(sentenceAfter).toBe(`${last} ${information.slice(0, information.length - last.length - 1)}`);
    const risk = clauseText(corpus, 'assumption-of-risk', '2003-04-15', 'en');
    expect(pair('case-rewrite/en')).toEqual([risk, risk.toUpperCase().replace('PECUNIARY', 'FINANCIAL')]);
    expect(pair('in-word-punctuation/en')).toEqual([risk, risk.replace('user’s', "user's")]);
    const notice = clauseText(mulan, 'how-to-apply', '2021-05', 'en').split('\n\n').at(-1)!;
    const [wrappedBefore, wrappedAfter] = pair('rewrapped-notice/en');
    expect(wrappedBefore).toBe(notice);
    expect(wrappedAfter.split(/\s+/)).toEqual(notice.split(/\s+/));
    expect(wrappedAfter).not.toBe(notice);
    expect(read('README.md')).toMatch(/^# FIXTURE — NOT PUBLISHED TEXT/);
  });
});

describe('what a careful reviewer must see', () => {
  it('definitions (zh): each definition against itself, the moved one as a move, 一方 → 行为方 the one substantive edit', () => {
    const segments = redline(...pair('definitions/zh'));
    const [from, to] = [moves(segments).find((s) => s.type === 'removed')!, moves(segments).find((s) => s.type === 'added')!];
    expect(to.move).toBe(from.move);
    expect(to.value.startsWith('“贡献者” 是指')).toBe(true);
    expect(from.value.trim().startsWith('“贡献者”是指')).toBe(true);
    expect(changes(to.edits!)).toEqual([{ type: 'added', value: ' ', class: 'typographic', kinds: ['whitespace'] }]);
    expect(substantive(segments)).toEqual([
      ['removed', '一'],
      ['added', '行为'],
    ]);
    const at = segments.findIndex((segment) => segment.type === 'removed' && segment.move === undefined);
    expect(segments[at - 1]!.value.endsWith('是指，对“本许可证”下的')).toBe(true);
    expect(segments[at + 2]!.value.startsWith('方而言')).toBe(true);
    const spaces = changes(segments).filter((segment) => segment.move === undefined && segment.class === 'typographic');
    expect(spaces.map((segment) => [segment.type, segment.value, segment.kinds])).toEqual(Array.from({ length: 6 }, () => ['added', ' ', ['whitespace']]));
    expect(departuresOf(segments)).toMatchObject({ change: 'substantive', kinds: ['whitespace'], inserted: { characters: 2 }, deleted: { characters: 1 } });
  });

  it('definitions (en): the moved definition as a move, a party → the acting entity the one substantive edit', () => {
    const segments = redline(...pair('definitions/en'));
    expect(moves(segments).map((segment) => [segment.type, segment.value.trim().slice(0, 17)])).toEqual([
      ['added', 'Contributor means'],
      ['removed', 'Contributor means'],
    ]);
    expect(changes(moves(segments)[0]!.edits!)).toEqual([]);
    expect(substantive(segments)).toEqual([
      ['removed', 'a party'],
      ['added', 'the acting entity'],
    ]);
    expect(changes(segments).filter((segment) => segment.class === 'typographic')).toEqual([]);
  });

  it('sentence-moved: one move of the sentence, unedited, and nothing else', () => {
    const segments = redline(...pair('sentence-moved/en'));
    expect(changes(segments).map((segment) => [segment.type, segment.move, segment.value.trim()])).toEqual([
      ['added', 1, 'Further, 1688.com shall not be liable in any way for any business activities that use or provide such information on this website or the risks thereof.'],
      ['removed', 1, 'Further, 1688.com shall not be liable in any way for any business activities that use or provide such information on this website or the risks thereof.'],
    ]);
    expect(departuresOf(segments)).toMatchObject({ change: 'substantive', moved: { words: 27 }, inserted: { characters: 0 }, deleted: { characters: 0 } });
  });

  it('case-rewrite: capitals as case changes, pecuniary → FINANCIAL the one substantive edit', () => {
    const segments = redline(...pair('case-rewrite/en'));
    expect(substantive(segments)).toEqual([
      ['removed', 'pecuniary'],
      ['added', 'FINANCIAL'],
    ]);
    const typographic = changes(segments).filter((segment) => segment.class === 'typographic');
    expect(typographic.length).toBeGreaterThan(0);
    expect(typographic.every((segment) => segment.kinds!.join() === 'case')).toBe(true);
    expect(departuresOf(segments)).toMatchObject({ change: 'substantive', kinds: ['case'], inserted: { words: 1 }, deleted: { words: 1 } });
  });

  it('rewrapped-notice: only wrapping and whitespace, nothing substantive', () => {
    const segments = redline(...pair('rewrapped-notice/en'));
    expect(substantive(segments)).toEqual([]);
    expect(changes(segments).every((segment) => segment.class === 'typographic' && segment.kinds!.every((kind) => kind === 'wrapping' || kind === 'whitespace'))).toBe(true);
    expect(departuresOf(segments).change).toBe('typographic');
  });

  it("in-word-punctuation: exactly user[-’-]{+'+}s, typographic (quotes)", () => {
    const segments = redline(...pair('in-word-punctuation/en'));
    expect(changes(segments)).toEqual([
      { type: 'removed', value: '’', class: 'typographic', kinds: ['quotes'] },
      { type: 'added', value: "'", class: 'typographic', kinds: ['quotes'] },
    ]);
    const at = segments.findIndex((segment) => segment.type === 'removed');
    expect(segments[at - 1]!.value.endsWith('a user')).toBe(true);
    expect(segments[at + 2]!.value.startsWith('s access')).toBe(true);
  });

  describe('the real revision: Mulan Public License v1 (2020-12) → v2 (2021-05)', () => {
    let report: EditionDiff;
    const english = (id: string) => report.clauses.find((clause) => clause.id === id)!.texts.find((text) => text.language === 'en')!;
    beforeAll(() => {
      report = JSON.parse(formatDiffJson(diffEditions(mulan))) as EditionDiff;
    });

    it('compares the two versions, every clause changed (the Chinese is new in version 2)', () => {
      expect([report.from.edition, report.to.edition]).toEqual(['2020-12', '2021-05']);
      for (const clause of report.clauses) {
        expect(clause.texts.find((text) => text.language === 'zh')!.status).toBe('newly-translated');
        expect(clause.change).toBe('substantive');
      }
    });

    it('marks the substantive English edits as substantive', () => {
      expect(substantive(english('definitions').segments)).toEqual([
        ['removed', 'Definitions'],
        ['added', 'Definition'],
        ['removed', 'means'],
        ['added', 'mmeans'],
      ]);
      expect(substantive(english('distribution-restriction').segments)).toEqual([['removed', ' through any medium with or without modification']]);
      expect(substantive(english('exceptions').segments)[0]).toEqual(['removed', expect.stringMatching(/^GPLv3, AGPLv3 or subsequent versions/)]);
      expect(substantive(english('exceptions').segments)[1]).toEqual(['added', expect.stringMatching(/^GNU AFFERO GENERAL PUBLIC LICENSE Version 3/)]);
    });

    it('shows the published title and version line of each edition in every format', () => {
      const title = report.editionTitle.find((text) => text.language === 'en')!;
      expect(substantive(title.segments)).toEqual([['removed', '1'], ['added', '2'], ['removed', 'v1'], ['added', 'v2']]);
      expect(report.editionTitle.find((text) => text.language === 'zh')!.status).toBe('added');
      const live = diffEditions(mulan);
      for (const output of [formatDiffText(live), formatDiffMarkdown(live), formatDiffHtml(live)]) {
        expect(output).toContain('Published title');
        expect(output).toContain('木兰公共许可证， 第2版');
        expect(output).toContain('2021年5月 http://license.coscl.org.cn/MulanPubL-2.0');
      }
      expect(formatDiffText(live, { uiLang: 'zh' })).toContain('发布标题');
    });

    it('marks re-cased headings as case changes only', () => {
      for (const id of ['copyright-license', 'end-of-terms']) {
        expect(english(id).departures).toMatchObject({ change: 'typographic', kinds: ['case'] });
      }
      expect(changes(english('end-of-terms').segments).map((segment) => [segment.type, segment.value])).toEqual([
        ['removed', 'End of the Terms and Conditions'],
        ['added', 'END OF THE TERMS AND CONDITIONS'],
      ]);
    });
  });
});

import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffMarkdown, type EditionDiff } from '../../src/diff.js';
import type { Corpus } from '../../src/index.js';
import { readTwoEditions } from './helpers/fixtures.js';
import { attribute, elements, expectedBlocks, readableText, parseHtmlFragment, textContent, withHostileText } from './helpers/formatted.js';

// GitHub renders Markdown as CommonMark + GFM tables, keeping <del>, <ins>, <details> and <a id>.
const markdown = new MarkdownIt({ html: true });
const render = (report: EditionDiff, uiLang: 'en' | 'zh' = 'en') => parseHtmlFragment(markdown.render(formatDiffMarkdown(report, { uiLang })));

let corpus: Corpus;
let report: EditionDiff;
beforeAll(async () => {
  corpus = await readTwoEditions();
  report = diffEditions(corpus);
});

describe('formatDiffMarkdown', () => {
  it('starts with a summary table of the changed clauses, each linking to its redlines', () => {
    const html = render(report);
    const table = elements(html, (element) => element.tagName === 'table')[0]!;
    const rows = elements(table, (element) => element.tagName === 'tr').slice(1);
    const shown = report.clauses.filter((clause) => clause.status !== 'unchanged');
    expect(rows.map((row) => textContent(elements(row, (e) => e.tagName === 'td')[0]!))).toEqual(shown.map((clause) => clause.id));
    const ids = new Set(elements(html, (element) => attribute(element, 'id') !== undefined).map((element) => attribute(element, 'id')));
    for (const link of elements(table, (element) => element.tagName === 'a')) {
      expect(ids.has(attribute(link, 'href')!.slice(1))).toBe(true);
    }
  });

  it('shows every redline block, with its text intact, in reading order', () => {
    const html = render(report);
    const quotes = elements(html, (element) => element.tagName === 'blockquote');
    const shown = quotes.map((quote) => elements(quote, (element) => element.tagName === 'p').flatMap((p) => readableText(p).split('\n')));
    expect(shown).toEqual(expectedBlocks(report));
  });

  it('marks removed text with <del> and added text with <ins>, spaces made visible', () => {
    const html = render(report);
    const del = elements(html, (element) => element.tagName === 'del').map(textContent);
    const ins = elements(html, (element) => element.tagName === 'ins').map(textContent);
    expect(del).toEqual(expect.arrayContaining(['得', '␣', 'warrantees', '阿里巴巴', 'Trademark', 'April 15, 2003']));
    expect(ins).toEqual(expect.arrayContaining(['应', '␣', 'warranties', '1688', 'Trademarks', 'January 1, 2024']));
  });

  it('flags drift in the table and on the clause', () => {
    const text = formatDiffMarkdown(report);
    expect(text).toMatch(/\| \[acceptance\]\(#clause-acceptance\) \| changed \| typographic only \| changed \| unchanged \| ⚠ zh \|/);
    expect(text).toContain('zh (governing) changed, en did not');
  });

  it('escapes legal text so that nothing in it becomes Markdown or HTML', () => {
    const hostile = diffEditions(withHostileText(corpus));
    const html = render(hostile);
    expect(elements(html, (element) => element.tagName === 'script')).toEqual([]);
    expect(elements(html, (element) => element.tagName === 'em' || element.tagName === 'code')).toEqual([]);
    expect(elements(html, (element) => attribute(element, 'href') === 'https://example.com')).toEqual([]);
    const quotes = elements(html, (element) => element.tagName === 'blockquote');
    const shown = quotes.map((quote) => elements(quote, (element) => element.tagName === 'p').flatMap((p) => readableText(p).split('\n')));
    expect(shown).toEqual(expectedBlocks(hostile));
  });

  it('writes its labels in Chinese with uiLang zh', () => {
    const text = formatDiffMarkdown(report, { uiLang: 'zh' });
    expect(text).toContain('新增译文');
    expect(textContent(elements(render(report, 'zh'), (e) => e.tagName === 'h1')[0]!)).toBe('disclaimer 审阅：2003-04-15 → 2024-01-01');
  });

  it('says so when nothing differs', () => {
    const same = diffEditions(corpus, { from: '2003-04-15', to: '2003-04-15' });
    const text = formatDiffMarkdown(same);
    expect(text).toContain('No differences.');
    expect(text).not.toContain('<del>');
  });
});

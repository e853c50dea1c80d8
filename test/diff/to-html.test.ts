import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffHtml, type EditionDiff } from '../../src/diff.js';
import type { Corpus } from '../../src/index.js';
import { readTwoEditions } from './helpers/fixtures.js';
import { attribute, elements, expectedBlocks, readableText, parseHtmlDocument, textContent, withHostileText } from './helpers/formatted.js';

let corpus: Corpus;
let report: EditionDiff;
beforeAll(async () => {
  corpus = await readTwoEditions();
  report = diffEditions(corpus);
});

const redlines = (html: string) =>
  elements(parseHtmlDocument(html), (element) => attribute(element, 'class') === 'redline').map((div) =>
    elements(div, (element) => element.tagName === 'p').map(readableText),
  );

describe('formatDiffHtml', () => {
  it('is one self-contained page: inline style, no script, no external asset', () => {
    const html = formatDiffHtml(report);
    const document = parseHtmlDocument(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(elements(document, (element) => element.tagName === 'script')).toEqual([]);
    expect(elements(document, (element) => element.tagName === 'link')).toEqual([]);
    expect(elements(document, (element) => attribute(element, 'src') !== undefined)).toEqual([]);
    expect(elements(document, (element) => element.tagName === 'style')).toHaveLength(1);
    for (const link of elements(document, (element) => attribute(element, 'href') !== undefined)) {
      expect(attribute(link, 'href')).toMatch(/^#/);
    }
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
  });

  it('links every navigation entry to an anchor on the page', () => {
    const document = parseHtmlDocument(formatDiffHtml(report));
    const ids = new Set(elements(document, (element) => attribute(element, 'id') !== undefined).map((element) => attribute(element, 'id')));
    const nav = elements(document, (element) => element.tagName === 'nav')[0]!;
    const targets = elements(nav, (element) => element.tagName === 'a').map((a) => attribute(a, 'href')!.slice(1));
    expect(targets).toEqual(expect.arrayContaining(['summary', 'edition', 'clause-acceptance', 'clause-opinions']));
    for (const target of targets) expect(ids.has(target), target).toBe(true);
  });

  it('shows every redline block, with its text intact, in reading order', () => {
    expect(redlines(formatDiffHtml(report))).toEqual(expectedBlocks(report));
  });

  it('puts the languages of a clause side by side, each marked with its language', () => {
    const document = parseHtmlDocument(formatDiffHtml(report));
    const article = elements(document, (element) => attribute(element, 'id') === 'clause-downloads')[0]!;
    const columns = elements(article, (element) => attribute(element, 'class') === 'columns n2')[0]!;
    const texts = elements(columns, (element) => attribute(element, 'class') === 'redline');
    expect(texts.map((text) => attribute(text, 'lang'))).toEqual(['zh-Hans', 'en']);
    expect(elements(texts[0]!, (element) => element.tagName === 'del').map(textContent)).toEqual(['得']);
    expect(elements(texts[0]!, (element) => element.tagName === 'ins').map(textContent)).toEqual(['应']);
    expect(elements(texts[1]!, (element) => element.tagName === 'ins').map(textContent)).toEqual(['␣']);
  });

  it('has a print stylesheet', () => {
    expect(formatDiffHtml(report)).toMatch(/@media print \{[^]*nav[^]*display: none/);
  });

  it('escapes legal text', () => {
    const hostile = diffEditions(withHostileText(corpus));
    const html = formatDiffHtml(hostile);
    const document = parseHtmlDocument(html);
    expect(elements(document, (element) => element.tagName === 'script')).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(redlines(html)).toEqual(expectedBlocks(hostile));
  });

  it('writes its own labels in Chinese with uiLang zh, and the legal text as published', () => {
    const html = formatDiffHtml(report, { uiLang: 'zh' });
    const document = parseHtmlDocument(html);
    expect(attribute(elements(document, (element) => element.tagName === 'html')[0]!, 'lang')).toBe('zh-Hans');
    expect(textContent(elements(document, (element) => element.tagName === 'title')[0]!)).toBe('disclaimer 审阅：2003-04-15 → 2024-01-01');
    expect(html).toContain('译文未同步');
    expect(html).toContain('新增译文');
    expect(redlines(html)).toEqual(expectedBlocks(report));
    expect(attribute(elements(parseHtmlDocument(formatDiffHtml(report)), (element) => element.tagName === 'html')[0]!, 'lang')).toBe('en');
  });

  it('uses one column when one language is compared', () => {
    const english = diffEditions(corpus, { languages: ['en'] });
    const document = parseHtmlDocument(formatDiffHtml(english));
    expect(elements(document, (element) => attribute(element, 'class') === 'columns n1').length).toBeGreaterThan(0);
    expect(elements(document, (element) => attribute(element, 'class') === 'columns n2')).toEqual([]);
  });
});

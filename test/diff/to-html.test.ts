import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffHtml, textAfter, type EditionDiff } from '../../src/diff.js';
import type { Corpus } from '../../src/index.js';
import { readTwoEditions } from './helpers/fixtures.js';
import { attribute, elements, expectedBlocks, parseHtmlDocument, readableText, textContent, withHostileText, type Element } from './helpers/formatted.js';

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
    // The document's Chinese title, not its id.
    expect(textContent(elements(document, (element) => element.tagName === 'title')[0]!)).toBe('免责声明 审阅：2003-04-15 → 2024-01-01');
    expect(textContent(elements(document, (element) => element.tagName === 'h1')[0]!)).toBe('免责声明 审阅：2003-04-15 → 2024-01-01');
    expect(html).toContain('译文未同步');
    expect(html).toContain('新增译文');
    expect(redlines(html)).toEqual(expectedBlocks(report));
    expect(attribute(elements(parseHtmlDocument(formatDiffHtml(report)), (element) => element.tagName === 'html')[0]!, 'lang')).toBe('en');
  });

  it('names the document by its English title for an English reviewer, and by its id where the report has no title in that language', () => {
    const title = (html: string) => textContent(elements(parseHtmlDocument(html), (element) => element.tagName === 'title')[0]!);
    expect(title(formatDiffHtml(report))).toBe('Review of Disclaimer: 2003-04-15 → 2024-01-01');
    expect(title(formatDiffHtml(diffEditions(corpus, { languages: ['en'] }), { uiLang: 'zh' }))).toBe('disclaimer 审阅：2003-04-15 → 2024-01-01');
  });

  it('names each clause by its heading or first words in the reviewer\'s language, beside its id, in the contents, the summary and its article', () => {
    const document = parseHtmlDocument(formatDiffHtml(report, { uiLang: 'zh' }));
    const labelled = (scope: Element) =>
      elements(scope, (element) => attribute(element, 'class') === 'clause-name').map((name) => [
        attribute(name, 'lang'),
        textContent(name),
        textContent(name.parentNode as Element).slice(textContent(name).length + 1),
      ]);
    const nav = elements(document, (element) => element.tagName === 'nav')[0]!;
    expect(labelled(nav).slice(0, 3)).toEqual([
      ['zh-Hans', '若要访问和使用阿里巴巴…', 'acceptance'],
      // Chinese never published this clause: it is named by its English words, marked as English.
      ['en', 'In the event of any inconsistency between the…', 'language-precedence'],
      ['zh-Hans', '本网站上关于阿里巴巴…', 'information-liability'],
    ]);
    const table = elements(document, (element) => element.tagName === 'table')[0]!;
    expect(labelled(table)).toEqual(labelled(nav));
    const article = elements(document, (element) => attribute(element, 'id') === 'clause-downloads')[0]!;
    expect(textContent(elements(article, (element) => element.tagName === 'h3')[0]!)).toBe('浏览者可以下载本网站上显示的资料… downloads 修改 实质');
    // Every id is marked as what it is, an English word, so a Chinese voice does not spell it.
    for (const id of elements(document, (element) => attribute(element, 'class') === 'clause-id')) expect(attribute(id, 'lang')).toBe('en');
    // A name is the start of the published text, never words of ours.
    const downloads = report.clauses.find((clause) => clause.id === 'downloads')!;
    expect(textAfter(downloads.texts[0]!.segments).startsWith('浏览者可以下载本网站上显示的资料')).toBe(true);
  });

  it('starts the outline with the title, before the contents, in landmarks', () => {
    const document = parseHtmlDocument(formatDiffHtml(report));
    const body = elements(document, (element) => element.tagName === 'body')[0]!;
    const top = body.childNodes.filter((node): node is Element => 'tagName' in node).map((element) => element.tagName);
    expect(top).toEqual(['header', 'div']);
    const headings = elements(body, (element) => /^h\d$/.test(element.tagName)).map((element) => Number(element.tagName[1]));
    expect(headings[0]).toBe(1);
    expect(headings.filter((level) => level === 1)).toHaveLength(1);
    // Never a level skipped on the way down.
    headings.forEach((level, index) => index > 0 && expect(level - headings[index - 1]!).toBeLessThanOrEqual(1));
    expect(elements(body, (element) => element.tagName === 'main')).toHaveLength(1);
    expect(elements(body, (element) => element.tagName === 'nav')).toHaveLength(1);
  });

  it('labels each change for screen readers in the reviewer\'s language, without adding to the text', () => {
    for (const [uiLang, removed, added, moved] of [['en', 'removed', 'added', 'moved'], ['zh', '删除', '新增', '移动']] as const) {
      const document = parseHtmlDocument(formatDiffHtml(report, { uiLang }));
      const marks = elements(document, (element) => (element.tagName === 'del' || element.tagName === 'ins') && attribute(element.parentNode as Element, 'class') !== 'legend');
      expect(marks.length).toBeGreaterThan(10);
      // Text inside a moved unit that the move did not change reads as moved, not added.
      const label = (mark: Element) => (mark.tagName === 'del' ? removed : attribute(mark, 'class') === 'moved' ? moved : added);
      for (const mark of marks) expect(attribute(mark, 'data-label')).toBe(label(mark));
    }
    expect(formatDiffHtml(report)).toContain('.redline :is(del, ins)[data-label]::before { content: "[" attr(data-label) ": "; }');
  });

  it('uses one column when one language is compared', () => {
    const english = diffEditions(corpus, { languages: ['en'] });
    const document = parseHtmlDocument(formatDiffHtml(english));
    expect(elements(document, (element) => attribute(element, 'class') === 'columns n1').length).toBeGreaterThan(0);
    expect(elements(document, (element) => attribute(element, 'class') === 'columns n2')).toEqual([]);
  });
});

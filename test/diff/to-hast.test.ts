/**
 * formatDiffHast gives apps the review page's redlines as hast: the same articles the page
 * shows (through hast-util-to-html), rendered by React through hast-util-to-jsx-runtime, with
 * the report's parts in data.legalClausesDiff. The page writes these trees with a small
 * serialiser of ours, checked here against hast-util-to-html.
 */
import type { Element, Root } from 'hast';
import { toHtml as hastUtilToHtml } from 'hast-util-to-html';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffHast, formatDiffHtml, REDLINE_CSS, type EditionDiff, type LegalClausesDiffData } from '../../src/diff.js';
import type { Corpus } from '../../src/index.js';
import { hastToHtml } from '../../src/util/hast-to-html.js';
import { parseHtmlFragment as parseRenderFragment, parsePage, shape } from '../render/helpers/dom.js';
import { readTwoEditions } from './helpers/fixtures.js';
import { attribute, elements, parseHtmlFragment, readableText, readerLines, withHostileText } from './helpers/formatted.js';

let corpus: Corpus;
let report: EditionDiff;
let hostile: EditionDiff;
beforeAll(async () => {
  corpus = await readTwoEditions();
  report = diffEditions(corpus);
  hostile = diffEditions(withHostileText(corpus));
});

/** The redline blocks of the shown clauses, as a reader sees them (computed from the report, not from a formatter). */
function clauseBlocks(diff: EditionDiff): string[][] {
  return diff.clauses
    .filter((clause) => clause.status !== 'unchanged' || clause.drift !== null)
    .flatMap((clause) => clause.texts.filter((text) => text.status !== 'absent'))
    .map((text) => readerLines(text.segments));
}

const redlines = (html: string) =>
  elements(parseHtmlFragment(html), (element) => attribute(element, 'class') === 'redline').map((div) =>
    elements(div, (element) => element.tagName === 'p').map(readableText),
  );

describe('formatDiffHast', () => {
  it('holds, through hast-util-to-html, the articles of the review page (without its back-to-top links)', () => {
    for (const [diff, uiLang] of [[report, 'en'], [report, 'zh'], [hostile, 'en']] as const) {
      const page = parseRenderFragment(
        formatDiffHtml(diff, { uiLang })
          .match(/<section id="clauses"[^>]*><h2[^>]*>.*?<\/h2>([^]*)<\/section>/)![1]!
          .replace(/<p class="top">.*?<\/p>/g, ''),
      );
      const hast = parseRenderFragment(hastUtilToHtml(formatDiffHast(diff, { uiLang, headingLevel: 3 })));
      expect(shape(hast.root)).toEqual(shape(page.root));
    }
  });

  it('shows every redline of the changed clauses with its text intact, rendered by React', () => {
    for (const diff of [report, hostile]) {
      const html = renderToStaticMarkup(toJsxRuntime(formatDiffHast(diff), { Fragment, jsx, jsxs }));
      expect(redlines(html)).toEqual(clauseBlocks(diff));
      expect(elements(parseHtmlFragment(html), (element) => element.tagName === 'script')).toEqual([]);
    }
  });

  it('marks changes as <del> and <ins> with a label for screen readers, in the text\'s language', () => {
    const root = formatDiffHast(report, { uiLang: 'zh' });
    const downloads = root.children.find((child) => child.type === 'element' && child.properties.id === 'clause-downloads') as Element;
    expect(hastUtilToHtml(downloads)).toContain('<div class="redline" lang="zh-Hans"><p>');
    expect(hastUtilToHtml(downloads)).toContain('<del data-label="删除">得</del><ins data-label="新增">应</ins>');
    expect(REDLINE_CSS).toContain('attr(data-label)');
  });

  it('sets the clause headings at the level asked for, the language headings one below', () => {
    const levels = (root: Root) => elements(parseHtmlFragment(hastUtilToHtml(root)), (element) => /^h\d$/.test(element.tagName)).map((element) => element.tagName);
    expect(new Set(levels(formatDiffHast(report)))).toEqual(new Set(['h2', 'h3']));
    expect(new Set(levels(formatDiffHast(report, { headingLevel: 4 })))).toEqual(new Set(['h4', 'h5']));
  });

  it('carries the report\'s clause and text in data.legalClausesDiff, without the redline, typed', () => {
    const data: LegalClausesDiffData[] = [];
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.data?.legalClausesDiff) data.push(child.data.legalClausesDiff);
        visit(child);
      }
    };
    visit(formatDiffHast(report));
    const clause = data.find((item) => item.type === 'clauseDiff');
    if (clause?.type !== 'clauseDiff') throw new Error('no clause data');
    expect(clause).toMatchObject({ id: 'acceptance', status: report.clauses[0]!.status });
    expect('texts' in clause).toBe(false);
    const texts = data.filter((item) => item.type === 'textDiff');
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((item) => !('segments' in item))).toBe(true);
  });
});

describe('the review page\'s hast serialiser', () => {
  it('writes what hast-util-to-html writes, as a browser reads it, for every article of the review', () => {
    for (const diff of [report, hostile]) {
      for (const uiLang of ['en', 'zh'] as const) {
        const root = formatDiffHast(diff, { uiLang });
        expect(shape(parseRenderFragment(hastToHtml(root)).root)).toEqual(shape(parseRenderFragment(hastUtilToHtml(root)).root));
      }
    }
    expect(() => hastToHtml({ type: 'root', children: [{ type: 'comment', value: 'x' } as unknown as Element] })).toThrow(TypeError);
  });

  it('writes pages and fragments without parse errors', () => {
    for (const uiLang of ['en', 'zh'] as const) expect(parsePage(formatDiffHtml(hostile, { uiLang })).errors).toEqual([]);
    expect(parseRenderFragment(hastToHtml(formatDiffHast(hostile))).errors).toEqual([]);
  });
});

/**
 * toMdast gives remark and the rest of the mdast ecosystem the text as standard nodes: proved
 * with mdast-util-to-markdown (whose Markdown a CommonMark renderer, markdown-it, shows as the
 * published text) and mdast-util-to-hast (which applies the anchors and languages in `data`).
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { List, Root, RootContent } from 'mdast';
import { toHast as mdastToHast } from 'mdast-util-to-hast';
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { buildTree, toHtml, toMdast, toText, UnknownNodeError, type DocumentNode } from '../../src/index.js';
import { CONSTRUCTS_EDITION } from '../helpers/constructs.js';
import { corpusWith, sampleCases, sampleTrees } from './helpers/corpora.js';
import { attr, elements, parseHtmlFragment, textContent, type Element as DomElement } from './helpers/dom.js';

const EDITION = '2003-04-15';
// CommonMark, as mdast-util-to-markdown writes it: without its GFM extensions it does not escape `~`,
// so markdown-it's default strikethrough would read `~~` pairs it never meant.
const markdownIt = new MarkdownIt('commonmark');

const trees = sampleTrees();
const cases = sampleCases(trees);

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'pre', 'li', 'ol', 'ul']);

/**
 * The text of each block a reader sees, in order: paragraphs, headings, code blocks, and list
 * items (their own text, the blocks nested in them counted apart), whether a list item holds
 * its text directly (a tight list) or in a paragraph (a loose one).
 */
function blockTexts(html: string): string[] {
  const texts: string[] = [];
  const own = (element: DomElement): string =>
    element.childNodes.map((child) => ('tagName' in child ? (BLOCKS.has(child.tagName) ? '' : textContent(child)) : textContent(child))).join('');
  for (const element of elements(parseHtmlFragment(html).root)) {
    if (element.tagName === 'pre') texts.push(textContent(element).replace(/\n$/, ''));
    else if (['p', 'h1', 'h2', 'h3', 'h4'].includes(element.tagName)) texts.push(textContent(element));
    else if (element.tagName === 'li' && own(element).trim() !== '') texts.push(own(element).replace(/\n+$/, ''));
  }
  return texts;
}

function markdownOf(root: Root): string {
  return mdastToMarkdown(root);
}

describe('toMdast', () => {
  it.each(cases)('writes, through mdast-util-to-markdown, Markdown that markdown-it shows as the text of toText (%s)', (_name, tree, frame) => {
    const markdown = markdownOf(toMdast(tree, { frame }));
    expect(blockTexts(markdownIt.render(markdown))).toEqual(toText(tree, { frame }).replace(/\n$/, '').split('\n\n'));
  });

  it('keeps published markers as the text of list items, never a number a renderer would redo', () => {
    const markdown = markdownOf(toMdast(trees.zh!, { frame: false }));
    const items = elements(parseHtmlFragment(markdownIt.render(markdown)).root).filter((element) => element.tagName === 'li');
    expect(items.map((item) => textContent(item).slice(0, 4))).toEqual(['(一) ', '(二) ']);
    expect(elements(parseHtmlFragment(markdownIt.render(markdown)).root).some((element) => element.tagName === 'ol')).toBe(false);
  });

  it('nests lists in their items, separators as published', () => {
    const root = toMdast(trees['fixture zh (title, numbers, nested lists, preformatted, spans)']!, { frame: false });
    const list = root.children.find((child): child is List => child.type === 'list')!;
    const [first] = list.children;
    expect(first!.children.map((child) => child.type)).toEqual(['paragraph', 'list']);
    expect(blockTexts(markdownIt.render(markdownOf({ type: 'root', children: [list] })))).toEqual(['（1）第一项测试文本；', '（i）子项测试文本一；', '（ii）子项测试文本二。', '（2）第二项测试文本。']);
  });

  it('carries the rendering tree in data.legalClauses and the catalogue entry marked as not published text', () => {
    const root = toMdast(trees['fixture zh,en']!);
    expect(root.data?.legalClauses).toMatchObject({ type: 'document', languages: ['zh', 'en'] });
    const [catalogue] = root.children;
    expect(catalogue?.data?.legalClauses).toMatchObject({ type: 'edition', id: CONSTRUCTS_EDITION });
    expect(markdownOf({ type: 'root', children: [catalogue!] })).toBe('*\\[目录信息，非发布文本：免责声明 · 2030-06 版 · 草案 · 作准语言：未声明]*\n');
    expect(catalogue?.data).toMatchObject({ hProperties: { className: ['legal-catalogue'], lang: 'zh-Hans' } });
    const types = (nodes: readonly RootContent[]): string[] =>
      nodes.flatMap((node) => [node.data?.legalClauses?.type ?? '-', ...('children' in node ? types(node.children as RootContent[]) : [])]);
    expect(new Set(types(root.children))).toEqual(new Set(['edition', 'heading', 'dateline', 'paragraph', 'list', 'listItem', 'preformatted', 'span', 'missing', '-']));
  });

  it('gives mdast-util-to-hast the anchors and languages of toHtml', () => {
    for (const tree of [trees['zh,en']!, trees['fixture zh,en']!]) {
      const html = hastToHtml(mdastToHast(toMdast(tree)) as HastRoot);
      const all = elements(parseHtmlFragment(html).root);
      const clauseIds = (list: DomElement[]) => list.flatMap((element) => attr(element, 'id') ?? []).filter((id) => !id.startsWith('section--'));
      expect(clauseIds(all)).toEqual(clauseIds(elements(parseHtmlFragment(toHtml(tree)).root)));
      for (const element of all.filter((candidate) => ['p', 'li', 'h1', 'h2', 'h3', 'code'].includes(candidate.tagName))) {
        if (element.tagName === 'p' && attr(element, 'class') === 'legal-catalogue') continue;
        if (element.tagName === 'p' && attr(element, 'class') === 'legal-missing') continue;
        expect(['zh-Hans', 'en'], `<${element.tagName}> ${textContent(element).slice(0, 20)}`).toContain(attr(element, 'lang'));
      }
      expect(all.filter((element) => element.tagName === 'ol').every((element) => /^legal-list legal-list-/.test(attr(element, 'class') ?? ''))).toBe(true);
    }
    const spans = elements(parseHtmlFragment(hastToHtml(mdastToHast(toMdast(trees['fixture zh,en']!)) as HastRoot)).root).filter(
      (element) => element.tagName === 'span' && attr(element, 'class') === undefined,
    );
    expect(spans.map((span) => [attr(span, 'lang'), textContent(span)])).toEqual([['en', 'FIXTURE PubL v2']]);
    // The hast of the spans and markers is typed as hast: a plugin can walk it.
    const hast = mdastToHast(toMdast(trees.en!)) as HastRoot;
    expect((hast.children.find((child) => child.type === 'element') as Element | undefined)?.tagName).toBe('p');
  });

  it('fails loudly on a node type it does not know', () => {
    const tree = { ...trees.en!, children: [{ type: 'footnote', children: [] }] } as unknown as DocumentNode;
    expect(() => toMdast(tree)).toThrow(UnknownNodeError);
  });
});

/** Text a paragraph can hold in Markdown: no line breaks (a blank line would end it), not blank, no NUL. */
const clauseText = fc
  .string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '*', '_', '`', '\\', '[', ']', '#', '|', '~', '-', '+', '=', '1.', '1)', ' ', '\u00a0', '阿里巴巴', '(一)', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 16 })
  .filter((text) => text.trim() !== '' && !/[\0-\x08\x0b-\x1f\x7f\r\n\u2028\u2029]/.test(text))
  // Upstream, not ours: mdast-util-to-markdown 2.2.3 leaves `_` and `*` unescaped between symbols
  // outside the BMP (`𛲜_𐅹 𛲜_𐅹`), which CommonMark 0.31 (and markdown-it) read as emphasis; micromark
  // reads the same Markdown back as text. docs/rendering.md notes it for apps.
  .filter((text) => !/[\p{S}\p{P}][_*]|[_*][\p{S}\p{P}]/u.test(text.replace(/[\0-\uffff]/gu, (char) => (/[_*]/.test(char) ? char : ' '))));

describe('toMdast with arbitrary text', () => {
  it('round-trips through mdast-util-to-markdown and markdown-it: heading, paragraph, span, list item and code keep the text', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const tree = buildTree({ corpus: corpusWith(text), edition: EDITION, lang: 'en' });
        const texts = blockTexts(markdownIt.render(markdownOf(toMdast(tree, { frame: false }))));
        expect(texts.slice(0, 6)).toEqual(toText(tree, { frame: false }).split('\n\n').slice(0, 6));
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * toHast gives the ecosystem the HTML of toHtml as a hast tree: proved with the real libraries
 * (hast-util-to-html, unified + rehype-stringify, hast-util-to-jsx-runtime with React 19's
 * server renderer), each compared with toHtml as a browser's parser (parse5) reads them.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { createElement, Fragment, type ReactNode } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildTree, LANGUAGE_TAGS, toHast, toHtml, UnknownNodeError, type DocumentNode, type LegalClausesData } from '../../src/index.js';
import { hostileCorpus, sampleCases, sampleTrees } from './helpers/corpora.js';
import { attr, elements, ownText, parseHtmlFragment, shape, shapeText } from './helpers/dom.js';


const trees: Record<string, DocumentNode> = { ...sampleTrees(), 'hostile text': buildTree({ corpus: hostileCorpus(), lang: ['zh', 'en'] }) };
const cases = sampleCases(trees);

function ids(html: string): string[] {
  return elements(parseHtmlFragment(html).root).flatMap((element) => attr(element, 'id') ?? []);
}

/** React elements of a hast tree, rendered on the server as React 19 does it. */
function renderWithReact(root: Root, components: Record<string, (props: Record<string, unknown>) => ReactNode> = {}): string {
  return renderToStaticMarkup(toJsxRuntime(root, { Fragment, jsx, jsxs, components, passNode: true }));
}

describe('toHast', () => {
  it.each(cases)('gives, through hast-util-to-html, the elements, attributes and text of toHtml (%s)', (_name, tree, frame) => {
    const ours = parseHtmlFragment(toHtml(tree, { frame }));
    const theirs = parseHtmlFragment(hastToHtml(toHast(tree, { frame })));
    expect(theirs.errors).toEqual([]);
    expect(shape(theirs.root)).toEqual(shape(ours.root));
  });

  it.each(cases)('gives the same text and the same anchors as toHtml (%s)', (_name, tree, frame) => {
    const html = toHtml(tree, { frame });
    const fromHast = hastToHtml(toHast(tree, { frame }));
    expect(shapeText(shape(parseHtmlFragment(fromHast).root))).toBe(shapeText(shape(parseHtmlFragment(html).root)));
    expect(ids(fromHast)).toEqual(ids(html));
  });

  it('puts clause anchors in properties.id and lang on every element that holds text', () => {
    const root = toHast(trees['fixture zh,en']!);
    const all: Element[] = [];
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type === 'element') {
          all.push(child);
          visit(child);
        }
      }
    };
    visit(root);
    const clauses = all.filter((element) => element.data?.legalClauses?.type === 'clause');
    expect(clauses.map((element) => element.properties.id)).toEqual(['acceptance', 'disclaimers']);
    const holders = all.filter((element) => element.children.some((child) => child.type === 'text' && child.value.trim() !== ''));
    expect(holders.length).toBeGreaterThan(10);
    for (const element of holders) expect([...Object.values(LANGUAGE_TAGS), 'fr'], element.tagName).toContain(element.properties.lang);
    // The span and the preformatted block in another language keep their own tag inside Chinese text.
    expect(all.filter((element) => element.tagName === 'span' && element.properties.className === undefined && element.properties.lang === 'en')).toHaveLength(1);
    expect(all.find((element) => element.tagName === 'pre')?.properties.lang).toBe('en');
  });

  it('carries the node of the rendering tree in data.legalClauses, typed, and copied rather than shared', () => {
    const tree = trees['fixture zh,en']!;
    const root = toHast(tree);
    expect(root.data?.legalClauses).toMatchObject({ type: 'document', id: 'disclaimer', languages: ['zh', 'en'] });
    const article = root.children[0] as Element;
    const data: LegalClausesData[] = [];
    const visit = (node: Element) => {
      if (node.data?.legalClauses) data.push(node.data.legalClauses);
      for (const child of node.children) if (child.type === 'element') visit(child);
    };
    visit(article);
    const clause = data.find((item) => item.type === 'clause');
    // The union narrows on `type`: a clause's data has its number and topics.
    if (clause?.type !== 'clause') throw new Error('no clause data');
    expect([clause.id, clause.number, clause.topics]).toEqual(['acceptance', '4', ['acceptance']]);
    expect(data.filter((item) => item.type === 'listItem').map((item) => (item.type === 'listItem' ? item.marker : ''))).toEqual([
      '（1）', '（i）', '（ii）', '（2）', 'A.', 'B.', '甲、', '乙、',
    ]);
    const catalogue = data.find((item) => item.type === 'edition');
    expect(catalogue).toMatchObject({ type: 'edition', status: 'draft', catalogueTitle: { zh: '免责声明', en: 'Disclaimer' } });
    expect(data.some((item) => 'children' in item)).toBe(false);
    clause.topics.push('risk');
    expect(JSON.stringify(tree)).not.toContain('"risk"');
  });

  it('keeps the catalogue entry marked as not published text, as toHtml does', () => {
    const root = toHast(trees.zh!);
    const text = hastToHtml(root);
    expect(text).toContain('<h1 class="legal-catalogue legal-col-1" lang="zh-Hans">目录信息，非发布文本：免责声明');
    expect(text).toContain('本版另有 5 条条款未发布中文文本，仅有英文文本');
  });

  it('fails loudly on a node type it does not know', () => {
    const tree = { ...trees.en!, children: [{ type: 'footnote', children: [] }] } as unknown as DocumentNode;
    expect(() => toHast(tree)).toThrow(UnknownNodeError);
  });
});

describe('toHast with unified', () => {
  it('goes through a unified pipeline: a rehype plugin reads data.legalClauses, rehype-stringify writes the HTML of toHtml', async () => {
    const tree = trees['zh,en']!;
    // A plugin a site might write: a permalink after each clause, found by its data rather than its class.
    const permalinks = () => (root: Root) => {
      const visit = (node: Root | Element) => {
        for (const child of node.children) {
          if (child.type !== 'element') continue;
          const data = child.data?.legalClauses;
          if (data?.type === 'clause') {
            child.children.push({ type: 'element', tagName: 'a', properties: { className: ['permalink'], href: `#${data.anchor}` }, children: [] } satisfies ElementContent);
          } else visit(child);
        }
      };
      visit(root);
    };
    const processor = unified().use(permalinks).use(rehypeStringify);
    const html = processor.stringify((await processor.run(toHast(tree))) as Root);
    const links = elements(parseHtmlFragment(html).root).filter((element) => attr(element, 'class') === 'permalink');
    expect(links.map((link) => attr(link, 'href'))).toEqual(ids(toHtml(tree)).filter((id) => !id.startsWith('section--')).map((id) => `#${id}`));
    expect(shapeText(shape(parseHtmlFragment(html).root))).toBe(shapeText(shape(parseHtmlFragment(toHtml(tree)).root)));
  });
});

describe('toHast with React (hast-util-to-jsx-runtime, react-dom/server)', () => {
  it.each(cases)('renders on the server the elements, attributes and text of toHtml (%s)', (_name, tree, frame) => {
    const ours = parseHtmlFragment(toHtml(tree, { frame }));
    const react = parseHtmlFragment(renderWithReact(toHast(tree, { frame })));
    expect(react.errors).toEqual([]);
    expect(shape(react.root)).toEqual(shape(ours.root));
  });

  it('lets components read the rendering tree from node.data', () => {
    const html = renderWithReact(toHast(trees['zh,en']!), {
      div: (props) => {
        const { node, ...rest } = props as { node?: Element } & Record<string, unknown>;
        const data = node?.data?.legalClauses;
        return createElement('div', data?.type === 'clause' ? { ...rest, 'data-testid': `clause-${data.id}` } : rest);
      },
    });
    const marked = elements(parseHtmlFragment(html).root).flatMap((element) => attr(element, 'data-testid') ?? []);
    expect(marked).toEqual(ids(toHtml(trees['zh,en']!)).filter((id) => !id.startsWith('section--')).map((id) => `clause-${id}`));
  });

  it('escapes hostile text as toHtml does: no script, no handler, the text shown as text', () => {
    const html = renderWithReact(toHast(trees['hostile text']!));
    const all = elements(parseHtmlFragment(html).root);
    expect(all.filter((element) => ['script', 'img'].includes(element.tagName))).toEqual([]);
    expect(ownText(all.find((element) => element.tagName === 'h1' && attr(element, 'lang') === 'en')!)).toMatch(/^<script>alert\("x"\)<\/script>/);
  });
});

import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildTree, toMarkdown } from '../../src/index.js';
import { sourceParagraphs } from '../helpers/source.js';
import { elements, parseHtmlFragment, textContent, type Element } from './helpers/dom.js';

const EDITION = '2003-04-15';
const source = sourceParagraphs();
const englishText = source.en.slice(1);
const markdownIt = new MarkdownIt({ html: true });

/** The top-level blocks a CommonMark renderer makes of some Markdown, as [tag, text content]. */
function rendered(markdown: string): [string, string][] {
  const { root } = parseHtmlFragment(markdownIt.render(markdown));
  return root.childNodes.filter((node): node is Element => 'tagName' in node).map((node) => [node.tagName, textContent(node)]);
}

describe('toMarkdown', () => {
  it('renders, in Chinese, to the six published paragraphs and no list', () => {
    const markdown = toMarkdown(buildTree({ edition: EDITION, lang: 'zh' }), { frame: false });
    expect(rendered(markdown)).toEqual(source.zh.map((paragraph) => ['p', paragraph]));
  });

  it('keeps (一) and (二) as the published markers, never a renumbered Markdown list', () => {
    const markdown = toMarkdown(buildTree({ edition: EDITION, lang: 'zh' }));
    expect(markdown).toMatch(/^\(一\) 阿里巴巴在此声明/m);
    expect(markdown).toMatch(/^\(二\) 无论在任何原因下/m);
    const tags = elements(parseHtmlFragment(markdownIt.render(markdown)).root).map((element) => element.tagName);
    expect(tags).not.toContain('ol');
    expect(tags).not.toContain('ul');
  });

  it('renders, in English, the section headings as level-2 headings and every paragraph as published', () => {
    const blocks = rendered(toMarkdown(buildTree({ edition: EDITION, lang: 'en' })));
    expect(blocks.slice(0, 2)).toEqual([
      ['p', '[Catalogue entry, not published text: Disclaimer · edition 2003-04-15 · published · governing language: Chinese]'],
      ['p', source.en[0]],
    ]);
    const headings = ['Information on this Website', 'Opinions and Online Forums', 'Copyright and Trademark'];
    expect(blocks.slice(2)).toEqual(englishText.map((paragraph) => [headings.includes(paragraph) ? 'h2' : 'p', paragraph]));
  });

  it('stays readable: ordinary punctuation is not escaped, invisible edge spaces are made visible', () => {
    const markdown = toMarkdown(buildTree({ edition: EDITION, lang: 'en' }));
    expect(markdown).toContain('If you access and use the 1688.com website, you must');
    expect(markdown).toContain('(1) 1688.com hereby declares');
    // The downloads clause ends with a no-break space in the source.
    expect(markdown).toContain('copyright owner of such contents.&#160;\n');
  });

  it('aligns both languages and marks, in emphasis, where the Chinese did not publish a clause', () => {
    const markdown = toMarkdown(buildTree({ edition: EDITION, lang: ['zh', 'en'] }), { frame: false });
    const blocks = rendered(markdown);
    const notes = blocks.filter(([tag]) => tag === 'p').filter(([, text]) => text === '[本版未发布此条款的中文文本 / Not published in Chinese in this edition]');
    expect(notes).toHaveLength(5);
    expect(elements(parseHtmlFragment(markdownIt.render(markdown)).root).filter((element) => element.tagName === 'em')).toHaveLength(5);
    const texts = blocks.map(([, text]) => text);
    expect(texts.filter((text) => source.zh.includes(text))).toEqual(source.zh);
    expect(texts.filter((text) => englishText.includes(text))).toEqual(englishText);
  });

  it('marks fallback text with a note', () => {
    const texts = rendered(toMarkdown(buildTree({ edition: EDITION, lang: 'zh', fallback: 'en' }), { frame: false })).map(([, text]) => text);
    const note = '[本版未发布此条款的中文文本，以下为英文文本 / Not published in Chinese in this edition; the English text follows]';
    expect(texts.filter((text) => text === note)).toHaveLength(5);
  });
});

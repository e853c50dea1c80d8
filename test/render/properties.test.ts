/**
 * Rendering then stripping the markup gives the text back, for any text: what a browser (parse5)
 * reads from our HTML and what a CommonMark renderer (markdown-it) shows for our Markdown is the
 * input, character for character, and our HTML has no parse error.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildTree, toHtml, toHtmlPage, toMarkdown, toText } from '../../src/index.js';
import { escapeHtml } from '../../src/util/escape-html.js';
import { escapeMarkdown } from '../../src/util/escape-markdown.js';
import { sourceParagraphs } from '../helpers/source.js';

const source = sourceParagraphs();
import { corpusWith } from './helpers/corpora.js';
import { elements, hasClass, parseHtmlFragment, parsePage, textContent } from './helpers/dom.js';

/** Characters that mean something in HTML or Markdown, and spaces that renderers like to eat. */
const SIGNIFICANT = [
  '<', '>', '&', '"', "'", '*', '_', '`', '\\', '[', ']', '(', ')', '!', '#', '|', '~', '-', '+', '=', '.', ':', '/',
  '&amp;', '&#60;', '&#x3C;', '&nbsp;', '<!--', '-->', '<script>', ']]>', '```', '---', '1.', '1)', '* ',
  ' ', '  ', '\t', '\u00a0', '\u3000', '\u2003',
];
/** CJK, emoji (with joiners and modifiers), right-to-left scripts and bidirectional marks. */
const SCRIPTS = ['阿里巴巴', '(一)', '“诚信通”', '互联 网', '，', '😀', '👩‍👩‍👧', '👍🏽', 'שלום', 'مرحبا', '\u200f', '\u202b', '\u2066'];

/**
 * Whether HTML can carry a code point as text at all. The HTML standard makes controls (other
 * than tab and line breaks), noncharacters and NUL parse errors whatever the escaping, and line
 * breaks are not part of a paragraph's text in the model (the corpus lint reports them).
 */
function carriable(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code === 0x09) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  if (code === 0x2028 || code === 0x2029) return false;
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return false;
  return true;
}

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SIGNIFICANT) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((char) => Array.from(char).every(carriable)) },
);
/** Clause text as the model allows it: never empty, otherwise anything HTML can carry. */
const clauseText = fc.string({ unit, minLength: 1, maxLength: 24 });

const markdownIt = new MarkdownIt({ html: true });
const RUNS = { numRuns: 300 };

describe('rendering arbitrary clause text', () => {
  it('HTML: parses without errors, and every element holds exactly the text given', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const page = parsePage(toHtmlPage(buildTree({ corpus: corpusWith(text), lang: 'en' })));
        expect(page.errors).toEqual([]);
        const all = elements(page.root);
        const title = all.find((element) => element.tagName === 'title')!;
        expect(textContent(title)).toBe(`${text} (2003-04-15)`);
        expect(textContent(all.find((element) => element.tagName === 'h1')!)).toBe(text);
        const opening = all.find((element) => element.tagName === 'section')!;
        const [heading, paragraph, item, pre] = elements(opening).filter((element) => ['h2', 'p', 'li', 'pre'].includes(element.tagName));
        expect(textContent(heading!)).toBe(text);
        expect(textContent(paragraph!)).toBe(`${text}${text}`);
        expect(textContent(item!)).toBe(`${text} ${text}`);
        expect(pre!.tagName).toBe('pre');
        // The HTML parser drops one line break right after <pre>; a text never starts with one here.
        expect(textContent(pre!)).toBe(text);
        expect(all.some((element) => element.tagName === 'script')).toBe(false);
      }),
      RUNS,
    );
  });

  it('HTML fragment: parses without errors in a body, with the same text', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const fragment = parseHtmlFragment(toHtml(buildTree({ corpus: corpusWith(text), lang: ['zh', 'en'] }), { frame: false }));
        expect(fragment.errors).toEqual([]);
        const english = elements(fragment.root).find((element) => hasClass(element, 'legal-text') && element.attrs.some((a) => a.value === 'en'))!;
        expect(textContent(english)).toBe(`${text}${text}${text} ${text}${text}`);
      }),
      RUNS,
    );
  });

  it('Markdown: a CommonMark renderer shows exactly the text given, in a heading, a paragraph and after a list marker', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const markdown = toMarkdown(buildTree({ corpus: corpusWith(text), lang: 'en' }));
        const rendered = parseHtmlFragment(markdownIt.render(markdown));
        const blocks = rendered.root.childNodes.filter((node) => 'tagName' in node);
        expect(blocks.slice(1, 7).map((block) => [(block as { tagName: string }).tagName, textContent(block)])).toEqual([
          ['h1', text],
          ['p', source.en[0]],
          ['h2', text],
          ['p', `${text}${text}`],
          ['p', `${text} ${text}`],
          ['pre', `${text}\n`],
        ]);
      }),
      RUNS,
    );
  });

  it('Markdown: escapeMarkdown makes any text literal on its own', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const rendered = parseHtmlFragment(markdownIt.render(escapeMarkdown(text)));
        expect(rendered.root.childNodes.filter((node) => 'tagName' in node)).toHaveLength(1);
        expect(textContent(rendered.root).replace(/\n$/, '')).toBe(text);
      }),
      RUNS,
    );
  });

  it('Markdown: escapeMarkdown keeps line breaks, and the line rules hold on every line', () => {
    // A blank line would end the paragraph (documented); any other line, even of spaces, is kept.
    const lines = fc.array(clauseText, { minLength: 2, maxLength: 4 }).map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(lines, (text) => {
        const rendered = parseHtmlFragment(markdownIt.render(escapeMarkdown(text)));
        expect(rendered.root.childNodes.filter((node) => 'tagName' in node)).toHaveLength(1);
        expect(textContent(rendered.root).replace(/\n$/, '')).toBe(text);
      }),
      RUNS,
    );
  });

  it('Markdown: a line that reads as a GFM table delimiter row stays text, whatever the line before holds', () => {
    // Found by the property above (seed -971130530): `|<` over `-:` was a one-column table.
    for (const text of ['|<\n-:\n ', 'a|b\n:--:', 'a|\n:-\nb', 'x | y\n-:|', 'a|\n  :-: ']) {
      const rendered = parseHtmlFragment(markdownIt.render(escapeMarkdown(text)));
      expect(rendered.root.childNodes.filter((node) => 'tagName' in node).map((node) => ('tagName' in node ? node.tagName : ''))).toEqual(['p']);
      expect(textContent(rendered.root).replace(/\n$/, '')).toBe(text);
    }
  });

  it('HTML: escapeHtml writes exactly the five references, and nothing else changes', () => {
    const references: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    fc.assert(
      fc.property(clauseText, (text) => {
        expect(escapeHtml(text)).toBe(Array.from(text, (char) => references[char] ?? char).join(''));
      }),
      RUNS,
    );
  });

  it('text: the paragraph is the text given, untouched', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const paragraphs = toText(buildTree({ corpus: corpusWith(text), lang: 'en' }), { frame: false }).split('\n\n');
        expect(paragraphs.slice(0, 6)).toEqual([text, source.en[0], text, `${text}${text}`, `${text} ${text}`, text]);
      }),
      RUNS,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildTree, HTML_CSS, toHtml, toHtmlPage } from '../../src/index.js';
import { CONSTRUCTS_EDITION, constructsCorpus } from '../helpers/constructs.js';
import { sourceParagraphs } from '../helpers/source.js';
import { HOSTILE, hostileCorpus } from './helpers/corpora.js';
import { attr, elements, hasClass, ownText, parseHtmlFragment, parsePage, textContent, type Element } from './helpers/dom.js';

const EDITION = '2003-04-15';
const source = sourceParagraphs();
const LANG_TAGS = ['zh-Hans', 'en'];

const variants = {
  zh: buildTree({ edition: EDITION, lang: 'zh' }),
  en: buildTree({ edition: EDITION, lang: 'en' }),
  'zh,en': buildTree({ edition: EDITION, lang: ['zh', 'en'] }),
  'zh with fallback en': buildTree({ edition: EDITION, lang: 'zh', fallback: 'en' }),
};

function page(name: keyof typeof variants) {
  return parsePage(toHtmlPage(variants[name]));
}

/** The published text of a page: the dateline, paragraphs, list items and headings, not the catalogue entry or notes. */
function publishedText(root: Element | Parameters<typeof elements>[0]): string[] {
  return elements(root)
    .filter((element) => ['p', 'li', 'h1', 'h2', 'h3'].includes(element.tagName))
    .filter((element) => !hasClass(element, 'legal-note') && !hasClass(element, 'legal-catalogue'))
    .map((element) => textContent(element));
}

describe('toHtmlPage', () => {
  it.each(Object.keys(variants) as (keyof typeof variants)[])('writes a page without parse errors (%s)', (name) => {
    expect(page(name).errors).toEqual([]);
  });

  it.each(Object.keys(variants) as (keyof typeof variants)[])('puts lang on every element that carries text (%s)', (name) => {
    const body = elements(page(name).root).find((element) => element.tagName === 'body')!;
    const carriers = elements(body).filter((element) => ownText(element).trim() !== '');
    expect(carriers.length).toBeGreaterThan(5);
    for (const element of carriers) expect(LANG_TAGS, `<${element.tagName}> "${ownText(element).slice(0, 20)}"`).toContain(attr(element, 'lang'));
  });

  it('writes the Chinese text in zh-Hans elements and the English text in en elements', () => {
    const all = elements(page('zh,en').root);
    const inLang = (tag: string) => all.filter((element) => element.tagName === 'p' && attr(element, 'lang') === tag && !hasClass(element, 'legal-note') && !hasClass(element, 'legal-catalogue'));
    expect(inLang('zh-Hans').map((element) => textContent(element))).toEqual(source.zh.slice(0, 4));
    expect(inLang('en').map((element) => textContent(element))).toEqual(source.en.filter((p) => !/^(Information on|Opinions and|Copyright and)|^\(\d\)/.test(p)));
  });

  it('holds the published text in order: Chinese, English, and both aligned', () => {
    expect(publishedText(page('zh').root)).toEqual(source.zh);
    expect(publishedText(page('en').root)).toEqual(source.en);
    const both = publishedText(page('zh,en').root);
    expect(both.filter((text) => source.zh.includes(text))).toEqual(source.zh);
    expect(both.filter((text) => source.en.includes(text))).toEqual(source.en);
  });

  it('gives each clause the same anchor in every language, and sections anchors of their own', () => {
    const ids = (name: keyof typeof variants) => elements(page(name).root).flatMap((element) => attr(element, 'id') ?? []);
    const clauseIds = (name: keyof typeof variants) => ids(name).filter((id) => !id.startsWith('section--'));
    expect(clauseIds('en')).toContain('image-use');
    expect(clauseIds('zh,en')).toEqual(clauseIds('en'));
    expect(clauseIds('zh').every((id) => clauseIds('en').includes(id))).toBe(true);
    expect(clauseIds('zh with fallback en')).toEqual(clauseIds('en'));
    for (const name of Object.keys(variants) as (keyof typeof variants)[]) expect(new Set(ids(name)).size).toBe(ids(name).length);
    expect(ids('en').filter((id) => id.startsWith('section--'))).toEqual([
      'section--opening',
      'section--information',
      'section--opinions-and-forums',
      'section--copyright-and-trademark',
      'section--closing',
    ]);
  });

  it('keeps a heading hierarchy: no invented title (the source has none) but the catalogue entry, marked as such, as h1; section headings as h2', () => {
    const headings = elements(page('zh,en').root).filter((element) => /^h\d$/.test(element.tagName));
    expect(headings.map((element) => [element.tagName, attr(element, 'lang'), textContent(element)])).toEqual([
      ['h1', 'zh-Hans', '目录信息，非发布文本：免责声明 · 2003-04-15 版 · 已发布 · 作准语言：中文'],
      ['h1', 'en', 'Catalogue entry, not published text: Disclaimer · edition 2003-04-15 · published · governing language: Chinese'],
      ['h2', 'en', 'Information on this Website'],
      ['h2', 'en', 'Opinions and Online Forums'],
      ['h2', 'en', 'Copyright and Trademark'],
    ]);
  });

  it('writes list markers as text, not as a numbering the browser would redo', () => {
    const items = elements(page('zh').root).filter((element) => element.tagName === 'li');
    expect(items.map((item) => textContent(item))).toEqual(source.zh.slice(4));
    expect(HTML_CSS).toMatch(/\.legal-list \{ list-style: none;/);
  });

  it('puts a note in both languages, in the Chinese column, where Chinese did not publish a clause', () => {
    const clause = elements(page('zh,en').root).find((element) => attr(element, 'id') === 'image-use')!;
    const [chinese, english] = clause.childNodes as Element[];
    expect(hasClass(chinese!, 'legal-missing') && hasClass(chinese!, 'legal-col-1')).toBe(true);
    expect(elements(chinese!).filter((element) => element.tagName === 'p').map((element) => [attr(element, 'lang'), textContent(element)])).toEqual([
      ['zh-Hans', '本版未发布此条款的中文文本'],
      ['en', 'Not published in Chinese in this edition'],
    ]);
    expect(hasClass(english!, 'legal-col-2') && attr(english!, 'lang') === 'en').toBe(true);
  });

  it('writes fallback text in its own language, after a visible note', () => {
    const clause = elements(page('zh with fallback en').root).find((element) => attr(element, 'id') === 'image-use')!;
    const text = clause.childNodes[0] as Element;
    expect(hasClass(text, 'legal-fallback')).toBe(true);
    expect(attr(text, 'lang')).toBe('en');
    const [notes, paragraph] = text.childNodes as Element[];
    expect(hasClass(notes!, 'legal-notes')).toBe(true);
    expect(textContent(notes!)).toBe('本版未发布此条款的中文文本，以下为英文文本Not published in Chinese in this edition; the English text follows');
    expect(textContent(paragraph!)).toMatch(/^Without the written consent/);
    expect(attr(paragraph!, 'lang')).toBe('en');
  });

  it('is a standalone page: language, charset, viewport, styles for screen and print, no script allowed', () => {
    const html = toHtmlPage(variants['zh,en']);
    const all = elements(parsePage(html).root);
    expect(attr(all.find((element) => element.tagName === 'html')!, 'lang')).toBe('zh-Hans');
    expect(all.some((element) => element.tagName === 'meta' && attr(element, 'charset') === 'utf-8')).toBe(true);
    expect(all.some((element) => attr(element, 'name') === 'viewport')).toBe(true);
    const policy = all.find((element) => attr(element, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(policy!, 'content')).toMatch(/^default-src 'none';/);
    expect(all.filter((element) => element.tagName === 'script')).toEqual([]);
    expect(all.some((element) => element.attrs.some((attribute) => attribute.name.startsWith('on')))).toBe(false);
    const css = textContent(all.find((element) => element.tagName === 'style')!);
    expect(css).toContain('@media (min-width: 48em)');
    expect(css).toContain('@media print');
    expect(textContent(all.find((element) => element.tagName === 'title')!)).toBe('免责声明 / Disclaimer (2003-04-15)');
  });
});

describe('the heading and the notes of a page', () => {
  it('names an untitled edition by its catalogue entry, marked as not published text, even without the frame', () => {
    for (const html of [toHtmlPage(variants.en), toHtmlPage(variants.en, { frame: false })]) {
      const all = elements(parsePage(html).root);
      const main = all.find((element) => element.tagName === 'main')!;
      const [h1, ...others] = elements(main).filter((element) => element.tagName === 'h1');
      expect(others).toEqual([]);
      expect(hasClass(h1!, 'legal-catalogue')).toBe(true);
      expect(textContent(h1!)).toMatch(/^Catalogue entry, not published text: Disclaimer · /);
    }
    // The fragment without the frame is the published text alone: no heading the source lacks.
    expect(toHtml(variants.en, { frame: false })).not.toContain('<h1');
  });

  it('uses the published title lines as h1 where the edition printed them, and keeps the catalogue entry a paragraph', () => {
    const tree = buildTree({ corpus: constructsCorpus(), edition: CONSTRUCTS_EDITION, lang: ['zh', 'en'] });
    const all = elements(parsePage(toHtmlPage(tree)).root);
    expect(all.filter((element) => element.tagName === 'h1').map((element) => [attr(element, 'lang'), textContent(element)])).toEqual([
      ['zh-Hans', '【测试用】示例文本，第2版'],
      ['en', '[FIXTURE] Sample text, Version 2'],
    ]);
    expect(all.filter((element) => hasClass(element, 'legal-catalogue')).map((element) => element.tagName)).toEqual(['p', 'p']);
  });

  it('says on the Chinese page, in Chinese and in English, which clauses exist only in English', () => {
    const all = elements(page('zh').root);
    const note = all.find((element) => hasClass(element, 'legal-omitted'))!;
    expect(elements(note).map((element) => [attr(element, 'lang'), textContent(element)])).toEqual([
      ['zh-Hans', '本版另有 5 条条款未发布中文文本，仅有英文文本，本页未收录：image-use、opinions、copyright、assumption-of-risk、language-precedence'],
      ['en', '5 clauses of this edition were not published in Chinese, only in English, and are not shown here: image-use, opinions, copyright, assumption-of-risk, language-precedence'],
    ]);
    // Nothing left out, nothing to say: English has every clause; the fallback shows them all.
    expect(toHtmlPage(variants.en)).not.toContain('legal-omitted');
    expect(toHtmlPage(variants['zh with fallback en'])).not.toContain('legal-omitted');
    expect(toHtml(variants.zh, { frame: false })).not.toContain('legal-omitted');
  });
});

describe('toHtml', () => {
  it('writes an article fragment that parses without errors inside a body', () => {
    const html = toHtml(variants['zh,en']);
    expect(html).toMatch(/^<article class="legal-document legal-columns-2" data-document="disclaimer" data-edition="2003-04-15">\n/);
    expect(parseHtmlFragment(html).errors).toEqual([]);
  });

  it('leaves the frame out on request: the published text alone', () => {
    const { root } = parseHtmlFragment(toHtml(variants.zh, { frame: false }));
    expect(elements(root).some((element) => element.tagName === 'header' || element.tagName === 'h1')).toBe(false);
    expect(publishedText(root)).toEqual(source.zh);
  });

  it('escapes hostile text everywhere: title, headings, text, markers, ids', () => {
    const hostile = HOSTILE;
    const html = toHtmlPage(buildTree({ corpus: hostileCorpus(), lang: ['zh', 'en'] }));
    const { root, errors } = parsePage(html);
    expect(errors).toEqual([]);
    const all = elements(root);
    expect(all.filter((element) => ['script', 'img'].includes(element.tagName))).toEqual([]);
    expect(textContent(all.find((element) => element.tagName === 'h1' && attr(element, 'lang') === 'en')!)).toBe(hostile);
    expect(textContent(all.find((element) => hasClass(element, 'legal-dateline'))!)).toBe(hostile);
    expect(textContent(all.find((element) => hasClass(element, 'legal-catalogue') && attr(element, 'lang') === 'en')!)).toContain(hostile);
    expect(textContent(all.find((element) => element.tagName === 'h2')!)).toBe(hostile);
    const acceptanceEnglish = all.find((element) => attr(element, 'id') === 'acceptance')!.childNodes[1] as Element;
    expect(elements(acceptanceEnglish).filter((element) => ['h2', 'p', 'li', 'pre'].includes(element.tagName)).map((element) => textContent(element))).toEqual([
      hostile,
      `${hostile}${hostile}`,
      `${hostile} ${hostile}`,
      hostile,
    ]);
    expect(textContent(all.find((element) => element.tagName === 'title')!)).toBe(`免责声明 / ${hostile} (2003-04-15)`);
  });
});

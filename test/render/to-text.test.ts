import { describe, expect, it } from 'vitest';
import { buildTree, listClauses, toText } from '../../src/index.js';
import { sourceParagraphs } from '../helpers/source.js';

const EDITION = '2003-04-15';
const source = sourceParagraphs();
/** The English source opens with its release line; the rest is the text. */
const [englishDateline, ...englishText] = source.en;

const NOT_IN_CHINESE = '[本版未发布此条款的中文文本 / Not published in Chinese in this edition]';

function paragraphs(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n\n');
}

describe('toText', () => {
  describe('in Chinese', () => {
    it('writes the six published paragraphs verbatim, in order, one blank line apart', () => {
      const body = toText(buildTree({ edition: EDITION, lang: 'zh' }), { frame: false });
      expect(source.zh).toHaveLength(6);
      expect(body).toBe(`${source.zh.join('\n\n')}\n`);
    });

    it('frames them with a catalogue entry that says it is not published text, and a note naming the clauses only English has', () => {
      const text = toText(buildTree({ edition: EDITION, lang: 'zh' }));
      expect(text).toBe(
        `[目录信息，非发布文本：免责声明 · 2003-04-15 版 · 已发布 · 作准语言：中文]\n\n[本版另有 5 条条款未发布中文文本，仅有英文文本，本页未收录：image-use、opinions、copyright、assumption-of-risk、language-precedence / 5 clauses of this edition were not published in Chinese, only in English, and are not shown here: image-use, opinions, copyright, assumption-of-risk, language-precedence]\n\n${source.zh.join('\n\n')}\n`,
      );
    });
  });

  describe('in English', () => {
    it('writes the source byte for byte: its release line as published, the three section headings and the (1) (2) markers', () => {
      const body = toText(buildTree({ edition: EDITION, lang: 'en' }), { frame: false });
      expect(body).toBe(`${source.en.join('\n\n')}\n`);
      expect(paragraphs(body)[0]).toBe(englishDateline);
      expect(paragraphs(body).filter((paragraph) => /^\(\d\) /.test(paragraph))).toHaveLength(2);
    });

    it('frames them with a catalogue entry, then the release line exactly as the source prints it', () => {
      const [entry, released, ...rest] = paragraphs(toText(buildTree({ edition: EDITION, lang: 'en' })));
      expect(entry).toBe('[Catalogue entry, not published text: Disclaimer · edition 2003-04-15 · published · governing language: Chinese]');
      expect(released).toBe(englishDateline);
      expect(rest).toEqual(englishText);
    });
  });

  describe('in both languages', () => {
    const text = paragraphs(toText(buildTree({ edition: EDITION, lang: ['zh', 'en'] }), { frame: false }));

    it('holds every paragraph of each language, each language in its published order', () => {
      expect(text.filter((paragraph) => source.zh.includes(paragraph))).toEqual(source.zh);
      expect(text.filter((paragraph) => englishText.includes(paragraph))).toEqual(englishText);
    });

    it('interleaves clause by clause: the Chinese text of a clause, then its English text', () => {
      const zhTrademarks = text.indexOf(source.zh[3]!);
      expect(source.zh[3]).toMatch(/^“阿里巴巴”/);
      expect(text[zhTrademarks + 1]).toMatch(/^“Alibaba”/);
    });

    it('says where the Chinese did not publish a clause, in the place of its Chinese text', () => {
      const notes = text.flatMap((paragraph, index) => (paragraph === NOT_IN_CHINESE ? [text[index + 1]] : []));
      const missing = listClauses({ edition: EDITION }).filter((clause) => clause.languages.zh === 'missing');
      expect(notes).toHaveLength(missing.length);
      expect(notes).toContain(englishText.find((paragraph) => paragraph.startsWith('Without the written consent')));
    });

    it('frames them with the catalogue entry in each language, then the published release line', () => {
      expect(paragraphs(toText(buildTree({ edition: EDITION, lang: ['zh', 'en'] }))).slice(0, 3)).toEqual([
        '[目录信息，非发布文本：免责声明 · 2003-04-15 版 · 已发布 · 作准语言：中文]',
        '[Catalogue entry, not published text: Disclaimer · edition 2003-04-15 · published · governing language: Chinese]',
        englishDateline,
      ]);
    });
  });

  describe('with a fallback', () => {
    it('adds the clauses Chinese did not publish, in English, each after a note', () => {
      const text = paragraphs(toText(buildTree({ edition: EDITION, lang: 'zh', fallback: 'en' }), { frame: false }));
      expect(text.filter((paragraph) => source.zh.includes(paragraph))).toEqual(source.zh);
      const note = '[本版未发布此条款的中文文本，以下为英文文本 / Not published in Chinese in this edition; the English text follows]';
      const noted = text.flatMap((paragraph, index) => (paragraph === note ? [text[index + 1]] : []));
      expect(noted).toHaveLength(5);
      expect(noted.every((paragraph) => englishText.includes(paragraph!))).toBe(true);
      // Text not published in Chinese appears only after a note.
      expect(text.filter((paragraph) => englishText.includes(paragraph))).toEqual(noted);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { blocksToParagraphs, corpus, getDocument, type Language } from '../../src/index.js';
import { sourceParagraphs } from '../helpers/source.js';

/** Every paragraph the corpus holds for one language of an edition, in reading order. */
function corpusParagraphs(lang: Language, editionId: string): string[] {
  const edition = getDocument('disclaimer').editions.find((candidate) => candidate.id === editionId)!;
  const paragraphs: string[] = [];
  const dateline = edition.dateline?.[lang];
  if (dateline !== undefined) paragraphs.push(dateline);
  for (const section of edition.sections) {
    const heading = section.heading?.[lang];
    if (heading !== undefined) paragraphs.push(heading);
    for (const id of section.clauses) {
      const translation = corpus.clauses.find((clause) => clause.id === id)!.editions[editionId]![lang];
      if (translation?.status === 'published') paragraphs.push(...blocksToParagraphs(translation.blocks));
    }
  }
  return paragraphs;
}

describe('the 2003-04-15 edition', () => {
  const source = sourceParagraphs();

  it.each(['zh', 'en'] as const)('holds every %s paragraph of the source exactly once, verbatim and in order', (lang) => {
    expect(corpusParagraphs(lang, '2003-04-15')).toEqual(source[lang]);
  });

  it('splits the source into six Chinese and sixteen English paragraphs', () => {
    // A guard on the splitter itself: if it merged or split paragraphs, the test above would be vacuous.
    expect(source.zh).toHaveLength(6);
    expect(source.en).toHaveLength(16);
  });

  it('keeps the quirks of the published text', () => {
    const all = JSON.stringify(corpus);
    for (const quirk of ['互联 网', '版权 法', '1688.com \'s', 'modify,disseminate', 'warrantees', 'Alibaba.com website', '疏忽责 任)', 'laws.\u00a0 1688.com']) {
      expect(all).toContain(quirk);
    }
  });

  it('marks the five clauses the Chinese text lacks as missing', () => {
    const missing = corpus.clauses
      .filter((clause) => clause.editions['2003-04-15']?.zh?.status === 'missing')
      .map((clause) => clause.id)
      .sort();
    expect(missing).toEqual(['assumption-of-risk', 'copyright', 'image-use', 'language-precedence', 'opinions']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTree,
  corpus,
  CorpusValidationError,
  InvalidLocaleError,
  InvalidOptionsError,
  listClauses,
  NoEditionInForceError,
  UnknownDocumentError,
  UnknownEditionError,
  UnsupportedLocaleError,
  type ClauseNode,
  type Corpus,
  type DocumentNode,
  type SectionNode,
} from '../../src/index.js';
import { ID_PATTERN } from '../../src/model/constants.js';
import { corpusWithLaterEditions, mutableCorpus } from '../helpers/corpus.js';

const EDITION = '2003-04-15';

function sectionsOf(tree: DocumentNode): SectionNode[] {
  return tree.children.filter((child): child is SectionNode => child.type === 'section');
}

function clausesOf(tree: DocumentNode): ClauseNode[] {
  return sectionsOf(tree).flatMap((section) => section.children.filter((child): child is ClauseNode => child.type === 'clause'));
}

/** Clause ids in reading order whose text in `lang` has this status, from the lookup API (not from the tree). */
function clauseIdsWhere(lang: 'zh' | 'en', status: 'published' | 'missing'): string[] {
  return listClauses({ edition: EDITION }).filter((clause) => clause.languages[lang] === status).map((clause) => clause.id);
}

describe('buildTree', () => {
  describe('languages', () => {
    it('renders every language by default, the governing one first', () => {
      expect(buildTree().languages).toEqual(['zh', 'en']);
      const englishGoverns = mutableCorpus();
      englishGoverns.documents[0].governingLanguage = 'en';
      expect(buildTree({ corpus: englishGoverns as Corpus }).languages).toEqual(['en', 'zh']);
    });

    it('matches BCP 47 tags to the corpus languages, in the order asked, without repeats', () => {
      expect(buildTree({ lang: 'zh-CN' }).languages).toEqual(['zh']);
      expect(buildTree({ lang: ['en-GB', 'zh-Hans-CN'] }).languages).toEqual(['en', 'zh']);
      expect(buildTree({ lang: ['zh', 'zh-SG', 'en', 'en-US'] }).languages).toEqual(['zh', 'en']);
    });

    it('does not give Traditional Chinese readers Simplified text unless the fallback allows it', () => {
      expect(() => buildTree({ lang: 'zh-TW' })).toThrow(UnsupportedLocaleError);
      expect(buildTree({ lang: 'zh-TW', fallback: 'zh' }).languages).toEqual(['zh']);
    });

    it('refuses malformed tags, an empty list and a fallback outside the corpus languages', () => {
      expect(() => buildTree({ lang: 'fr_FR' })).toThrow(InvalidLocaleError);
      expect(() => buildTree({ lang: [] })).toThrow(InvalidOptionsError);
      expect(() => buildTree({ lang: 'zh', fallback: 'fr' as 'en' })).toThrow(/fallback must be one of zh, zh-Hant, en \(received 'fr'\)/);
    });
  });

  describe('in one language', () => {
    it('holds only what that language published, and names what it left out, in reading order', () => {
      const tree = buildTree({ edition: EDITION, lang: 'zh' });
      expect(clausesOf(tree).map((clause) => clause.id)).toEqual(clauseIdsWhere('zh', 'published'));
      expect(tree.omitted).toEqual(clauseIdsWhere('zh', 'missing'));
      expect(tree.omitted).toHaveLength(5);
      for (const clause of clausesOf(tree)) expect(clause.children).toMatchObject([{ type: 'translation', lang: 'zh' }]);
    });

    it('leaves out a section with nothing to show in that language', () => {
      const ids = sectionsOf(buildTree({ edition: EDITION, lang: 'zh' })).map((section) => section.id);
      expect(ids).toEqual(['opening', 'information', 'copyright-and-trademark', 'closing']);
      expect(sectionsOf(buildTree({ edition: EDITION, lang: 'en' }))).toHaveLength(5);
    });

    it('gives English every clause and its three section headings', () => {
      const tree = buildTree({ edition: EDITION, lang: 'en' });
      expect(tree.omitted).toEqual([]);
      expect(clausesOf(tree)).toHaveLength(10);
      const headings = sectionsOf(tree).flatMap((section) => section.children.filter((child) => child.type === 'heading'));
      expect(headings.map((heading) => (heading.children[0] as { value: string }).value)).toEqual([
        'Information on this Website',
        'Opinions and Online Forums',
        'Copyright and Trademark',
      ]);
    });

    it('fills clauses in from the fallback language, marked with their own language', () => {
      const tree = buildTree({ edition: EDITION, lang: 'zh', fallback: 'en' });
      expect(tree.omitted).toEqual([]);
      const stand = clausesOf(tree).filter((clause) => clause.children[0]!.type === 'translation' && clause.children[0]!.fallbackFor !== undefined);
      expect(stand.map((clause) => clause.id)).toEqual(clauseIdsWhere('zh', 'missing'));
      for (const clause of stand) expect(clause.children).toMatchObject([{ type: 'translation', lang: 'en', fallbackFor: 'zh' }]);
    });

    it('keeps text verbatim, trailing no-break space included', () => {
      const downloads = clausesOf(buildTree({ edition: EDITION, lang: 'en' })).find((clause) => clause.id === 'downloads')!;
      const text = JSON.stringify(downloads);
      expect(text).toContain('modify,disseminate');
      expect(text).toContain('such contents.\u00a0"');
    });
  });

  describe('in several languages', () => {
    it('aligns every clause, one node per language in column order, missing where a language did not publish', () => {
      const tree = buildTree({ edition: EDITION, lang: ['zh', 'en'] });
      expect(tree.omitted).toEqual([]);
      expect(clausesOf(tree)).toHaveLength(10);
      for (const clause of clausesOf(tree)) {
        expect(clause.children.map((child) => child.lang)).toEqual(['zh', 'en']);
        const zh = clause.children[0]!;
        if (clauseIdsWhere('zh', 'missing').includes(clause.id)) expect(zh).toEqual({ type: 'missing', lang: 'zh', available: ['en'] });
        else expect(zh.type).toBe('translation');
      }
      expect(clausesOf(buildTree({ lang: ['en', 'zh'] }))[0]!.children.map((child) => child.lang)).toEqual(['en', 'zh']);
    });

    it('ignores the fallback: a missing text stays visibly missing', () => {
      const tree = buildTree({ edition: EDITION, lang: ['zh', 'en'], fallback: 'en' });
      expect(JSON.stringify(tree)).not.toContain('fallbackFor');
      expect(clausesOf(tree).filter((clause) => clause.children.some((child) => child.type === 'missing'))).toHaveLength(5);
    });

    it('gives the catalogue entry of the edition, marked apart from the published text', () => {
      const edition = (lang: string | string[]) => buildTree({ edition: EDITION, lang }).children.find((child) => child.type === 'edition');
      expect(edition(['zh', 'en'])).toEqual({
        type: 'edition',
        id: EDITION,
        status: 'published',
        date: EDITION,
        precision: 'day',
        catalogueTitle: { zh: '免责声明', en: 'Disclaimer' },
        declaredLanguages: ['zh', 'en'],
      });
      // One language of the output; the catalogue still knows every language the document declares.
      expect(edition('zh')).toMatchObject({ catalogueTitle: { zh: '免责声明' }, declaredLanguages: ['zh', 'en'] });
    });

    it('has the release line as published, as text, for the languages that printed one', () => {
      const datelines = (lang: string | string[]) => buildTree({ edition: EDITION, lang }).children.filter((child) => child.type === 'dateline');
      expect(datelines(['zh', 'en'])).toEqual([
        { type: 'dateline', lang: 'en', children: [{ type: 'text', value: corpus.documents[0]!.editions[0]!.dateline!.en }] },
      ]);
      expect(datelines('zh')).toEqual([]);
    });
  });

  describe('anchors', () => {
    it('anchors each clause at its id and each section at section--<id>', () => {
      const tree = buildTree({ lang: ['zh', 'en'] });
      for (const clause of clausesOf(tree)) expect(clause.anchor).toBe(clause.id);
      for (const section of sectionsOf(tree)) expect(section.anchor).toBe(`section--${section.id}`);
    });

    it('never gives a section an anchor that a clause id could have', () => {
      fc.assert(
        fc.property(fc.stringMatching(ID_PATTERN), (id) => {
          expect(ID_PATTERN.test(`section--${id}`)).toBe(false);
        }),
      );
    });
  });

  describe('editions and corpora', () => {
    const later = corpusWithLaterEditions();

    it('renders the edition asked for, the one in force on a date, or the latest published', () => {
      const editionOf = (tree: DocumentNode) => tree.children.find((child) => child.type === 'edition')!;
      expect(editionOf(buildTree({ corpus: later }))).toMatchObject({ id: '2010-06-01', status: 'published' });
      expect(editionOf(buildTree({ corpus: later, at: '2005-06-30' }))).toMatchObject({ id: EDITION });
      expect(editionOf(buildTree({ corpus: later, edition: '2030-01-01' }))).toMatchObject({ id: '2030-01-01', status: 'draft' });
      // The fixture edition 2010-06-01 withdrew image-use: it is absent, not "missing".
      expect(clausesOf(buildTree({ corpus: later, at: '2012-01-01' })).map((clause) => clause.id)).not.toContain('image-use');
    });

    it('reports an edition or document that cannot be chosen', () => {
      expect(() => buildTree({ edition: '2003-04-16' })).toThrow(UnknownEditionError);
      expect(() => buildTree({ at: '1999-12-31' })).toThrow(NoEditionInForceError);
      expect(() => buildTree({ edition: EDITION, at: EDITION })).toThrow(InvalidOptionsError);
      expect(() => buildTree({ document: 'disclaimr' })).toThrow(/did you mean 'disclaimer'/);
      expect(() => buildTree({ document: 'terms' })).toThrow(UnknownDocumentError);
    });

    it('renders the text of the corpus it is given', () => {
      const data = mutableCorpus();
      data.documents[0].title.en = 'Website disclaimer (fixture)';
      data.documents[0].editions[0].title = { en: 'Published title (fixture)' };
      const tree = buildTree({ corpus: data as Corpus, lang: 'en' });
      expect(tree.children[0]).toMatchObject({ type: 'edition', catalogueTitle: { en: 'Website disclaimer (fixture)' } });
      expect(tree.children[1]).toEqual({ type: 'heading', depth: 1, lang: 'en', children: [{ type: 'text', value: 'Published title (fixture)' }] });
    });

    it('reports a corpus whose edition lists a clause without text for it', () => {
      const data = mutableCorpus();
      delete data.clauses.find((clause: { id: string }) => clause.id === 'opinions').editions[EDITION];
      expect(() => buildTree({ corpus: data as Corpus })).toThrow(CorpusValidationError);
      expect(() => buildTree({ corpus: data as Corpus })).toThrow(/lists clause 'opinions', which has no text for that edition/);
    });
  });

  it('builds plain data that survives JSON', () => {
    const tree = buildTree({ lang: 'zh', fallback: 'en' });
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });
});

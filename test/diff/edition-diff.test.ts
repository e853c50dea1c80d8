import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DIFF_FORMAT,
  diffCorpora,
  diffEditions,
  formatDiffJson,
  NoPreviousEditionError,
  textAfter,
  textBefore,
  type ClauseDiff,
  type EditionDiff,
  type Segment,
} from '../../src/diff.js';
import { blocksToText, corpus as bundled, InvalidOptionsError, UnknownEditionError, UnsupportedLocaleError, type Corpus } from '../../src/index.js';
import { readCorpusFile } from '../../src/node.js';
import { onlyEditions, readTwoEditions, RELEASE_1, RELEASE_2 } from './helpers/fixtures.js';

let corpus: Corpus;
let report: EditionDiff;
const clause = (id: string): ClauseDiff => report.clauses.find((candidate) => candidate.id === id)!;
const text = (id: string, lang: 'zh' | 'en') => clause(id).texts.find((entry) => entry.language === lang)!;
const changes = (segments: Segment[]) =>
  segments.filter((segment) => segment.type !== 'equal').map((segment) => ({ type: segment.type, value: segment.value }));

beforeAll(async () => {
  corpus = await readTwoEditions();
  report = diffEditions(corpus);
});

describe('diffEditions', () => {
  it('compares the previous and the latest edition by default', () => {
    expect(report.format).toBe(DIFF_FORMAT);
    expect(report.document.id).toBe('disclaimer');
    expect(report.from).toEqual({ edition: '2003-04-15', status: 'published' });
    expect(report.to).toEqual({ edition: '2024-01-01', status: 'published' });
    expect(report.languages).toEqual(['zh', 'en']);
    expect(report.identical).toBe(false);
  });

  it('aligns every clause of either edition by id, with its status', () => {
    const statuses = Object.fromEntries(report.clauses.map((entry) => [entry.id, entry.status]));
    expect(statuses).toEqual({
      acceptance: 'changed',
      'language-precedence': 'moved',
      'information-liability': 'changed',
      'image-use': 'changed',
      downloads: 'changed',
      opinions: 'removed',
      copyright: 'unchanged',
      trademarks: 'changed',
      disclaimers: 'changed',
      'assumption-of-risk': 'unchanged',
    });
    expect(report.summary.clauses).toEqual({ added: 0, removed: 1, changed: 6, moved: 1, unchanged: 2 });
  });

  it('lists clauses in the new order, a removed clause where it was', () => {
    expect(report.clauses.map((entry) => entry.id)).toEqual([
      'acceptance',
      'language-precedence',
      'information-liability',
      'image-use',
      'downloads',
      'opinions',
      'copyright',
      'trademarks',
      'disclaimers',
      'assumption-of-risk',
    ]);
  });

  it('reports where a moved clause was and is', () => {
    const moved = clause('language-precedence');
    expect(moved.moved).toBe(true);
    expect(moved.from).toEqual({ section: 'closing', position: 9 });
    expect(moved.to).toEqual({ section: 'opening', position: 1 });
    // Clauses that only shifted because another moved are not reported as moved.
    expect(report.clauses.filter((entry) => entry.moved).map((entry) => entry.id)).toEqual(['language-precedence']);
  });

  it('gives each language of a clause its own status', () => {
    expect(text('image-use', 'zh')).toMatchObject({ status: 'newly-translated', from: 'missing', to: 'published', governing: true });
    expect(text('image-use', 'en')).toMatchObject({ status: 'unchanged', from: 'published', to: 'published', governing: false });
    expect(text('opinions', 'en')).toMatchObject({ status: 'removed', from: 'published', to: null });
    expect(text('opinions', 'zh')).toMatchObject({ status: 'absent', from: 'missing', to: null, segments: [] });
    expect(text('copyright', 'zh')).toMatchObject({ status: 'absent', from: 'missing', to: 'missing' });
    expect(text('downloads', 'zh').status).toBe('changed');
    expect(text('downloads', 'en').status).toBe('changed');
  });

  it('redlines each documented edit precisely', () => {
    expect(changes(text('acceptance', 'zh').segments)).toEqual([{ type: 'removed', value: ' ' }]);
    expect(changes(text('downloads', 'zh').segments)).toEqual([
      { type: 'removed', value: '得' },
      { type: 'added', value: '应' },
    ]);
    expect(changes(text('downloads', 'en').segments)).toEqual([{ type: 'added', value: ' ' }]);
    expect(changes(text('trademarks', 'zh').segments)).toEqual([
      { type: 'removed', value: '阿里巴巴' },
      { type: 'added', value: '1688' },
    ]);
    expect(changes(text('disclaimers', 'en').segments)).toEqual([
      { type: 'removed', value: 'warrantees' },
      { type: 'added', value: 'warranties' },
    ]);
  });

  it('classes each text\'s change, and each clause\'s: substantive, or typographic only', () => {
    expect(text('acceptance', 'zh').departures).toMatchObject({ change: 'typographic', kinds: ['whitespace'] });
    expect(text('downloads', 'en').departures).toMatchObject({ change: 'typographic', kinds: ['whitespace'] });
    expect(text('downloads', 'zh').departures).toMatchObject({ change: 'substantive', inserted: { characters: 1, words: 1 }, deleted: { characters: 1, words: 1 } });
    expect(text('information-liability', 'zh').departures).toMatchObject({ change: 'substantive', kinds: ['punctuation-width'] });
    expect(text('copyright', 'en').departures.change).toBe('none');
    const change = Object.fromEntries(report.clauses.map((entry) => [entry.id, entry.change]));
    expect(change).toEqual({
      acceptance: 'typographic',
      'language-precedence': 'none',
      'information-liability': 'substantive',
      'image-use': 'substantive',
      downloads: 'substantive',
      opinions: 'substantive',
      copyright: 'none',
      trademarks: 'substantive',
      disclaimers: 'substantive',
      'assumption-of-risk': 'none',
    });
    expect(report.summary.change).toEqual({ none: 3, typographic: 1, substantive: 6 });
  });

  it('ignores typographic changes when asked: the redline keeps them, identical does not count them', () => {
    // A new edition whose only change is the stray space removed from acceptance (zh).
    type Editable = { documents: { editions: { id: string }[] }[]; clauses: { id: string; editions: Record<string, unknown> }[] };
    const editable = JSON.parse(JSON.stringify(onlyEditions(corpus, ['2003-04-15']))) as Editable;
    const document = editable.documents[0]!;
    document.editions.push({ ...document.editions[0]!, id: '2025-01-01' });
    for (const entry of editable.clauses) {
      entry.editions['2025-01-01'] = entry.editions['2003-04-15'];
      if (entry.id === 'acceptance') entry.editions['2025-01-01'] = corpus.clauses.find((c) => c.id === 'acceptance')!.editions['2024-01-01'];
    }
    const respaced = editable as unknown as Corpus;
    expect(diffEditions(respaced).identical).toBe(false);
    const ignoring = diffEditions(respaced, { ignore: ['typographic'] });
    expect(ignoring.ignore).toEqual(['whitespace', 'wrapping', 'punctuation-width', 'quotes', 'case']);
    expect(ignoring.clauses.find((entry) => entry.id === 'acceptance')!.texts[0]!.segments).toEqual(text('acceptance', 'zh').segments);
    expect(ignoring.identical).toBe(true);
    expect(diffEditions(respaced, { ignore: ['whitespace'] }).identical).toBe(true);
    expect(diffEditions(respaced, { ignore: ['case'] }).identical).toBe(false);
    expect(diffEditions(corpus, { ignore: ['case'] }).ignore).toEqual(['case']);
    expect(() => diffEditions(corpus, { ignore: ['spaces' as 'case'] })).toThrow(InvalidOptionsError);
  });

  it('flags translation drift, and which way it goes', () => {
    const drift = Object.fromEntries(report.clauses.filter((entry) => entry.drift).map((entry) => [entry.id, entry.drift]));
    expect(drift).toEqual({
      acceptance: { kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] },
      'information-liability': { kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] },
      trademarks: { kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] },
      disclaimers: { kind: 'translation-changed', changed: ['en'], unchanged: ['zh'] },
    });
    // Both languages changed: no drift. A new translation is its own status, not drift.
    expect(clause('downloads').drift).toBeNull();
    expect(clause('image-use').drift).toBeNull();
    expect(report.summary.drift).toBe(4);
  });

  it('holds the parts many clauses have alike once, frozen, so that changing one through a clause cannot change another', () => {
    const key = (entry: ClauseDiff) => JSON.stringify(entry.topics);
    const first = report.clauses.find((entry) => report.clauses.some((other) => other !== entry && key(other) === key(entry)))!;
    const second = report.clauses.find((entry) => entry !== first && key(entry) === key(first))!;
    expect(first.topics).toBe(second.topics);
    expect(clause('acceptance').drift).toBe(clause('trademarks').drift);
    for (const part of [first.topics, first.topics.to, clause('acceptance').drift, clause('acceptance').drift!.changed, text('downloads', 'zh').departures.inserted]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => (clause('acceptance').drift!.changed as string[]).push('en')).toThrow(TypeError);
    expect(clause('trademarks').drift!.changed).toEqual(['zh']);
    // The corpus's own lists are not the report's: a report cannot freeze or change the corpus.
    expect(Object.isFrozen(corpus.clauses.find((entry) => entry.id === first.id)!.topics)).toBe(false);
  });

  it('reports section and dateline changes', () => {
    const sections = Object.fromEntries(report.sections.map((section) => [section.id, section.status]));
    expect(sections).toEqual({
      opening: 'unchanged',
      information: 'unchanged',
      'opinions-and-forums': 'removed',
      'copyright-and-trademark': 'changed',
      closing: 'unchanged',
    });
    const heading = report.sections.find((section) => section.id === 'copyright-and-trademark')!.headings[1]!;
    expect(heading).toMatchObject({ language: 'en', status: 'changed' });
    expect(changes(heading.segments)).toEqual([
      { type: 'removed', value: 'Trademark' },
      { type: 'added', value: 'Trademarks' },
    ]);
    expect(report.dateline.map((entry) => entry.status)).toEqual(['absent', 'changed']);
  });

  describe('keeps the JSON contract', () => {
    it('rebuilds every old and new text from its segments', () => {
      const from = report.from.edition;
      const to = report.to.edition;
      for (const entry of report.clauses) {
        const source = corpus.clauses.find((candidate) => candidate.id === entry.id)!;
        for (const translation of entry.texts) {
          const old = source.editions[from]?.[translation.language];
          const now = source.editions[to]?.[translation.language];
          expect(textBefore(translation.segments)).toBe(old?.status === 'published' ? blocksToText(old.blocks) : '');
          expect(textAfter(translation.segments)).toBe(now?.status === 'published' ? blocksToText(now.blocks) : '');
        }
      }
    });

    it('is plain data: JSON gives it back unchanged', () => {
      expect(JSON.parse(formatDiffJson(report))).toEqual(report);
      expect(formatDiffJson(report)).not.toContain('undefined');
    });

    it('is made of plain objects, as JSON would make them (prototype Object.prototype, nothing else)', () => {
      // The report's objects are made by constructors (src/diff/plain.ts), not literals.
      const copy: unknown = JSON.parse(JSON.stringify(report));
      expect(copy).toStrictEqual(report);
      const objects: object[] = [];
      const visit = (value: unknown): void => {
        if (value === null || typeof value !== 'object') return;
        objects.push(value);
        for (const item of Array.isArray(value) ? value : Object.values(value)) visit(item);
      };
      visit(report);
      for (const value of objects) if (!Array.isArray(value)) expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    });

    it('marks segments with one of three types, never empty', () => {
      const all = [...report.clauses.flatMap((entry) => entry.texts), ...report.dateline, ...report.sections.flatMap((s) => s.headings)];
      for (const entry of all) {
        for (const segment of entry.segments) {
          expect(['equal', 'added', 'removed']).toContain(segment.type);
          expect(segment.value).not.toBe('');
          if (segment.type !== 'equal') expect(['substantive', 'typographic']).toContain(segment.class);
        }
      }
    });
  });

  it('compares only the languages asked for, in that order, and still flags drift from the others', () => {
    const english = diffEditions(corpus, { languages: ['en'] });
    expect(english.languages).toEqual(['en']);
    expect(english.clauses.every((entry) => entry.texts.length === 1 && entry.texts[0]!.language === 'en')).toBe(true);
    const acceptance = english.clauses.find((entry) => entry.id === 'acceptance')!;
    expect(acceptance.status).toBe('unchanged');
    expect(acceptance.drift).toEqual({ kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] });
    expect(diffEditions(corpus, { languages: ['en', 'zh'] }).clauses[0]!.texts.map((entry) => entry.language)).toEqual(['en', 'zh']);
  });

  it('finds no differences between an edition and itself', () => {
    const same = diffEditions(corpus, { from: '2003-04-15', to: '2003-04-15' });
    expect(same.identical).toBe(true);
    expect(same.clauses.every((entry) => entry.status === 'unchanged' && entry.drift === null)).toBe(true);
  });

  it('diffs backwards when asked', () => {
    const back = diffEditions(corpus, { from: '2024-01-01', to: '2003-04-15' });
    expect(back.clauses.find((entry) => entry.id === 'opinions')!.status).toBe('added');
    expect(back.clauses.find((entry) => entry.id === 'image-use')!.texts[0]!.status).toBe('translation-withdrawn');
  });

  it('takes a draft as the latest edition, and the published edition before it as the previous', () => {
    const withDraft: Corpus = {
      ...corpus,
      documents: corpus.documents.map((document) => ({
        ...document,
        editions: [...document.editions, { ...document.editions[1]!, id: '2025-06-01', status: 'draft' as const }],
      })),
      clauses: corpus.clauses.map((entry) =>
        entry.editions['2024-01-01'] ? { ...entry, editions: { ...entry.editions, '2025-06-01': entry.editions['2024-01-01'] } } : entry,
      ),
    };
    const draft = diffEditions(withDraft);
    expect(draft.from).toEqual({ edition: '2024-01-01', status: 'published' });
    expect(draft.to).toEqual({ edition: '2025-06-01', status: 'draft' });
    expect(draft.identical).toBe(true);
  });

  describe('rejects what it cannot compare', () => {
    it('says there is no previous edition when a document has one', () => {
      expect(() => diffEditions(bundled)).toThrow(NoPreviousEditionError);
      expect(() => diffEditions(bundled)).toThrow(/only one edition \(2003-04-15\).*diffCorpora\(older, corpus\)/);
    });

    it('names an unknown edition and suggests the right one', () => {
      expect(() => diffEditions(corpus, { from: '2003-04-16' })).toThrow(UnknownEditionError);
      expect(() => diffEditions(corpus, { to: '2024-1-1' })).toThrow(/unknown edition/);
    });

    it('rejects an empty list of languages', () => {
      expect(() => diffEditions(corpus, { languages: [] })).toThrow(InvalidOptionsError);
    });

    it('rejects a language the documents do not publish, as buildTree does', () => {
      expect(() => diffEditions(corpus, { languages: ['fr'] })).toThrow(UnsupportedLocaleError);
      expect(() => diffEditions(corpus, { languages: 'zh-TW' })).toThrow("no text matches locale 'zh-TW'; available: zh, en; the Chinese text is Simplified (zh-Hans): pass fallback: 'zh' to accept it");
    });
  });
});

describe('diffCorpora', () => {
  it('compares the latest edition of an older release with the latest of the current one', async () => {
    const upgrade = diffCorpora(await readCorpusFile(RELEASE_1), await readCorpusFile(RELEASE_2));
    expect(upgrade.from.edition).toBe('2003-04-15');
    expect(upgrade.to.edition).toBe('2024-01-01');
    expect(upgrade).toEqual(report);
  });

  it('catches a published edition changed between releases', () => {
    const old = onlyEditions(corpus, ['2003-04-15']);
    const tampered: Corpus = {
      ...old,
      clauses: old.clauses.map((entry) =>
        entry.id !== 'acceptance'
          ? entry
          : { ...entry, editions: { '2003-04-15': corpus.clauses.find((c) => c.id === 'acceptance')!.editions['2024-01-01']! } },
      ),
    };
    const result = diffCorpora(old, tampered);
    expect(result.from.edition).toBe(result.to.edition);
    expect(result.identical).toBe(false);
    expect(result.clauses.filter((entry) => entry.status !== 'unchanged').map((entry) => entry.id)).toEqual(['acceptance']);
  });

  it('refuses corpora holding different documents', () => {
    const renamed: Corpus = {
      ...bundled,
      documents: bundled.documents.map((document) => ({ ...document, id: 'other' })),
      clauses: bundled.clauses.map((entry) => ({ ...entry, document: 'other' })),
    };
    expect(() => diffCorpora(bundled, renamed)).toThrow(/different documents \('disclaimer' and 'other'\)/);
  });
});

describe('report invariants on arbitrary editions', () => {
  it('holds every clause once, counts match, and texts rebuild both sides', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const sentence = fc.constantFrom('不得用于商业用途。', 'You may not distribute.', '阿里巴巴', ' ', 'warranties');
    const edition = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }).chain((chosen) =>
      fc.tuple(fc.constant(chosen), fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')), { minLength: chosen.length, maxLength: chosen.length })),
    );
    fc.assert(
      fc.property(edition, edition, ([oldIds, oldTexts], [newIds, newTexts]) => {
        const build = (list: string[], texts: string[], editionId: string) =>
          new Map(list.map((id, index) => [id, { zh: { status: 'published' as const, blocks: [{ type: 'paragraph' as const, text: texts[index]! }] }, en: { status: 'missing' as const } }]));
        const oldMap = build(oldIds, oldTexts, '2001-01-01');
        const newMap = build(newIds, newTexts, '2002-01-01');
        const synthetic: Corpus = {
          format: bundled.format,
          documents: [
            {
              id: 'doc',
              languages: ['zh', 'en'],
              title: { zh: '标题', en: 'Title' },
              governingLanguage: 'zh',
              editions: [
                { id: '2001-01-01', status: 'published', sections: [{ id: 's', clauses: oldIds }] },
                { id: '2002-01-01', status: 'published', sections: [{ id: 's', clauses: newIds }] },
              ],
            },
          ],
          clauses: ids
            .filter((id) => oldMap.has(id) || newMap.has(id))
            .map((id) => ({
              id,
              document: 'doc',
              topics: ['general' as const],
              editions: {
                ...(oldMap.has(id) ? { '2001-01-01': oldMap.get(id)! } : {}),
                ...(newMap.has(id) ? { '2002-01-01': newMap.get(id)! } : {}),
              },
            })),
        };
        const result = diffEditions(synthetic);
        expect(result.clauses.map((entry) => entry.id).sort()).toEqual([...new Set([...oldIds, ...newIds])].sort());
        expect(result.clauses.filter((entry) => entry.to !== null).map((entry) => entry.id)).toEqual(newIds);
        const total = Object.values(result.summary.clauses).reduce((sum, count) => sum + count, 0);
        expect(total).toBe(result.clauses.length);
        for (const entry of result.clauses) {
          const zh = entry.texts[0]!;
          expect(textBefore(zh.segments)).toBe(oldMap.get(entry.id)?.zh.blocks[0]!.text ?? '');
          expect(textAfter(zh.segments)).toBe(newMap.get(entry.id)?.zh.blocks[0]!.text ?? '');
        }
        expect(result.identical).toBe(result.clauses.every((entry) => entry.status === 'unchanged'));
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { diffClauseTexts, parityReport } from '../../src/checks.js';
import { corpus, type Corpus } from '../../src/index.js';
import { parseCorpus } from '../../src/schema.js';
import { corpusWithLaterEditions } from '../helpers/corpus.js';

/**
 * FIXTURE: the later editions of the test helper, with the 2010-06-01 English acceptance clause
 * corrected ('Alibaba.com' → '1688.com') and the Chinese left as it was, and the 2010-06-01
 * Chinese downloads clause rewritten together with its English.
 */
function corpusWithDrift(): Corpus {
  const data = structuredClone(corpusWithLaterEditions()) as any;
  const byId = (id: string) => data.clauses.find((clause: { id: string }) => clause.id === id);
  const acceptance = structuredClone(byId('acceptance').editions['2003-04-15']);
  acceptance.en.blocks[0].text = acceptance.en.blocks[0].text.replace('Alibaba.com', '1688.com');
  byId('acceptance').editions['2010-06-01'] = acceptance;
  const downloads = structuredClone(byId('downloads').editions['2003-04-15']);
  downloads.zh.blocks[0].text = 'FIXTURE 中文';
  downloads.en.blocks[0].text = 'FIXTURE English.';
  byId('downloads').editions['2010-06-01'] = downloads;
  return parseCorpus(data);
}

describe('parityReport', () => {
  const report = parityReport(corpus);

  it('lists the five clauses the governing language lacks as warnings, in reading order', () => {
    const warnings = report.findings.filter((finding) => finding.severity === 'warning');
    expect(warnings.map((finding) => [finding.rule, finding.clause, finding.language])).toEqual(
      ['image-use', 'opinions', 'copyright', 'assumption-of-risk', 'language-precedence'].map((id) => ['governing-language-missing', id, 'zh']),
    );
    expect(warnings[0]!.message).toBe("disclaimer@2003-04-15, clause 'image-use': the governing language (zh) did not publish it, only en did: no governing text prevails for this clause");
    expect(report.findings).toHaveLength(5);
  });

  it('gives each clause its status per language, with the governing language', () => {
    const [edition] = report.editions;
    expect(edition).toMatchObject({ document: 'disclaimer', edition: '2003-04-15', status: 'published', governingLanguage: 'zh', published: { zh: 5, en: 10 } });
    expect(edition!.clauses[2]).toEqual({ clause: 'image-use', section: 'information', languages: { zh: 'missing', en: 'published' } });
  });

  it('reports another language lacking a clause as a note', () => {
    const data = structuredClone(corpus) as any;
    data.clauses.find((clause: { id: string }) => clause.id === 'trademarks').editions['2003-04-15'].en = { status: 'missing' };
    const notes = parityReport(parseCorpus(data)).findings.filter((finding) => finding.severity === 'note');
    expect(notes.map((finding) => [finding.rule, finding.clause, finding.language])).toEqual([['translation-missing', 'trademarks', 'en']]);
  });

  it('reports drift: one language changed since the previous edition, the other did not', () => {
    const drift = parityReport(corpusWithDrift(), { edition: '2010-06-01' }).findings.filter((finding) => finding.rule === 'translation-drift');
    expect(drift).toEqual([
      expect.objectContaining({
        severity: 'warning',
        edition: '2010-06-01',
        previousEdition: '2003-04-15',
        clause: 'acceptance',
        language: 'zh',
        changed: ['en'],
        message: "disclaimer@2010-06-01, clause 'acceptance': en changed since 2003-04-15 but zh did not; check that the zh text still says the same",
      }),
    ]);
  });

  it('compares a draft with the edition before it', () => {
    // Through JSON: editions of the fixture share text objects, and only this edition's text must change.
    const data = JSON.parse(JSON.stringify(corpusWithDrift()));
    data.clauses.find((clause: { id: string }) => clause.id === 'trademarks').editions['2030-01-01'].zh.blocks[0].text = 'FIXTURE 商标';
    const drift = parityReport(parseCorpus(data), { edition: '2030-01-01' }).findings.filter((finding) => finding.rule === 'translation-drift');
    // Against 2010-06-01: trademarks changed in zh only; acceptance and downloads changed back (both languages, or en only).
    expect(drift.map((finding) => [finding.clause, finding.changed, finding.language])).toEqual([
      ['acceptance', ['en'], 'zh'],
      ['trademarks', ['zh'], 'en'],
    ]);
  });

  it('throws for an unknown document or edition', () => {
    expect(() => parityReport(corpus, { edition: '2003-04-16' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_EDITION' }));
    expect(() => parityReport(corpus, { document: 'terms' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_DOCUMENT' }));
  });
});

describe('diffClauseTexts', () => {
  it('lists per language the clauses added, removed, changed and unchanged', () => {
    const data = corpusWithDrift();
    const [first, second] = data.documents[0]!.editions;
    const changes = diffClauseTexts({ corpus: data, edition: first! }, { corpus: data, edition: second! });
    expect(changes.en).toEqual({
      added: [],
      removed: ['image-use'],
      changed: ['acceptance', 'downloads'],
      unchanged: ['information-liability', 'opinions', 'copyright', 'trademarks', 'disclaimers', 'assumption-of-risk', 'language-precedence'],
    });
    expect(changes.zh).toEqual({ added: [], removed: [], changed: ['downloads'], unchanged: ['acceptance', 'information-liability', 'trademarks', 'disclaimers'] });
  });

  it('counts everything as added in a first edition', () => {
    const changes = diffClauseTexts(undefined, { corpus, edition: corpus.documents[0]!.editions[0]! });
    expect([changes.zh.added.length, changes.en.added.length]).toEqual([5, 10]);
  });
});

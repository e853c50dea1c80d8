import { describe, expect, it } from 'vitest';
import { corpus, CorpusValidationError } from '../../src/index.js';
import { clauseSchema, corpusSchema, parseCorpus, parseCorpusJson } from '../../src/schema.js';
import { mutableCorpus } from '../helpers/corpus.js';

/** The first issue of a failed parse, as `path: message`. */
function firstIssue(data: unknown): string {
  try {
    parseCorpus(data, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusValidationError);
    const issue = (error as CorpusValidationError).issues[0]!;
    return `${issue.path}: ${issue.message}`;
  }
  throw new Error('expected the corpus to be rejected');
}

describe('corpusSchema', () => {
  it('accepts the bundled corpus', () => {
    expect(corpusSchema.safeParse(corpus).success).toBe(true);
  });

  it('accepts a corpus written as JSON and read back', () => {
    expect(parseCorpusJson(JSON.stringify(corpus))).toEqual(corpus);
  });

  it('rejects a number where text belongs, naming the path', () => {
    const data = mutableCorpus();
    data.clauses[0].editions['2003-04-15'].en.blocks[0].text = 42;
    expect(firstIssue(data)).toBe('clauses[0].editions["2003-04-15"].en.blocks[0].text: expected text: a non-empty string, or a list of strings and { lang, text } spans (received number)');
  });

  it('rejects empty text, which would hide a lost paragraph', () => {
    const data = mutableCorpus();
    data.clauses[0].editions['2003-04-15'].en.blocks[0].text = '';
    expect(firstIssue(data)).toMatch(/^clauses\[0\]\.editions\["2003-04-15"\]\.en\.blocks\[0\]\.text: text must not be empty/);
  });

  it('rejects a translation status outside published and missing', () => {
    const data = mutableCorpus();
    data.clauses[0].editions['2003-04-15'].zh = { status: 'machine-translated', blocks: [] };
    expect(firstIssue(data)).toMatch(/^clauses\[0\]\.editions\["2003-04-15"\]\.zh\.status: /);
  });

  it('rejects keys the model does not know', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].note = 'x';
    expect(firstIssue(data)).toBe('documents[0].editions[0]: Unrecognized key: "note"');
  });

  it('rejects ids that are not kebab-case', () => {
    const data = mutableCorpus();
    data.clauses[0].id = 'Image_Use';
    expect(firstIssue(data)).toMatch(/^clauses\[0\]\.id: clause id must be lowercase kebab-case/);
  });

  it('rejects an edition id that is not a real date', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].id = '2003-02-30';
    expect(firstIssue(data)).toMatch(/^documents\[0\]\.editions\[0\]\.id: edition id must be the release date as published: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'/);
  });

  it('rejects a list marker that does not fit the list style', () => {
    const data = mutableCorpus();
    const disclaimers = data.clauses.find((clause: { id: string }) => clause.id === 'disclaimers');
    disclaimers.editions['2003-04-15'].zh.blocks[0].items[0].marker = '(1)';
    expect(firstIssue(data)).toMatch(/blocks\[0\]\.items\[0\]\.marker: marker '\(1\)' does not fit list style 'cjk-ideographic'/);
  });

  it('rejects duplicate clause ids', () => {
    const data = mutableCorpus();
    data.clauses.push(structuredClone(data.clauses[0]));
    expect(firstIssue(data)).toBe(`clauses[10].id: duplicate clause id '${data.clauses[0].id}'`);
  });

  it('rejects an edition listing a clause that does not exist', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].sections[0].clauses.push('no-such-clause');
    expect(firstIssue(data)).toBe("documents[0].editions[0].sections[0].clauses[1]: edition '2003-04-15' of 'disclaimer' lists unknown clause 'no-such-clause'");
  });

  it('rejects an edition listing a clause twice', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].sections[4].clauses.push('acceptance');
    expect(firstIssue(data)).toMatch(/sections\[4\]\.clauses\[3\]: clause 'acceptance' is listed twice/);
  });

  it('rejects text for an edition that does not list the clause', () => {
    const data = mutableCorpus();
    data.clauses[0].editions['2010-01-01'] = data.clauses[0].editions['2003-04-15'];
    expect(firstIssue(data)).toMatch(/has text for edition '2010-01-01', which does not list it/);
  });

  it('rejects a clause that is missing in every language', () => {
    const data = mutableCorpus();
    data.clauses[0].editions['2003-04-15'] = { zh: { status: 'missing' }, en: { status: 'missing' } };
    expect(firstIssue(data)).toMatch(/is missing in every language of edition '2003-04-15'/);
  });

  it('rejects editions out of chronological order', () => {
    const data = mutableCorpus();
    data.documents[0].editions.unshift({ ...structuredClone(data.documents[0].editions[0]), id: '2004-01-01' });
    for (const clause of data.clauses) clause.editions['2004-01-01'] = clause.editions['2003-04-15'];
    expect(firstIssue(data)).toMatch(/editions of 'disclaimer' must be oldest first/);
  });

  it('keeps every zod issue, not only the first', () => {
    const data = mutableCorpus();
    data.clauses[0].topics = ['nonsense'];
    data.clauses[1].topics = ['nonsense'];
    try {
      parseCorpus(data, 'test.json');
      expect.unreachable();
    } catch (error) {
      expect((error as CorpusValidationError).issues.map((issue) => issue.path)).toEqual(['clauses[0].topics[0]', 'clauses[1].topics[0]']);
      expect((error as CorpusValidationError).message).toMatch(/^test\.json: clauses\[0\]\.topics\[0\]: .*\(and 1 more problem\)$/);
    }
  });
});

describe('clauseSchema', () => {
  it('accepts every bundled clause', () => {
    for (const clause of corpus.clauses) expect(clauseSchema.safeParse(clause).success).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLock, formatLock, updateLock, verifyLock, type Lock } from '../../src/checks.js';
import { corpus, type Corpus } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { parseCorpus, parseLock } from '../../src/schema.js';
import { corpusWithLaterEditions, mutableCorpus } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

const lock = createLock(corpus);

/** The bundled corpus after `change`, validated (FIXTURE edits, never shipped). */
function edited(change: (data: any) => void): Corpus {
  const data = mutableCorpus();
  change(data);
  return parseCorpus(data);
}

const clause = (data: any, id: string) => data.clauses.find((candidate: { id: string }) => candidate.id === id);
const kinds = (data: Corpus, against: Lock = lock) => verifyLock(data, against).problems.map((problem) => [problem.kind, problem.clause, problem.language]);

describe('the committed lock (clauses/lock.json)', () => {
  const committed = parseLock(readFileSync('clauses/lock.json', 'utf8'), 'clauses/lock.json');

  it('holds clauses/ as it is: no published edition moved, none is unlocked', async () => {
    const report = verifyLock(await readCorpusDirectory('clauses'), committed);
    expect(report.problems.map((problem) => problem.message)).toEqual([]);
    expect(report.unlocked).toEqual([]);
    expect(report.verified).toEqual([{ document: 'disclaimer', edition: '2003-04-15' }]);
  });

  it('holds the hashes of the published source text, computed without the library', () => {
    const source = sourceParagraphs();
    const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
    const entry = committed.documents.disclaimer!['2003-04-15']!;
    expect(entry.text).toEqual({ zh: sha256(source.zh.join('\n\n')), en: sha256(source.en.join('\n\n')) });
    expect(entry.clauses.trademarks).toEqual({ zh: sha256(source.zh[3]!), en: sha256(source.en[10]!) });
  });

  it('is written the way formatLock writes it', () => {
    expect(readFileSync('clauses/lock.json', 'utf8')).toBe(formatLock(committed));
  });
});

describe('verifyLock', () => {
  it('passes the corpus it was made from', () => {
    expect(verifyLock(corpus, lock)).toMatchObject({ ok: true, problems: [], unlocked: [] });
  });

  it('catches a changed word, naming document, edition, clause and language', () => {
    const tampered = edited((data) => {
      const block = clause(data, 'downloads').editions['2003-04-15'].en.blocks[0];
      block.text = block.text.replace('personal study', 'any study');
    });
    const [problem, ...rest] = verifyLock(tampered, lock).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ kind: 'text-changed', document: 'disclaimer', edition: '2003-04-15', clause: 'downloads', language: 'en' });
    expect(problem!.message).toMatch(/^disclaimer@2003-04-15, clause 'downloads', en: published text differs from the lock \(locked sha256:[0-9a-f]{12}…, now sha256:[0-9a-f]{12}…\)$/);
  });

  it('catches an invisible character (U+200B) inserted in the Chinese text', () => {
    const tampered = edited((data) => {
      const block = clause(data, 'acceptance').editions['2003-04-15'].zh.blocks[0];
      block.text = block.text.replace('互联 网', '互联\u200b网');
    });
    expect(kinds(tampered)).toEqual([['text-changed', 'acceptance', 'zh']]);
  });

  it('catches a change inside a list item', () => {
    const tampered = edited((data) => {
      clause(data, 'disclaimers').editions['2003-04-15'].zh.blocks[0].items[0].marker = '(三)';
    });
    expect(kinds(tampered)).toEqual([['text-changed', 'disclaimers', 'zh']]);
  });

  it('catches a translation published, or withdrawn, after the fact', () => {
    const added = edited((data) => {
      clause(data, 'opinions').editions['2003-04-15'].zh = { status: 'published', blocks: [{ type: 'paragraph', text: 'FIXTURE' }] };
    });
    expect(verifyLock(added, lock).problems[0]!.message).toMatch(/clause 'opinions', zh: was not published in the locked edition, now it is/);
    const withdrawn = edited((data) => {
      clause(data, 'trademarks').editions['2003-04-15'].en = { status: 'missing' };
    });
    expect(verifyLock(withdrawn, lock).problems[0]!.message).toMatch(/clause 'trademarks', en: was published \(sha256:[0-9a-f]{12}…\), now it is missing/);
  });

  it('catches clauses reordered within a section', () => {
    const tampered = edited((data) => {
      data.documents[0].editions[0].sections[1].clauses = ['downloads', 'information-liability', 'image-use'];
    });
    expect(verifyLock(tampered, lock).problems.map((problem) => problem.message)).toEqual([
      "disclaimer@2003-04-15, clause 'downloads': moved from #4 in section 'information' to #2 in section 'information'",
    ]);
  });

  it('catches a clause moved to another section, even where the reading order stays the same', () => {
    const tampered = edited((data) => {
      data.documents[0].editions[0].sections[3].clauses = ['copyright'];
      data.documents[0].editions[0].sections[4].clauses.unshift('trademarks');
    });
    expect(kinds(tampered)).toEqual([['clause-moved', 'trademarks', undefined]]);
  });

  it('catches a changed heading, dateline and status, and a removed clause', () => {
    const tampered = edited((data) => {
      const edition = data.documents[0].editions[0];
      edition.sections[2].heading.en = 'Opinions and Forums';
      edition.dateline.en = 'Released on: April 15, 2003';
      edition.status = 'draft';
      edition.sections[4].clauses = ['disclaimers', 'assumption-of-risk'];
      delete clause(data, 'language-precedence').editions['2003-04-15'];
      data.clauses = data.clauses.filter((candidate: { id: string }) => candidate.id !== 'language-precedence');
    });
    expect(verifyLock(tampered, lock).problems.map((problem) => problem.message)).toEqual([
      "disclaimer@2003-04-15: the published edition is now marked 'draft'",
      expect.stringMatching(/^disclaimer@2003-04-15, en: the dateline differs from the lock/),
      expect.stringMatching(/^disclaimer@2003-04-15, section 'opinions-and-forums', en: the heading differs from the lock/),
      "disclaimer@2003-04-15, clause 'language-precedence': removed from the published edition (it was #10, in section 'closing')",
    ]);
  });

  it('catches a published edition that is gone', () => {
    const later = corpusWithLaterEditions();
    const data = structuredClone(later) as any;
    data.documents[0].editions.splice(1, 1);
    for (const each of data.clauses) delete each.editions['2010-06-01'];
    expect(verifyLock(parseCorpus(data), createLock(later)).problems.map((problem) => problem.message)).toEqual([
      'disclaimer@2010-06-01: the published edition is gone',
    ]);
  });

  it('passes a new published edition (reported as not locked yet) and a changed draft', () => {
    // FIXTURE editions: 2010-06-01 (published) and 2030-01-01 (draft).
    const later = corpusWithLaterEditions();
    const report = verifyLock(later, lock);
    expect(report).toMatchObject({ ok: true, unlocked: [{ document: 'disclaimer', edition: '2010-06-01' }] });
    const draftChanged = structuredClone(later) as any;
    draftChanged.clauses[0].editions['2030-01-01'] = { zh: { status: 'missing' }, en: { status: 'published', blocks: [{ type: 'paragraph', text: 'FIXTURE draft' }] } };
    expect(verifyLock(parseCorpus(draftChanged), createLock(later)).ok).toBe(true);
  });

  it('fails when the lock names a document the corpus lacks', () => {
    const foreign: Lock = { format: 'legal-clauses/lock@2', documents: { terms: lock.documents.disclaimer! } };
    expect(verifyLock(corpus, foreign).problems.map((problem) => problem.kind)).toEqual(['document-removed']);
  });
});

describe('updateLock', () => {
  it('adds newly published editions and leaves locked entries as they are', () => {
    const later = corpusWithLaterEditions();
    const result = updateLock(later, lock);
    expect(result.added).toEqual([{ document: 'disclaimer', edition: '2010-06-01' }]);
    expect(result.refused).toEqual([]);
    expect(Object.keys(result.lock.documents.disclaimer!)).toEqual(['2003-04-15', '2010-06-01']);
    expect(result.lock.documents.disclaimer!['2003-04-15']).toBe(lock.documents.disclaimer!['2003-04-15']);
  });

  it('never locks drafts', () => {
    expect(Object.keys(createLock(corpusWithLaterEditions()).documents.disclaimer!)).not.toContain('2030-01-01');
  });

  it('refuses to change the entry of a published edition, and adds nothing then', () => {
    const tampered = structuredClone(corpusWithLaterEditions()) as any;
    tampered.clauses.find((candidate: { id: string }) => candidate.id === 'opinions').editions['2003-04-15'].en.blocks[0].text = 'FIXTURE';
    const result = updateLock(parseCorpus(tampered), lock);
    expect(result.lock).toBe(lock);
    expect(result.added).toEqual([]);
    expect(result.refused.map((problem) => [problem.kind, problem.clause, problem.language])).toEqual([['text-changed', 'opinions', 'en']]);
  });

  it('creates a lock when there is none', () => {
    expect(updateLock(corpus)).toEqual({ lock, added: [{ document: 'disclaimer', edition: '2003-04-15' }], refused: [] });
  });
});

describe('parseLock', () => {
  it('reads back what formatLock writes', () => {
    expect(parseLock(formatLock(lock))).toEqual(lock);
  });

  it('names the file and the JSON path of a broken entry', () => {
    const broken = JSON.parse(formatLock(lock));
    broken.documents.disclaimer['2003-04-15'].clauses.acceptance.zh = 'sha256:1234';
    expect(() => parseLock(JSON.stringify(broken), 'clauses/lock.json')).toThrow(
      /^clauses\/lock\.json: documents\.disclaimer\["2003-04-15"\]\.clauses\.acceptance\.zh: expected a hash written 'sha256:' and 64 lowercase hex digits$/,
    );
    expect(() => parseLock('{"format": "legal-clauses/lock@1", "documents": ', 'clauses/lock.json')).toThrow(/clauses\/lock\.json: not valid JSON/);
    expect(() => parseLock('{"format": "legal-clauses/lock@3", "documents": {}}', 'lock.json')).toThrow(/lock\.json: format: format must be 'legal-clauses\/lock@2' \(or 'legal-clauses\/lock@1', still read\)/);
  });

  it('reads a lock written in format 1, and the published editions still verify against it', () => {
    const old = readFileSync('test/fixtures/lock-format-1.json', 'utf8');
    expect(JSON.parse(old).format).toBe('legal-clauses/lock@1');
    const parsed = parseLock(old, 'lock-format-1.json');
    expect(parsed.format).toBe('legal-clauses/lock@2');
    expect(verifyLock(corpus, parsed)).toMatchObject({ ok: true, problems: [], unlocked: [] });
    // The same hashes: format 2 changed what a lock can hold, not how the bundled text is hashed.
    expect(parsed.documents).toEqual(createLock(corpus).documents);
  });
});

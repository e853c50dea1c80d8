/**
 * Corpora written in format 1 (`legal-clauses/corpus@1`, before documents declared their
 * languages and clauses could have several topics) are read, converted on read, and mean the
 * same: the same text, the same hashes, no difference from the current corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusHashes, verifyEmbeddedHashes } from '../../src/checks.js';
import { diffCorpora } from '../../src/diff.js';
import { CorpusValidationError, corpus, CORPUS_FORMAT } from '../../src/index.js';
import { readCorpusDirectory, readCorpusFile } from '../../src/node.js';
import { parseCorpus, parseCorpusJson } from '../../src/schema.js';
import { writeCorpusDirectory } from '../helpers/corpus.js';

/** A release of this package exported before format 2 (committed as it was written). */
const FORMAT_1_EXPORT = 'test/fixtures/corpora/exports/release-1.format-1.json';

/** Rewrites a format-2 corpus directory as format 1 wrote it: no `format`, no `languages`, one `topic`. */
function toFormat1Directory(root: string): void {
  const folder = join(root, 'disclaimer');
  const documentFile = join(folder, 'document.json');
  const { format: _, languages: __, ...document } = JSON.parse(readFileSync(documentFile, 'utf8'));
  writeFileSync(documentFile, JSON.stringify(document, null, 2));
  for (const id of corpus.clauses.map((clause) => clause.id)) {
    const file = join(folder, 'clauses', `${id}.json`);
    const { topics, ...clause } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ id: clause.id, topic: topics[0], editions: clause.editions }, null, 2));
  }
}

describe('a corpus file in format 1', () => {
  const text = readFileSync(FORMAT_1_EXPORT, 'utf8');

  it('is what format 1 wrote', () => {
    expect(JSON.parse(text).format).toBe('legal-clauses/corpus@1');
    expect(text).toContain('"topic":"acceptance"');
    expect(text).not.toContain('"languages"');
  });

  it('reads as the current format: languages zh and en declared, one topic a list of one', async () => {
    const old = await readCorpusFile(FORMAT_1_EXPORT);
    expect(old.format).toBe(CORPUS_FORMAT);
    expect(old.documents[0]!.languages).toEqual(['zh', 'en']);
    expect(old.clauses.find((clause) => clause.id === 'image-use')!.topics).toEqual(['intellectual-property']);
  });

  it('keeps every hash it was exported with, and they equal the current corpus’s', () => {
    const old = parseCorpusJson(text, FORMAT_1_EXPORT);
    expect(verifyEmbeddedHashes(old)).toEqual([]);
    expect(corpusHashes(old).documents.disclaimer?.['2003-04-15']).toEqual(corpusHashes(corpus).documents.disclaimer?.['2003-04-15']);
  });

  it('differs in nothing from the current corpus', () => {
    expect(diffCorpora(parseCorpusJson(text), corpus).identical).toBe(true);
  });

  it('names the topic where format 1 wrote it when it is wrong', () => {
    const data = JSON.parse(text);
    data.clauses[0].topic = 'nonsense';
    let error: unknown;
    try {
      parseCorpus(data, 'old.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusValidationError);
    expect((error as CorpusValidationError).issues.map((issue) => issue.path)).toEqual(['clauses[0].topic']);
  });
});

describe('a corpus directory in format 1', () => {
  it('reads as the current format', async () => {
    const root = writeCorpusDirectory(corpus);
    toFormat1Directory(root);
    expect(readFileSync(join(root, 'disclaimer', 'document.json'), 'utf8')).not.toContain('format');
    const old = await readCorpusDirectory(root);
    expect(old.documents[0]!.languages).toEqual(['zh', 'en']);
    expect(corpusHashes(old)).toEqual(corpusHashes(corpus));
  });

  it('names the clause file and its topic when the topic is wrong', async () => {
    const root = writeCorpusDirectory(corpus);
    toFormat1Directory(root);
    const file = join(root, 'disclaimer', 'clauses', 'opinions.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"topic": "', '"topic": "x-'));
    await expect(readCorpusDirectory(root)).rejects.toThrow(new RegExp(`${file}: topic: `));
  });

  it('refuses format-1 keys in a folder that says it is format 2', async () => {
    const root = writeCorpusDirectory(corpus);
    const file = join(root, 'disclaimer', 'clauses', 'opinions.json');
    const clause = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...clause, topic: 'general' }, null, 2));
    await expect(readCorpusDirectory(root)).rejects.toThrow(/opinions\.json: \(top level\): Unrecognized key: "topic": format 2 \(legal-clauses\/corpus@2\) names it "topics"/);
  });
});

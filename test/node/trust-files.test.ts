/**
 * Reading the lock and the lint configuration from their files (the node entry), and where
 * reports point inside a corpus directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLock, formatLock, lintCorpus, readMarkers, verifyLock } from '../../src/checks.js';
import { CorpusValidationError, FileNotReadableError, corpus } from '../../src/index.js';
import { readCorpusDirectory, readLintConfigFile, readLockFile } from '../../src/node.js';
import { lintFindingFile, lockProblemPlace } from '../../src/node/corpus-layout.js';
import { SMALL_FILE_BYTES } from '../../src/node/small-file.js';
import { readOptionalComments } from '../../src/node/trust-files.js';
import { parseCorpus } from '../../src/schema.js';
import { mutableCorpus, writeTempFile } from '../helpers/corpus.js';

describe('readLockFile', () => {
  it('reads the committed lock, which the corpus directory still verifies against', async () => {
    const lock = await readLockFile('clauses/lock.json');
    expect(verifyLock(await readCorpusDirectory('clauses'), lock).ok).toBe(true);
    expect(lock).toEqual(createLock(corpus));
  });

  it('names a missing file, and a broken one with the path inside it', async () => {
    await expect(readLockFile('no/such/lock.json')).rejects.toThrow(FileNotReadableError);
    const file = writeTempFile('lock.json', formatLock(createLock(corpus)).replace('"structure": "sha256:', '"structure": "md5:'));
    await expect(readLockFile(file)).rejects.toThrow(CorpusValidationError);
    await expect(readLockFile(file)).rejects.toThrow(/lock\.json: documents\.disclaimer\["2003-04-15"\]\.structure/);
  });

  // A small regular file is read synchronously (src/node/small-file.ts); the rest as before.
  it('reads a lock larger than a small file, and one from a pipe, to the same lock; refuses a directory', async () => {
    const text = formatLock(createLock(corpus));
    const large = writeTempFile('lock.json', `${text}${' '.repeat(SMALL_FILE_BYTES)}`);
    expect(await readLockFile(large)).toEqual(createLock(corpus));
    await expect(readLockFile(mkdtempSync(join(tmpdir(), 'legal-clauses-lock-')))).rejects.toThrow(/it is a directory, expected a file/);
    if (process.platform === 'win32') return;
    const fifo = join(mkdtempSync(join(tmpdir(), 'legal-clauses-fifo-')), 'lock.json');
    execFileSync('mkfifo', [fifo]);
    const reading = readLockFile(fifo);
    // Opening a pipe for writing waits for its reader: the read above must not hold the thread.
    writeFileSync(fifo, text);
    expect(await reading).toEqual(createLock(corpus));
  });
});

describe('readLintConfigFile', () => {
  it('reads the committed configuration', async () => {
    expect((await readLintConfigFile('clauses/lint.json')).terms?.map((entry) => entry.term)).toEqual(['Alibaba.com']);
  });

  it('refuses a file with a key twice, naming it, as every JSON file we read', async () => {
    const file = writeTempFile('lint.json', '');
    writeFileSync(file, '{"terms": [], "terms": []}');
    await expect(readLintConfigFile(file)).rejects.toThrow(/duplicate|twice/);
    await expect(readLintConfigFile(join(file, 'missing.json'))).rejects.toThrow(FileNotReadableError);
  });
});

describe('readOptionalComments', () => {
  it('gives changeset --check the markers the whole text has, in order, without the prose', async () => {
    const fingerprint = `sha256:${'ab'.repeat(32)}`;
    const text = [
      '# Changelog',
      '',
      '## 1.1.0 — 条款的修订 <!-- a comment -->',
      `<!-- legal-clauses: disclaimer@2003-04-15 ${fingerprint} -->`,
      'Prose with --> and <!-> and a lone <!--> opening.',
      `<!--\n  legal-clauses:\n disclaimer@2003 removed\n-->`,
      `<!-- not a marker <!-- legal-clauses: other-doc@2020-01 ${fingerprint} --> trailing`,
      '\uFFFD invalid bytes next: ',
    ].join('\n');
    const file = writeTempFile('CHANGELOG.md', '');
    writeFileSync(file, Buffer.concat([Buffer.from(text), Buffer.from([0xe4, 0x3c, 0x21, 0x2d, 0x2d, 0xff]), Buffer.from(`legal-clauses: x@2021 removed -->`)]));
    const whole = readFileSync(file, 'utf8');
    const comments = await readOptionalComments(file);
    expect(readMarkers(comments!)).toEqual(readMarkers(whole));
    expect(readMarkers(whole).map((marker) => `${marker.document}@${marker.edition}`)).toEqual(['disclaimer@2003-04-15', 'disclaimer@2003', 'other-doc@2020-01']);
    expect(comments).not.toContain('Changelog');
    expect(await readOptionalComments(join(tmpdir(), 'no-such-changelog.md'))).toBeUndefined();
  });
});

describe('the corpus directory layout', () => {
  it('puts a clause finding in the clause file, and a title, dateline or heading finding in the edition file', () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].title = { zh: '免责 声明' };
    const findings = lintCorpus(parseCorpus(data)).findings;
    const title = findings.find((finding) => finding.field === 'title')!;
    const clause = findings.find((finding) => finding.field === 'clause')!;
    expect(lintFindingFile('clauses', title)).toBe(join('clauses', 'disclaimer', 'editions', '2003-04-15.json'));
    expect(lintFindingFile('clauses', clause)).toBe(join('clauses', 'disclaimer', 'clauses', `${clause.clause}.json`));
  });

  it('points a changed title, dateline or heading to its JSON path in the edition file', () => {
    const data = mutableCorpus();
    const edition = data.documents[0].editions[0];
    edition.title = { en: 'FIXTURE title' };
    edition.dateline.en += ' FIXTURE';
    const changed = parseCorpus(data);
    const places = verifyLock(changed, createLock(corpus)).problems.map((problem) => lockProblemPlace('clauses', changed, problem));
    const file = join('clauses', 'disclaimer', 'editions', '2003-04-15.json');
    expect(places).toEqual([`${file} at title.en`, `${file} at dateline.en`]);
  });
});

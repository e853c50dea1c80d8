import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, ERROR_CODES, getClause, getClauseText, getDocument, getEdition, LegalClausesError, resolveReference, toText, UnknownClauseError, type AnyLegalClausesError, type Corpus, type ErrorCode } from '../src/index.js';
import { createAcceptanceRecord, parseAcceptanceRecord, resolveAcceptanceRecord } from '../src/checks.js';
import { diffEditions } from '../src/diff.js';
import { readCorpusDirectory, readCorpusFile, readRelease } from '../src/node.js';
import { parseCorpus, parseCorpusJson } from '../src/schema.js';
import { sha256Hex } from '../src/checks.js';
import { writeFileAtomic } from '../src/node/atomic-write.js';
import { withExclusiveLock } from '../src/node/exclusive-lock.js';
import { hostname } from 'node:os';
import { mutableCorpus, writeTempFile } from './helpers/corpus.js';
import { cleanEnv } from './helpers/processes.js';
import { packDirectory, releaseDirectory } from './helpers/release.js';

const several = (() => {
  const data = mutableCorpus();
  data.documents.push({ ...structuredClone(data.documents[0]), id: 'terms' });
  data.clauses.push({ ...structuredClone(data.clauses[0]), id: 'terms-acceptance', document: 'terms' });
  for (const edition of data.documents[1].editions) edition.sections = [{ id: 'all', clauses: ['terms-acceptance'] }];
  return data as Corpus;
})();

/** One way to cause each error, through the public API. A new code fails this test until it has one. */
const TRIGGERS: Partial<Record<ErrorCode, () => unknown>> = {
  UNKNOWN_DOCUMENT: () => getDocument('nope' as 'disclaimer'),
  UNKNOWN_EDITION: () => getEdition({ edition: '2003-04-16' }),
  UNKNOWN_CLAUSE: () => getClause('nope' as 'acceptance'),
  CLAUSE_NOT_IN_EDITION: () => {
    const data = mutableCorpus();
    data.documents[0].editions.push({ id: '2020-01-01', status: 'published', sections: [{ id: 'all', clauses: ['acceptance'] }] });
    data.clauses[0].editions['2020-01-01'] = data.clauses[0].editions['2003-04-15'];
    return getClause('copyright', { corpus: parseCorpus(data) });
  },
  NO_EDITION_IN_FORCE: () => getEdition({ at: '1999-01-01' }),
  AMBIGUOUS_DATE: () => {
    // FIXTURE: a second edition dated only to a month, so a day inside that month is ambiguous.
    const data = mutableCorpus();
    data.documents[0].editions.push({ id: '2010-06', status: 'published', sections: [{ id: 'all', clauses: ['acceptance'] }] });
    data.clauses[0].editions['2010-06'] = data.clauses[0].editions['2003-04-15'];
    return getEdition({ corpus: parseCorpus(data), at: '2010-06-15' });
  },
  UNKNOWN_REFERENCE: () => resolveReference('第4条'),
  AMBIGUOUS_DOCUMENT: () => getEdition({ corpus: several }),
  UNSUPPORTED_LOCALE: () => getClauseText('acceptance', { lang: 'fr' }),
  INVALID_LOCALE: () => getClauseText('acceptance', { lang: 'fr_FR' }),
  INVALID_DATE: () => getEdition({ at: '15/04/2003' }),
  INVALID_OPTIONS: () => getEdition({ edition: '2003-04-15', at: '2003-04-15' }),
  INVALID_ARGUMENT: () => getClauseText('trademarks', { lang: null as never }),
  INVALID_JSON: () => readCorpusFile(writeTempFile('x.json', '{')),
  INVALID_CORPUS: () => parseCorpus({ format: 'legal-clauses/corpus@1', documents: 'none', clauses: [] }),
  FILE_NOT_READABLE: () => readCorpusDirectory('/no/such/dir'),
  UNKNOWN_NODE: () => toText({ type: 'bogus' } as never),
  INVALID_RECORD: () => parseAcceptanceRecord('disclaimer@2003-04-15/zh'),
  RECORD_MISMATCH: () => resolveAcceptanceRecord(corpus, `disclaimer@2003-04-15/zh#sha256:${'0'.repeat(64)}`),
  NO_PREVIOUS_EDITION: () => diffEditions(corpus),
  TEXT_NOT_PUBLISHED: () => createAcceptanceRecord(corpus, { lang: 'zh', clause: 'image-use' }),
  INVALID_ENCODING: () => readCorpusFile(writeTempFile('utf16.json', Buffer.from('{"format": 1}', 'utf16le'))),
  NOT_A_CORPUS_DIRECTORY: () => readCorpusDirectory(mkdtempSync(join(tmpdir(), 'empty-'))),
  ILL_FORMED_UNICODE: () => sha256Hex('Pay \ud83d100 now'),
  DUPLICATE_KEY: () => parseCorpusJson('{"format": "a", "format": "b"}', 'x.json'),
  LIMIT_EXCEEDED: () => parseCorpusJson('['.repeat(10_000), 'x.json'),
  FILE_NOT_WRITABLE: () => writeFileAtomic('/no/such/dir/out.txt', 'text'),
  FILE_LOCKED: () => {
    const file = writeTempFile('lock.json', '{}');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), started: '2020-01-01T00:00:00Z', token: 'held' }));
    return withExclusiveLock(file, async () => undefined, { timeoutMs: 50 });
  },
  RELEASE_NOT_FETCHED: () => readRelease('legal-clauses@1.0.0', { offline: true, env: cleanEnv({ npm_config_cache: mkdtempSync(join(tmpdir(), 'empty-npm-cache-')) }) }),
  RELEASE_INTEGRITY: async () => readRelease(await packDirectory(releaseDirectory('1.0.0')), { integrity: `sha512-${'A'.repeat(86)}==` }),
  RELEASE_NOT_VERIFIED: () => {
    const directory = releaseDirectory('1.0.0');
    writeFileSync(join(directory, 'clauses', 'lock.json'), JSON.stringify({ format: 'legal-clauses/lock@1', documents: {} }));
    return readRelease(directory);
  },
  INVALID_RELEASE: () => readRelease(writeTempFile('legal-clauses-1.0.0.tgz', 'not a tarball')),
};

async function errorOf(trigger: () => unknown): Promise<unknown> {
  try {
    await trigger();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('LegalClausesError', () => {
  it.each(ERROR_CODES)('is thrown with code %s by the public API', async (code) => {
    const trigger = TRIGGERS[code];
    expect(trigger, `no test triggers ${code}`).toBeDefined();
    const error = await errorOf(trigger!);
    expect(error).toBeInstanceOf(LegalClausesError);
    expect(error).toHaveProperty('code', code);
    expect((error as Error).name).not.toBe('Error');
    expect((error as Error).message).not.toContain('\n');
  });
});

/** The class of a code, when only one class has it. */
type UnionOfOne<C extends ErrorCode> = Extract<AnyLegalClausesError, { code: C }> extends infer E ? (E extends unknown ? ([Exclude<Extract<AnyLegalClausesError, { code: C }>, E>] extends [never] ? E : never) : never) : never;

describe('AnyLegalClausesError', () => {
  it('has one class per code, so that checking the code narrows to it', () => {
    // Compile-time: every code of ERROR_CODES is the code of a class of the union, and no code
    // is shared (a shared code would not narrow to one class).
    type Missing = Exclude<ErrorCode, AnyLegalClausesError['code']>;
    type Shared = { [C in ErrorCode]: [Extract<AnyLegalClausesError, { code: C }>] extends [UnionOfOne<C>] ? never : C }[ErrorCode];
    const complete: [Missing] extends [never] ? true : false = true;
    const each: [Shared] extends [never] ? true : false = true;
    expect([complete, each]).toEqual([true, true]);
  });

  it('is what instanceof LegalClausesError gives, and the code narrows it to the class and its fields', async () => {
    const error: unknown = await errorOf(() => getClause('imge-use' as 'acceptance'));
    expect(error).toBeInstanceOf(LegalClausesError);
    if (!(error instanceof LegalClausesError) || error.code !== 'UNKNOWN_CLAUSE') throw new Error('expected UNKNOWN_CLAUSE');
    // These compile only because the code narrowed `error` to UnknownClauseError.
    expect([error.clauseId, error.suggestion]).toEqual(['imge-use', 'image-use']);
    expect(error).toBeInstanceOf(UnknownClauseError);
    expect(new Error('x') instanceof LegalClausesError).toBe(false);
  });
});

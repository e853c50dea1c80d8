/**
 * Fuzz of the public API: every function of every entry, called with wrong arguments in every
 * position (and in every option), either answers or throws a typed LegalClausesError, never a
 * TypeError or RangeError from deep inside. Inputs are small; nothing is timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as checks from '../../src/checks.js';
import * as diff from '../../src/diff.js';
import * as main from '../../src/index.js';
import * as node from '../../src/node.js';
import * as schema from '../../src/schema.js';
import { writeTempFile } from '../helpers/corpus.js';
import { corpusWithNewText } from '../helpers/hostile.js';

const { corpus, LegalClausesError } = main;
const twoEditions = schema.parseCorpus(corpusWithNewText('downloads', 'en', 'You may download nothing.'));
/** FIXTURE: the bundled corpus with the first clause numbered 1 in the 2003-04-15 edition. */
const numbered = schema.parseCorpus(
  (() => {
    const data = structuredClone(corpus) as any;
    data.clauses.find((c: { id: string }) => c.id === 'acceptance').editions['2003-04-15'].number = '1';
    return data;
  })(),
);
const document = corpus.documents[0]!;
const edition = document.editions[0]!;
const clause = corpus.clauses[0]!;
const report = diff.diffEditions(twoEditions);
const segments = diff.diffText('不得用于', '不应用于');
const lock = checks.createLock(corpus);
const record = checks.createAcceptanceRecord(corpus, { lang: 'zh' });
const changes = checks.diffReleases(corpus, twoEditions);
const lintReport = checks.lintCorpus(twoEditions);
const parity = checks.parityReport(twoEditions);
const verification = checks.verifyCorpus(corpus, { lock, strict: true });
const lockUpdate = checks.updateLock(corpus);
const tree = main.buildTree({ lang: 'zh' });
const location = { document: 'disclaimer', edition: '2003-04-15', language: 'en', field: 'clause', clause: 'acceptance', path: 'text' } as const;

/** Options objects: each of their keys is tried with wrong values too (model objects are trusted, docs/security.md). */
const OPTIONS = new WeakSet<object>();
function opts<T extends object>(options: T): T {
  OPTIONS.add(options);
  return options;
}

/** Each public function with arguments it accepts. */
const FUNCTIONS: Record<string, [fn: (...args: never[]) => unknown, valid: unknown[]]> = {
  listDocuments: [main.listDocuments, [opts({ corpus })]],
  getDocument: [main.getDocument, ['disclaimer', opts({ corpus })]],
  listEditions: [main.listEditions, [opts({ corpus, document: 'disclaimer' })]],
  getEdition: [main.getEdition, [opts({ corpus, document: 'disclaimer', edition: '2003-04-15', includeDrafts: true })]],
  listClauses: [main.listClauses, [opts({ corpus, at: '2020-01-01' })]],
  getClause: [main.getClause, ['trademarks', opts({ corpus, edition: '2003-04-15' })]],
  getClauseText: [main.getClauseText, ['trademarks', opts({ corpus, lang: 'zh-CN', fallback: 'en', at: new Date('2020-01-01') })]],
  negotiateLanguage: [main.negotiateLanguage, [['zh-TW', 'en'], opts({ available: ['zh', 'en'], fallback: 'en' })]],
  matchLanguage: [main.matchLanguage, ['zh-SG', ['zh', 'en']]],
  buildTree: [main.buildTree, [opts({ corpus, lang: ['zh', 'en'], fallback: 'en', edition: '2003-04-15' })]],
  diffEditions: [diff.diffEditions, [twoEditions, opts({ from: '2003-04-15', to: '2024-01-01', languages: ['en'], maxEdits: 100 })]],
  diffCorpora: [diff.diffCorpora, [corpus, twoEditions, opts({ document: 'disclaimer' })]],
  diffText: [diff.diffText, ['no warrantees', 'no warranties', opts({ maxEdits: 10 })]],
  tokenize: [diff.tokenize, ['不得 use']],
  textBefore: [diff.textBefore, [segments]],
  textAfter: [diff.textAfter, [segments]],
  hasChanges: [diff.hasChanges, [segments]],
  formatDiffText: [diff.formatDiffText, [report, opts({ colour: true, uiLang: 'zh' })]],
  formatDiffMarkdown: [diff.formatDiffMarkdown, [report, opts({ uiLang: 'en' })]],
  formatDiffHtml: [diff.formatDiffHtml, [report, opts({ uiLang: 'zh' })]],
  formatDiffJson: [diff.formatDiffJson, [report]],
  formatDiffHast: [diff.formatDiffHast, [report, opts({ uiLang: 'zh', headingLevel: 3 })]],
  sha256Hex: [checks.sha256Hex, ['abc']],
  hashText: [checks.hashText, ['abc']],
  clauseHashes: [checks.clauseHashes, [clause, '2003-04-15']],
  structureHash: [checks.structureHash, [edition]],
  editionHashes: [checks.editionHashes, [corpus, edition]],
  corpusHashes: [checks.corpusHashes, [corpus]],
  shortHash: [checks.shortHash, [checks.hashText('x')]],
  editionText: [checks.editionText, [corpus, edition, 'zh']],
  createLock: [checks.createLock, [corpus]],
  lockEdition: [checks.lockEdition, [corpus, edition]],
  updateLock: [checks.updateLock, [corpus, lock]],
  verifyLock: [checks.verifyLock, [corpus, lock]],
  formatLock: [checks.formatLock, [lock]],
  parseLock: [schema.parseLock, [checks.formatLock(lock), 'lock.json']],
  verifyEmbeddedHashes: [checks.verifyEmbeddedHashes, [corpus]],
  exportCorpus: [schema.exportCorpus, [corpus]],
  createAcceptanceRecord: [checks.createAcceptanceRecord, [corpus, opts({ lang: 'en', clause: 'image-use', edition: '2003-04-15' })]],
  formatAcceptanceRecord: [checks.formatAcceptanceRecord, [opts({ ...checks.parseAcceptanceRecord(record) })]],
  parseAcceptanceRecord: [checks.parseAcceptanceRecord, [record]],
  resolveAcceptanceRecord: [checks.resolveAcceptanceRecord, [corpus, record]],
  verifyAcceptanceRecord: [checks.verifyAcceptanceRecord, [corpus, record]],
  diffClauseTexts: [checks.diffClauseTexts, [opts({ corpus, edition }), opts({ corpus: twoEditions, edition: twoEditions.documents[0]!.editions[1]! })]],
  parityReport: [checks.parityReport, [corpus, opts({ document: 'disclaimer', edition: '2003-04-15' })]],
  lintCorpus: [checks.lintCorpus, [corpus, opts({ config: opts({ terms: [opts({ term: 'Alibaba', reason: 'old name' })], rules: { nbsp: 'off' } }), edition: '2003-04-15' })]],
  lintText: [checks.lintText, ['Аlibaba\u200b', opts({ ...location }), opts({ rules: { nbsp: 'warning' } })]],
  parseLintConfig: [schema.parseLintConfig, ['{"terms":[]}', 'lint.json']],
  formatLintText: [checks.formatLintText, [lintReport, opts({ colour: true, locate: () => 'file.json' })]],
  formatLintMarkdown: [checks.formatLintMarkdown, [lintReport, opts({ locate: () => undefined })]],
  formatLintJson: [checks.formatLintJson, [lintReport]],
  formatParityText: [checks.formatParityText, [parity]],
  formatParityMarkdown: [checks.formatParityMarkdown, [parity]],
  formatParityJson: [checks.formatParityJson, [parity]],
  verifyCorpus: [checks.verifyCorpus, [corpus, opts({ lock, embeddedHashes: true, strict: false })]],
  formatVerificationText: [checks.formatVerificationText, [verification, opts({ lockFile: 'lock.json', corpusFile: 'corpus.json', locate: () => 'here' })]],
  formatVerificationMarkdown: [checks.formatVerificationMarkdown, [verification, opts({ lockFile: 'lock.json' })]],
  formatVerificationJson: [checks.formatVerificationJson, [verification, opts({ lockFile: 'lock.json' })]],
  formatLockUpdateText: [checks.formatLockUpdateText, [lockUpdate, opts({ lockFile: 'lock.json' })]],
  formatLockUpdateJson: [checks.formatLockUpdateJson, [lockUpdate, opts({ lockFile: 'lock.json' })]],
  makeVisible: [checks.makeVisible, ['a\u202eb', opts({ whitespace: false })]],
  diffReleases: [checks.diffReleases, [corpus, twoEditions]],
  formatChangeset: [checks.formatChangeset, [changes, opts({ packageName: 'x' })]],
  changesetCoverage: [checks.changesetCoverage, [corpus, [opts({ file: 'a.md', text: '' })]]],
  editionFingerprint: [checks.editionFingerprint, [corpus, document, edition]],
  formatMarker: [checks.formatMarker, [opts({ document: 'disclaimer', edition: '2003-04-15', fingerprint: 'removed' })]],
  readMarkers: [checks.readMarkers, ['<!-- legal-clauses: disclaimer@2003-04-15 removed -->']],
  toText: [main.toText, [tree, opts({ frame: false })]],
  toMarkdown: [main.toMarkdown, [tree, opts({ frame: true })]],
  toHtml: [main.toHtml, [tree, opts({ frame: true })]],
  toHtmlPage: [main.toHtmlPage, [tree, opts({})]],
  toHast: [main.toHast, [tree, opts({ frame: false })]],
  toMdast: [main.toMdast, [tree, opts({ frame: true })]],
  blocksToText: [main.blocksToText, [(clause.editions['2003-04-15'] as any).zh.blocks]],
  blocksToParagraphs: [main.blocksToParagraphs, [(clause.editions['2003-04-15'] as any).zh.blocks]],
  inlineText: [main.inlineText, [['许可证的', opts({ lang: 'en', text: 'Mulan' })]]],
  translationText: [main.translationText, [(clause.editions['2003-04-15'] as any).en]],
  governingLanguageOf: [main.governingLanguageOf, [document, edition]],
  datePeriod: [main.datePeriod, ['2020-02']],
  isEditionDate: [main.isEditionDate, ['2019']],
  resolveReference: [main.resolveReference, ['Section 1', opts({ corpus: numbered })]],
  normaliseNumber: [main.normaliseNumber, ['第四条']],
  parseCorpus: [schema.parseCorpus, [structuredClone(corpus), 'corpus.json']],
  parseCorpusJson: [schema.parseCorpusJson, [schema.exportCorpus(corpus), 'corpus.json']],
  toJsonSchema: [schema.toJsonSchema, ['corpus']],
  readCorpusFile: [node.readCorpusFile, [writeTempFile('corpus.json', schema.exportCorpus(corpus))]],
  readCorpusDirectory: [node.readCorpusDirectory, ['clauses']],
  readLockFile: [node.readLockFile, ['clauses/lock.json']],
  readLintConfigFile: [node.readLintConfigFile, ['clauses/lint.json']],
  readRelease: [node.readRelease, ['.', opts({ offline: true, cwd: '.' })]],
  findInstalledPackage: [node.findInstalledPackage, ['typescript', '.']],
};

/** Wrong values of every kind: the mistakes callers make, and some nobody should. */
const WRONG: readonly unknown[] = [null, undefined, 42, Number.NaN, -1, true, () => 1, Symbol('s'), 10n, {}, [], [null], '', 'nonsense', new Date('x'), new Uint8Array(2), { type: 'paragraph' }];

/** What calling a function gave: an answer, a typed error, or something else (a crash). */
async function outcome(fn: (...args: never[]) => unknown, args: unknown[]): Promise<'answer' | 'typed' | string> {
  try {
    await fn(...(args as never[]));
    return 'answer';
  } catch (error) {
    if (error instanceof LegalClausesError) return 'typed';
    return `${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`;
  }
}

function label(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol' || typeof value === 'bigint' || value instanceof Date || value === undefined) return String(value);
  return value instanceof Uint8Array ? 'Uint8Array' : JSON.stringify(value);
}

/** Every argument, and every option of an options object, replaced by each wrong value in turn. */
function* misuses(valid: unknown[]): Generator<{ where: string; args: unknown[] }> {
  for (let i = 0; i < valid.length; i++) {
    for (const wrong of WRONG) {
      yield { where: `argument ${i} = ${label(wrong)}`, args: valid.map((value, j) => (j === i ? wrong : value)) };
    }
    const value = valid[i];
    if (OPTIONS.has(value as object)) {
      for (const key of Object.keys(value as object)) {
        for (const wrong of WRONG) {
          if (wrong === undefined) continue;
          yield { where: `argument ${i}.${key} = ${label(wrong)}`, args: valid.map((v, j) => (j === i ? { ...(value as object), [key]: wrong } : v)) };
        }
      }
    }
  }
}

const CHECKED = Object.keys(FUNCTIONS);
// A random string as a release spec without `offline` would ask a registry: the tests never go online.
const ARBITRARY = CHECKED.filter((name) => name !== 'readRelease');

describe('every public function', () => {
  it.each(Object.keys(FUNCTIONS))('%s answers its valid arguments', async (name) => {
    const [fn, valid] = FUNCTIONS[name]!;
    expect(await outcome(fn, valid)).toBe('answer');
  });

  it.each(CHECKED)('%s gives a typed error or an answer for a wrong argument in any place', async (name) => {
    const [fn, valid] = FUNCTIONS[name]!;
    const crashes: string[] = [];
    for (const { where, args } of misuses(valid)) {
      const result = await outcome(fn, args);
      if (result !== 'answer' && result !== 'typed') crashes.push(`${where}: ${result}`);
    }
    expect(crashes).toEqual([]);
  });

  it.each(ARBITRARY)('%s gives a typed error or an answer for arbitrary arguments (property)', async (name) => {
    const [fn, valid] = FUNCTIONS[name]!;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.anything(), fc.constantFrom(...valid)), { maxLength: valid.length + 1 }), async (args) => {
        const result = await outcome(fn, args);
        expect(['answer', 'typed']).toContain(result);
      }),
      { numRuns: 40 },
    );
  });
});

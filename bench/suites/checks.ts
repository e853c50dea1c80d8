/**
 * Checks: our synchronous SHA-256 (which runs in browsers, where `node:crypto` does not exist and
 * `crypto.subtle` is asynchronous) beside `node:crypto` and `crypto.subtle` on the same input, and
 * `sha256Hex`, which uses `node:crypto` in Node; and the cost of what apps and CI run: verifying a
 * record, hashing and linting the corpus.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { portableSha256Hex } from '../../src/checks/sha256.js';
import { compare, comparisonTable } from '../lib/compare.js';
import { loadBuiltMainEntry } from '../lib/dist.js';
import { bytes, type BenchSuite } from '../lib/suite.js';

export const checksSuite: BenchSuite = {
  name: 'checks',
  title: 'Checks: SHA-256, records, lock, lint',
  async run() {
    const { corpus } = await loadBuiltMainEntry();
    const checks = (await import(pathToFileURL(resolve('dist/checks.js')).href)) as typeof import('../../src/checks.js');
    const edition = corpus.documents[0]!.editions[0]!;
    const english = checks.editionText(corpus, edition, 'en')!;
    const large = english.repeat(Math.ceil(1_000_000 / english.length)).slice(0, 1_000_000);
    const encoder = new TextEncoder();

    const small = await compare({
      'portableSha256Hex (ours, sync, UTF-8 via TextEncoder; what browsers get)': () => portableSha256Hex(encoder.encode(english)),
      'sha256Hex (in Node: node:crypto, found through process.getBuiltinModule)': () => checks.sha256Hex(english),
      "node:crypto createHash('sha256')": () => createHash('sha256').update(english).digest('hex'),
      "crypto.subtle.digest('SHA-256') (async)": () => crypto.subtle.digest('SHA-256', encoder.encode(english)),
    });
    const big = await compare(
      {
        'portableSha256Hex (ours)': () => portableSha256Hex(encoder.encode(large)),
        'sha256Hex (in Node)': () => checks.sha256Hex(large),
        "node:crypto createHash('sha256')": () => createHash('sha256').update(large).digest('hex'),
        "crypto.subtle.digest('SHA-256') (async)": () => crypto.subtle.digest('SHA-256', encoder.encode(large)),
      },
      { time: 2000 },
    );
    const record = checks.createAcceptanceRecord(corpus, { lang: 'en' });
    const lock = checks.createLock(corpus);
    const tasks = await compare({
      'verifyAcceptanceRecord (whole English edition)': () => checks.verifyAcceptanceRecord(corpus, record),
      'corpusHashes (every hash of the corpus)': () => checks.corpusHashes(corpus),
      'verifyLock (the corpus against its lock)': () => checks.verifyLock(corpus, lock),
      'lintCorpus (every rule, every text)': () => checks.lintCorpus(corpus),
      'parityReport': () => checks.parityReport(corpus),
    });
    return `Time per call, from the built package (\`dist/\`), in one process; \`portableSha256Hex\` (not an export of
the package: what \`sha256Hex\` runs where there is no \`node:crypto\`) from the sources.

SHA-256 of the English text of the 2003-04-15 edition (${bytes(encoder.encode(english).length)} of UTF-8):

${comparisonTable(small)}

SHA-256 of ${bytes(encoder.encode(large).length)} of text:

${comparisonTable(big)}

What apps and CI run on the bundled corpus:

${comparisonTable(tasks)}`;
  },
};

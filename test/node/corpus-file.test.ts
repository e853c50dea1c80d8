/**
 * The streaming reader of corpus files (src/node/corpus-file.ts) against the one-pass reader
 * (the whole file parsed strictly, then validated as a whole): on the same bytes, with chunks
 * of every size cutting elements and strings anywhere, they give the same corpus, or the same
 * error at the same place.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, CorpusValidationError, LegalClausesError } from '../../src/index.js';
import { exportCorpus, parseCorpus } from '../../src/schema.js';
import { parseJsonBytes } from '../../src/corpus/parse-json.js';
import { corpusFromSource } from '../../src/node/corpus-file.js';
import { memorySource } from '../../src/node/read-json-file.js';
import { mutableCorpus } from '../helpers/corpus.js';

/** What reading gave: the corpus, or the error (validation issues apart: see {@link expectSame}). */
async function outcome(read: () => unknown): Promise<string | string[]> {
  try {
    return `ok ${JSON.stringify(await read())}`;
  } catch (error) {
    if (error instanceof CorpusValidationError) return error.issues.map((issue) => `${issue.file} ${issue.path} ${issue.message}`);
    if (error instanceof LegalClausesError) return `${error.code} ${error.message}`;
    throw error;
  }
}

/**
 * The same outcome. Validation issues: the streamed reader validates each part alone and checks
 * cross-references only when every part is valid, where zod, validating the whole, also checks
 * them beside invalid parts; so each issue it reports must be one the whole reports.
 */
async function expectSame(streamedRead: () => unknown, onePassRead: () => unknown): Promise<void> {
  const [ours, whole] = [await outcome(streamedRead), await outcome(onePassRead)];
  if (Array.isArray(ours) && Array.isArray(whole)) {
    expect(ours.length).toBeGreaterThan(0);
    for (const issue of ours) expect(whole).toContain(issue);
  } else expect(ours).toEqual(whole);
}

const onePass = (bytes: Uint8Array) => () => parseCorpus(parseJsonBytes(bytes, 'c.json'), 'c.json');
const streamed = (bytes: Uint8Array, chunk: number) => () => corpusFromSource(memorySource(bytes), 'c.json', {}, { chunk });

const pretty = `${JSON.stringify(JSON.parse(exportCorpus(corpus)), null, 2)}\n`;
const TOKENS = ['{', '}', '[', ']', ',', '"', ':', '\\', ' ', '\n', '0', '-', 'x', 'é', '中', '\\ud800', '\\u00e9', '"id": "x", ', '"clauses": [], ', '\ufeff'];

describe('corpusFromSource', () => {
  it('reads what the one-pass reader reads, whatever the chunk size', async () => {
    for (const chunk of [1, 7, 64, 4096]) {
      const bytes = Buffer.from(pretty);
      await expectSame(streamed(bytes, chunk), onePass(bytes));
    }
  });

  it('gives the same corpus or the same first error as the one-pass reader on damaged files', async () => {
    const damaged = fc.oneof(
      fc.nat().map((at) => pretty.slice(0, at % pretty.length)),
      fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([at, token]) => pretty.slice(0, at % pretty.length) + token + pretty.slice(at % pretty.length)),
      fc.nat().map((at) => pretty.slice(0, at % pretty.length) + pretty.slice((at % pretty.length) + 1)),
    );
    await fc.assert(
      fc.asyncProperty(damaged, fc.integer({ min: 2, max: 300 }), async (text, chunk) => {
        const bytes = Buffer.from(text);
        await expectSame(streamed(bytes, chunk), onePass(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same error for problems inside an element and around it', async () => {
    const cases = [
      pretty.replace('"topic": "', '"topic": "x", "topic": "'),
      pretty.replace('"format": "', '"format": "x", "format": "'),
      pretty.replace('If you access', 'If you \\ud83d access'),
      pretty.replace('"clauses": [', `"clauses": [${'['.repeat(70)}`),
      pretty.replace('"documents": [', '"documents": [1, '),
      pretty.replace('"hashes": {', '"hashes": 3, "x": {'),
      // A key starting with U+FEFF is another key (the property above once found them read alike).
      pretty.replace('"clauses": [', '"\ufeffclauses": ['),
      `[${pretty}]`,
      '   ',
    ];
    for (const text of cases) {
      for (const chunk of [5, 1 << 20]) {
        const bytes = Buffer.from(text);
        await expectSame(streamed(bytes, chunk), onePass(bytes));
      }
    }
  });

  it('converts a corpus file written in format 1, part by part, as the one-pass reader does', async () => {
    const text = readFileSync('test/fixtures/corpora/exports/release-1.format-1.json', 'utf8');
    for (const variant of [text, text.replace('"topic":"', '"topic":7,"x":"'), text.replace('"topic": "', '"topic": 7, "x": "')]) {
      const bytes = Buffer.from(variant);
      await expectSame(streamed(bytes, 333), onePass(bytes));
    }
    expect(await outcome(streamed(Buffer.from(text), 333))).toMatch(/^ok .*"format":"legal-clauses\/corpus@2"/);
  });

  it('reports a broken reference at the index it has in the file', async () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].sections[1].clauses[1] = 'image-uses';
    const bytes = Buffer.from(JSON.stringify(data));
    expect(await outcome(streamed(bytes, 100))).toEqual(await outcome(onePass(bytes)));
  });
});

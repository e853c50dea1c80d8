import { renameSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, CorpusValidationError, FileNotReadableError, InvalidJsonError } from '../../src/index.js';
import { readCorpusDirectory, readCorpusFile } from '../../src/node.js';
import { corpusHashes } from '../../src/checks.js';
import { exportCorpus } from '../../src/schema.js';
import { mutableCorpus, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('readCorpusDirectory', () => {
  it('reads clauses/ into the bundled corpus', async () => {
    expect(await readCorpusDirectory('clauses')).toEqual(corpus);
  });

  it('fails when a clause file is named differently from its id', async () => {
    const root = writeCorpusDirectory(corpus);
    const folder = join(root, 'disclaimer', 'clauses');
    renameSync(join(folder, 'image-use.json'), join(folder, 'images.json'));
    const error = await rejection(readCorpusDirectory(root));
    expect(error).toBeInstanceOf(CorpusValidationError);
    const issue = (error as CorpusValidationError).issues[0]!;
    expect(issue.file).toBe(join(folder, 'images.json'));
    expect(issue.message).toMatch(/clause id 'image-use' differs from its file name 'images'/);
  });

  it('fails when an edition file is named differently from its id', async () => {
    const root = writeCorpusDirectory(corpus);
    const folder = join(root, 'disclaimer', 'editions');
    renameSync(join(folder, '2003-04-15.json'), join(folder, '2003-04-16.json'));
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    expect(error.issues.some((issue) => /edition id '2003-04-15' differs from its file name '2003-04-16'/.test(issue.message))).toBe(true);
  });

  it('names the file and the path inside it for invalid data', async () => {
    const root = writeCorpusDirectory(corpus);
    const file = join(root, 'disclaimer', 'clauses', 'downloads.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.editions['2003-04-15'].zh.blocks[0].text = 7;
    writeFileSync(file, JSON.stringify(data));
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    expect(error.message).toBe(`${file}: editions["2003-04-15"].zh.blocks[0].text: expected text: a non-empty string, or a list of strings and { lang, text } spans (received number)`);
  });

  it('points a broken cross-reference at the edition file that holds it', async () => {
    const data = mutableCorpus();
    data.documents[0].editions[0].sections[1].clauses[1] = 'image-uses';
    const root = writeCorpusDirectory(data);
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    const issue = error.issues.find((candidate) => candidate.message.includes("unknown clause 'image-uses'"))!;
    expect(issue.file).toBe(join(root, 'disclaimer', 'editions', '2003-04-15.json'));
    expect(issue.path).toBe('sections[1].clauses[1]');
  });

  it('reports every broken file in one run', async () => {
    const root = writeCorpusDirectory(corpus);
    for (const id of ['copyright', 'opinions']) {
      const file = join(root, 'disclaimer', 'clauses', `${id}.json`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('"topics": [\n    "', '"topics": [\n    "x-'));
    }
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    expect(error.issues.map((issue) => issue.file.split('/').at(-1))).toEqual(['copyright.json', 'opinions.json']);
  });

  it('fails with a typed error when the directory does not exist', async () => {
    const error = await rejection(readCorpusDirectory('no/such/dir'));
    expect(error).toBeInstanceOf(FileNotReadableError);
    expect(error.message).toBe('cannot read no/such/dir: no such file or directory');
  });
});

describe('readCorpusFile', () => {
  it('reads back what exportCorpus writes', async () => {
    expect(await readCorpusFile(writeTempFile('corpus.json', exportCorpus(corpus)))).toEqual({ ...corpus, hashes: corpusHashes(corpus) });
  });

  it('says where the JSON breaks', async () => {
    const file = writeTempFile('broken.json', '{\n  "format": "legal-clauses/corpus@1",\n  "documents": [,]\n}');
    const error = await rejection(readCorpusFile(file));
    expect(error).toBeInstanceOf(InvalidJsonError);
    expect(error.message).toBe(`${file}: not valid JSON: unexpected ',' (expected a value) at line 3, column 17`);
  });

  it('says a truncated file is truncated', async () => {
    const text = exportCorpus(corpus);
    const error = await rejection(readCorpusFile(writeTempFile('cut.json', text.slice(0, text.length / 2))));
    expect(error.message).toMatch(/not valid JSON: it ends too early \(is the file truncated\?\)$/);
  });

  it('refuses a __proto__ key instead of silently dropping what it holds', async () => {
    const text = exportCorpus(corpus).replace('"editions":{"2003-04-15"', '"editions":{"__proto__":{},"2003-04-15"');
    const error = await rejection(readCorpusFile(writeTempFile('proto.json', text)));
    expect(error).toBeInstanceOf(InvalidJsonError);
    expect(error.message).toMatch(/the key "__proto__" is not allowed \(at clauses\[0\]\.editions\.__proto__, line 1, column \d+\)/);
  });

  it('reads a file that starts with a byte order mark', async () => {
    expect(await readCorpusFile(writeTempFile('bom.json', `\ufeff${exportCorpus(corpus)}`))).toEqual({ ...corpus, hashes: corpusHashes(corpus) });
  });
});

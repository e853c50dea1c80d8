/**
 * Reading corpora from disk: only the documents asked for (issue 14, item 7); symbolic links in
 * a corpus directory followed inside it and refused by name outside it, never skipped (issue 13);
 * a folder that is not a corpus directory told so, with what it holds (issue 14, item 12).
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run.js';
import { AmbiguousDocumentError, corpus, CorpusValidationError, NotACorpusDirectoryError, UnknownDocumentError, type Corpus } from '../../src/index.js';
import { readCorpusDirectory, readCorpusFile } from '../../src/node.js';
import { exportCorpus } from '../../src/schema.js';
import { mutableCorpus, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

/** In-process, as the executable runs it (test/helpers/run.ts). */
const cli = (args: string[]) => runInProcess(args);

/**
 * FIXTURE, not published text: the bundled disclaimer, and a copy of it as a second document
 * 'terms' (its clauses renamed terms-<id>), to read one document of two.
 */
function twoDocuments(): Corpus {
  const data = mutableCorpus();
  const terms = structuredClone(data.documents[0]);
  terms.id = 'terms';
  for (const edition of terms.editions) for (const section of edition.sections) section.clauses = section.clauses.map((id: string) => `terms-${id}`);
  data.documents.push(terms);
  data.clauses.push(...structuredClone(data.clauses).map((clause: { id: string; document: string }) => ({ ...clause, id: `terms-${clause.id}`, document: 'terms' })));
  return data as Corpus;
}

const only = (data: Corpus, id: string) => ({ ...data, documents: data.documents.filter((document) => document.id === id), clauses: data.clauses.filter((clause) => clause.document === id) });

describe('reading only the documents asked for', () => {
  it('reads one folder of a corpus directory and leaves the others unread', async () => {
    const data = twoDocuments();
    const root = writeCorpusDirectory(data);
    // Broken beyond reading: if the folder of 'terms' were read, this would fail.
    writeFileSync(join(root, 'terms', 'clauses', 'terms-opinions.json'), '{"id": ');
    expect(await readCorpusDirectory(root, { documents: ['disclaimer'] })).toEqual(only(data, 'disclaimer'));
    expect(await rejection(readCorpusDirectory(root))).toMatchObject({ code: 'INVALID_JSON' });
  });

  it('validates one document of a corpus file, and the clauses that belong to it', async () => {
    const data = twoDocuments() as any;
    const broken = data.clauses.findIndex((clause: { id: string }) => clause.id === 'terms-opinions');
    data.clauses[broken].editions['2003-04-15'].en.blocks[0].text = 7;
    const text = JSON.stringify({ format: data.format, documents: data.documents, clauses: data.clauses });
    const file = writeTempFile('two.json', text);
    expect(await readCorpusFile(file, { documents: ['disclaimer'] })).toEqual(only(data, 'disclaimer'));
    const error = (await rejection(readCorpusFile(file))) as CorpusValidationError;
    expect(error.message).toBe(`${file}: clauses[${broken}].editions["2003-04-15"].en.blocks[0].text: expected text: a non-empty string, or a list of strings and { lang, text } spans (received number)`);
  });

  it('names the file index of a broken reference in a document read alone', async () => {
    const data = twoDocuments() as any;
    data.documents[1].editions[0].sections[0].clauses[0] = 'nowhere';
    const file = writeTempFile('two.json', JSON.stringify(data));
    const error = (await rejection(readCorpusFile(file, { documents: ['terms'] }))) as CorpusValidationError;
    expect(error.issues[0]).toMatchObject({ path: 'documents[1].editions[0].sections[0].clauses[0]', message: "edition '2003-04-15' of 'terms' lists unknown clause 'nowhere'" });
  });

  it('refuses a document the corpus does not have, naming those it has', async () => {
    const data = twoDocuments();
    for (const read of [readCorpusDirectory(writeCorpusDirectory(data), { documents: ['term'] }), readCorpusFile(writeTempFile('two.json', JSON.stringify(data)), { documents: ['term'] })]) {
      const error = await rejection(read);
      expect(error).toBeInstanceOf(UnknownDocumentError);
      expect(error.message).toBe("unknown document 'term'; did you mean 'terms'? (known: disclaimer, terms)");
    }
  });

  it('lets the CLI read the document named by --document, and refuse a choice it cannot make before reading', async () => {
    const data = twoDocuments();
    const root = writeCorpusDirectory(data);
    writeFileSync(join(root, 'terms', 'document.json'), '{');
    const listed = await cli(['list', '--corpus', root, '--document', 'disclaimer', '--format', 'json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).document).toBe('disclaimer');
    const ambiguous = await cli(['render', '--corpus', root]);
    expect(ambiguous).toMatchObject({ status: 2, stderr: 'legal-clauses: the corpus has several documents; name one of: disclaimer, terms\n' });
    const broken = structuredClone(data) as any;
    broken.documents[1].title = 7;
    const file = writeTempFile('two.json', JSON.stringify(broken));
    expect(await cli(['render', '--corpus', file])).toMatchObject({ status: 2, stderr: 'legal-clauses: the corpus has several documents; name one of: disclaimer, terms\n' });
    expect((await cli(['render', '--corpus', file, '--document', 'disclaimer'])).status).toBe(0);
    expect(await rejection(readCorpusFile(file))).not.toBeInstanceOf(AmbiguousDocumentError);
  });

  it('reads every document when none is asked for', async () => {
    const data = twoDocuments();
    expect(await readCorpusDirectory(writeCorpusDirectory(data))).toEqual(data);
    expect(await readCorpusFile(writeTempFile('two.json', exportCorpus(data)))).toMatchObject({ documents: data.documents, clauses: data.clauses });
  });
});

describe('symbolic links in a corpus directory', () => {
  it('are followed when they stay inside it: a clause file, an edition file, a document folder', async () => {
    const root = writeCorpusDirectory(corpus);
    const folder = join(root, 'disclaimer');
    mkdirSync(join(folder, 'sources'));
    renameSync(join(folder, 'clauses', 'image-use.json'), join(folder, 'sources', 'image-use.json'));
    symlinkSync(join(folder, 'sources', 'image-use.json'), join(folder, 'clauses', 'image-use.json'));
    renameSync(join(folder, 'editions', '2003-04-15.json'), join(folder, 'sources', '2003-04-15.json'));
    symlinkSync('../sources/2003-04-15.json', join(folder, 'editions', '2003-04-15.json'));
    renameSync(folder, join(root, '.store'));
    symlinkSync('.store', join(root, 'disclaimer'));
    expect(await readCorpusDirectory(root)).toEqual(corpus);
  });

  it.each([
    ['a clause file', join('disclaimer', 'clauses', 'image-use.json')],
    ['an edition file', join('disclaimer', 'editions', '2003-04-15.json')],
    ['a document folder', 'disclaimer'],
  ])('are refused by name when they lead outside it: %s', async (_what, path) => {
    const root = writeCorpusDirectory(corpus);
    const outside = join(mkdtempSync(join(tmpdir(), 'legal-clauses-outside-')), 'target');
    renameSync(join(root, path), outside);
    symlinkSync(outside, join(root, path));
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    expect(error).toBeInstanceOf(CorpusValidationError);
    expect(error.issues[0]).toMatchObject({ file: join(root, path), message: expect.stringMatching(/^a symbolic link to .*target, outside the corpus directory .*: links are followed only inside it/) });
  });

  it('are refused by name when they lead nowhere', async () => {
    const root = writeCorpusDirectory(corpus);
    const link = join(root, 'disclaimer', 'clauses', 'image-use.json');
    rmSync(link);
    symlinkSync(join(root, 'gone.json'), link);
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    expect(error.message).toBe(`${link}: (top level): a symbolic link to nothing (its target does not exist)`);
  });
});

describe('a folder that is not a corpus directory', () => {
  const notACorpus = async (directory: string) => {
    const error = await rejection(readCorpusDirectory(directory));
    expect(error).toBeInstanceOf(NotACorpusDirectoryError);
    return error.message;
  };
  const prefix = (directory: string) =>
    `${directory} is not a corpus directory: a corpus directory holds one folder per document, each with document.json, editions/ and clauses/ (like the package's clauses/); ${directory} holds `;

  it('says an empty folder holds nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-empty-'));
    expect(await notACorpus(directory)).toBe(`${prefix(directory)}nothing`);
  });

  it('lists the stray JSON files it holds, and how to give a corpus file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-stray-'));
    writeFileSync(join(directory, 'a.json'), '{}');
    writeFileSync(join(directory, 'b.json'), '{}');
    expect(await notACorpus(directory)).toBe(`${prefix(directory)}2 files (a.json, b.json); if one of them is a corpus JSON file (written by 'legal-clauses export'), name the file: --corpus ${join(directory, 'a.json')}`);
  });

  it('points from a folder above a corpus directory to it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-repo-'));
    renameSync(writeCorpusDirectory(corpus), join(directory, 'clauses'));
    mkdirSync(join(directory, 'bench'));
    expect(await notACorpus(directory)).toBe(`${prefix(directory)}2 folders (bench, clauses), none with a document.json; ${join(directory, 'clauses')} is one: --corpus ${join(directory, 'clauses')}`);
  });

  it('points from a document folder to the corpus directory above it', async () => {
    const root = writeCorpusDirectory(corpus);
    const folder = join(root, 'disclaimer');
    expect(await notACorpus(folder)).toBe(
      `${prefix(folder)}2 folders (clauses, editions), none with a document.json, and 1 file (document.json); it is the folder of document 'disclaimer' itself: give the corpus directory that holds it, --corpus ${root}`,
    );
  });

  it('names a folder without document.json beside the documents', async () => {
    const root = writeCorpusDirectory(corpus);
    mkdirSync(join(root, 'drafts'));
    const error = (await rejection(readCorpusDirectory(root))) as CorpusValidationError;
    expect(error.message).toMatch(new RegExp(`^${join(root, 'drafts')}: \\(top level\\): a folder of a corpus directory is a document and holds document\\.json, but this one does not \\(the documents are disclaimer\\)`));
  });

  it('gives the CLI one line with the flag to use', async () => {
    const root = writeCorpusDirectory(corpus);
    const result = await cli(['list', '--corpus', join(root, 'disclaimer')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`give the corpus directory that holds it, --corpus ${root}\\n$`));
    expect(readFileSync(join(root, 'disclaimer', 'document.json'), 'utf8')).toMatch(/"id": "disclaimer"/);
  });
});

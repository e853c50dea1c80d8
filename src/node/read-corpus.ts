/**
 * Reading corpora from disk: a corpus JSON file (as written by `legal-clauses export`), or a
 * directory laid out like the package's own `clauses/`. Node only.
 */
import { checkArguments, text } from '../util/arguments.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isFormat1DocumentFile, migrateClauseFile, migrateDocumentFile, type Migrated } from '../corpus/migrate.js';
import { parseJsonText } from '../corpus/parse-json.js';
import { parseCorpus, validateWith } from '../corpus/validate.js';
import { CorpusValidationError, FileNotReadableError, type CorpusIssue } from '../errors.js';
import { CORPUS_FORMAT } from '../model/constants.js';
import { clauseFileSchema, documentFileSchema, editionFileSchema } from '../model/file-schemas.js';
import { checkCorpusReferences } from '../model/references.js';
import type { Clause, Corpus, Document, Edition } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';

/**
 * Reads and validates a corpus JSON file, such as one written by `legal-clauses export`.
 *
 * @param file - Path of the JSON file.
 * @returns The validated corpus.
 * @throws {FileNotReadableError} When the file cannot be read.
 * @throws {InvalidJsonError} When the file is not JSON.
 * @throws {CorpusValidationError} When the JSON does not satisfy the model; issues name the path.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const corpus = await readCorpusFile('corpus.json');
 * corpus.documents.map((document) => document.id);
 * //=> ['disclaimer']
 */
export async function readCorpusFile(file: string): Promise<Corpus> {
  checkArguments('readCorpusFile', ['file', file, text]);
  return parseCorpus(parseJsonText(await readText(file), file), file);
}

/**
 * Reads and validates a corpus directory laid out like `clauses/`: one folder per document,
 * holding `document.json`, `editions/<edition-id>.json` and `clauses/<clause-id>.json`.
 * Every file is validated on its own, so a problem is reported in the file it is in. A folder
 * whose `document.json` carries no `format` was written in format 1 and is converted on read.
 *
 * @param directory - The directory holding one folder per document.
 * @returns The validated corpus: documents by id, editions oldest first, clauses by id.
 * @throws {FileNotReadableError} When a file or folder cannot be read.
 * @throws {InvalidJsonError} When a file is not JSON.
 * @throws {CorpusValidationError} When a file does not satisfy the model, a file's name differs
 *   from the id inside it, or files refer to each other inconsistently.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const corpus = await readCorpusDirectory('node_modules/legal-clauses/clauses');
 * corpus.clauses.length;
 * //=> 10
 */
export async function readCorpusDirectory(directory: string): Promise<Corpus> {
  checkArguments('readCorpusDirectory', ['directory', directory, text]);
  return readCorpusTree(DISK, directory);
}

/**
 * Where {@link readCorpusTree} reads a corpus directory from: the disk, or the files of a
 * release tarball held in memory (a downloaded release is never unpacked onto the disk).
 */
export interface CorpusFiles {
  /** A file's text, as UTF-8. */
  read(file: string): Promise<string>;
  /** Sorted names of a folder's sub-folders, or of its `.json` files; hidden entries are skipped. */
  list(folder: string, kind: 'folders' | 'json files'): Promise<string[]>;
}

const DISK: CorpusFiles = { read: readText, list: listEntries };

/**
 * Reads and validates a corpus directory through {@link CorpusFiles}: what
 * {@link readCorpusDirectory} does on the disk.
 *
 * @param files - Where the files are.
 * @param directory - The directory holding one folder per document.
 * @returns The validated corpus.
 * @throws {FileNotReadableError} When a file or folder cannot be read.
 * @throws {InvalidJsonError} When a file is not JSON.
 * @throws {CorpusValidationError} When a file does not satisfy the model.
 * @example
 * (await readCorpusTree(filesOfTarball, 'legal-clauses@1.1.0/clauses')).documents.length;
 * //=> 1
 */
export async function readCorpusTree(files: CorpusFiles, directory: string): Promise<Corpus> {
  const issues: CorpusIssue[] = [];
  const documents: Document[] = [];
  const clauses: Clause[] = [];
  const origins: Origins = { documents: [], editions: [], clauses: [] };

  /**
   * Validates one file, converted from format 1 first when its folder is in format 1; a
   * problem is kept so that one run reports every broken file.
   */
  const validate = async <S extends Parameters<typeof validateWith>[0]>(
    schema: S,
    file: string,
    migrate: (data: unknown) => Migrated = (data) => ({ data, from: undefined, originalPath: (path) => [...path] }),
  ) => {
    const { data, originalPath } = migrate(parseJsonText(await files.read(file), file));
    try {
      return validateWith(schema, data, file, originalPath);
    } catch (error) {
      if (!(error instanceof CorpusValidationError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };

  for (const documentId of await files.list(directory, 'folders')) {
    const folder = join(directory, documentId);
    const documentFile = join(folder, 'document.json');
    let format1 = false;
    const meta = await validate(documentFileSchema, documentFile, (data) => {
      format1 = isFormat1DocumentFile(data);
      return migrateDocumentFile(data);
    });
    if (meta && meta.id !== documentId) issues.push(nameMismatch(documentFile, 'document', meta.id, documentId));

    const editions: Edition[] = [];
    const editionFiles: string[] = [];
    for (const name of await files.list(join(folder, 'editions'), 'json files')) {
      const file = join(folder, 'editions', name);
      const edition = await validate(editionFileSchema, file);
      if (!edition) continue;
      if (edition.id !== stem(name)) issues.push(nameMismatch(file, 'edition', edition.id, stem(name)));
      const { $schema: _, ...rest } = edition;
      editions.push(rest);
      editionFiles.push(file);
    }

    for (const name of await files.list(join(folder, 'clauses'), 'json files')) {
      const file = join(folder, 'clauses', name);
      const clause = await validate(clauseFileSchema, file, format1 ? migrateClauseFile : undefined);
      if (!clause) continue;
      if (clause.id !== stem(name)) issues.push(nameMismatch(file, 'clause', clause.id, stem(name)));
      clauses.push({ id: clause.id, document: documentId, topics: clause.topics, editions: clause.editions });
      origins.clauses.push(file);
    }

    if (meta) {
      const { $schema: _, format: __, ...rest } = meta;
      documents.push({ ...rest, editions });
      origins.documents.push(documentFile);
      origins.editions.push(editionFiles);
    }
  }
  if (issues.length > 0) throw new CorpusValidationError(issues);

  const corpus: Corpus = { format: CORPUS_FORMAT, documents, clauses };
  const problems = checkCorpusReferences(corpus);
  if (problems.length > 0) {
    throw new CorpusValidationError(
      problems.map(({ message, path }) => {
        const [file, inner] = locate(path, origins, directory);
        return { file, path: formatJsonPath(inner), message, code: 'custom' };
      }),
    );
  }
  return corpus;
}

interface Origins {
  documents: string[];
  editions: string[][];
  clauses: string[];
}

/** Maps a path in the assembled corpus back to the file it came from and the path inside it. */
function locate(path: readonly (string | number)[], origins: Origins, directory: string): [string, (string | number)[]] {
  const [top, index, key, subIndex, ...rest] = path;
  if (top === 'clauses' && typeof index === 'number') {
    return [origins.clauses[index] ?? directory, path.slice(2)];
  }
  if (top === 'documents' && typeof index === 'number') {
    if (key === 'editions' && typeof subIndex === 'number') {
      return [origins.editions[index]?.[subIndex] ?? directory, rest];
    }
    return [origins.documents[index] ?? directory, path.slice(2)];
  }
  return [directory, [...path]];
}

function nameMismatch(file: string, what: string, id: string, name: string): CorpusIssue {
  return {
    file,
    path: 'id',
    message: `${what} id '${id}' differs from its ${what === 'document' ? 'folder' : 'file'} name '${name}'; the path is the identity, rename one of them`,
    code: 'custom',
  };
}

function stem(name: string): string {
  return name.replace(/\.json$/, '');
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new FileNotReadableError(file, describeFsError(error), { cause: error });
  }
}

/** Sorted names of sub-folders, or of `.json` files, in a folder; hidden entries are skipped. */
async function listEntries(folder: string, kind: 'folders' | 'json files'): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new FileNotReadableError(folder, describeFsError(error), { cause: error });
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .filter((entry) => (kind === 'folders' ? entry.isDirectory() : entry.isFile() && entry.name.endsWith('.json')))
    .map((entry) => entry.name)
    .sort();
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory, expected a file';
  if (code === 'ENOTDIR') return 'it is a file, expected a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

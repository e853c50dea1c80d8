/**
 * Reading a corpus directory laid out like `clauses/`: one folder per document, holding
 * `document.json`, `editions/<edition-id>.json` and `clauses/<clause-id>.json`. Only the folders
 * of the documents asked for are read. Symbolic links are followed when they stay inside the
 * corpus directory and refused by name otherwise; nothing is skipped silently. A folder that is
 * not a corpus directory is told so, with what it holds.
 */
import { basename, dirname, join, sep } from 'node:path';
import type { Dirent } from 'node:fs';
import { isFormat1DocumentFile, migrateClauseFile, migrateDocumentFile, type Migrated } from '../corpus/migrate.js';
import { validateWith } from '../corpus/validate.js';
import { parseJsonBytes } from '../corpus/parse-json.js';
import { AmbiguousDocumentError, CorpusValidationError, FileNotReadableError, NotACorpusDirectoryError, UnknownDocumentError, type CorpusIssue } from '../errors.js';
import { CORPUS_FORMAT } from '../model/constants.js';
import { clauseFileSchema, documentFileSchema, editionFileSchema } from '../model/file-schemas.js';
import { checkCorpusReferences } from '../model/references.js';
import type { Clause, Corpus, Document, Edition } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';
import { CLAUSES_FOLDER, DOCUMENT_FILE, EDITIONS_FOLDER, documentFolder } from './corpus-layout.js';
import { describeFsError } from './fs-errors.js';
import { readJsonBytes } from './read-json-file.js';
import { readDirectory, realPath, statPath } from './fs-async.js';

/** Which documents to read. */
export interface DocumentSelection {
  /** Only these documents (and their clauses); `undefined` for every one. */
  readonly documents?: readonly string[] | undefined;
  /** Refuse, without reading them, a corpus of several documents when none is named. */
  readonly single?: boolean | undefined;
}

/** A corpus directory opened: its document folders, and what is wrong at its top. */
interface OpenedDirectory {
  readonly documents: readonly string[];
  readonly issues: CorpusIssue[];
}

/** What one entry of a folder is, after following a symbolic link that stays inside the corpus. */
export type EntryKind = 'folder' | 'file' | 'other';

/**
 * Where a corpus directory is read from: the disk ({@link diskFiles}), or files held in memory
 * (a release tarball is never unpacked onto the disk).
 */
export interface CorpusFiles {
  /** A file's bytes. */
  read(file: string): Promise<Uint8Array>;
  /**
   * The entries of a folder that are not hidden, with what each is. An entry that cannot be
   * followed (a symbolic link leading outside the corpus, or nowhere) is `other`, with the reason.
   */
  entries(folder: string): Promise<{ name: string; kind: EntryKind; refused?: string }[]>;
  /** Whether a path is a file (following links). */
  isFile(path: string): Promise<boolean>;
}

/**
 * The files of a corpus directory on the disk. Symbolic links are followed when they stay
 * inside `directory` (its real path), and refused otherwise.
 *
 * @param directory - The corpus directory.
 * @returns The files, and the directory's real path.
 * @throws {FileNotReadableError} When the directory does not exist or is a file.
 */
export async function diskFiles(directory: string): Promise<CorpusFiles> {
  let root: string;
  try {
    root = await realPath(directory);
    if (!(await statPath(root)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileNotReadableError(directory, code === 'ENOTDIR' ? 'it is a file, expected a directory' : describeFsError(error), { cause: error });
  }
  const inside = (target: string) => target === root || target.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
  return {
    read: (file) => readJsonBytes(file),
    isFile: (path) =>
      statPath(path).then(
        (stats) => stats.isFile(),
        () => false,
      ),
    async entries(folder) {
      let entries: Dirent[];
      try {
        entries = await readDirectory(folder, { withFileTypes: true });
      } catch (error) {
        throw new FileNotReadableError(folder, describeFsError(error), { cause: error });
      }
      const out: { name: string; kind: EntryKind; refused?: string }[] = [];
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        if (entry.isDirectory()) out.push({ name: entry.name, kind: 'folder' });
        else if (entry.isFile()) out.push({ name: entry.name, kind: 'file' });
        else if (!entry.isSymbolicLink()) out.push({ name: entry.name, kind: 'other', refused: 'neither a file nor a folder (a socket, pipe or device): a corpus directory holds files and folders only' });
        else {
          const target = await realPath(join(folder, entry.name)).catch(() => undefined);
          if (target === undefined) out.push({ name: entry.name, kind: 'other', refused: 'a symbolic link to nothing (its target does not exist)' });
          else if (!inside(target)) {
            const kind = (await statPath(target)).isFile() ? 'file' : 'folder';
            out.push({ name: entry.name, kind: 'other', refused: `a symbolic link to ${target}, outside the corpus directory ${root}: links are followed only inside it (copy the ${kind} in instead)` });
          } else {
            const stats = await statPath(target);
            out.push({ name: entry.name, kind: stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other' });
          }
        }
      }
      return out;
    },
  };
}

/**
 * Reads and validates a corpus directory on the disk, or the documents of it asked for (see
 * {@link corpusFromFiles}).
 *
 * @param directory - The directory holding one folder per document.
 * @param selection - Which documents to read.
 * @returns The validated corpus.
 * @throws The errors of {@link corpusFromFiles}.
 */
export async function corpusFromDirectory(directory: string, selection: DocumentSelection = {}): Promise<Corpus> {
  return corpusFromFiles(await diskFiles(directory), directory, selection);
}

/**
 * Reads and validates a corpus directory, or the documents of it asked for. Every file is
 * validated on its own, so a problem is reported in the file it is in. A folder whose
 * `document.json` carries no `format` was written in format 1 and is converted on read.
 *
 * @param files - Where the files are.
 * @param directory - The directory holding one folder per document.
 * @param selection - Which documents to read.
 * @returns The validated corpus: documents by id, editions oldest first, clauses by id.
 * @throws {FileNotReadableError} When a file or folder cannot be read.
 * @throws {NotACorpusDirectoryError} When the directory holds no document folder.
 * @throws {UnknownDocumentError} When a document asked for has no folder.
 * @throws {CorpusValidationError} When a file does not satisfy the model, a file's name differs
 *   from the id inside it, files refer to each other inconsistently, or a symbolic link leads
 *   outside the corpus directory.
 */
export async function corpusFromFiles(files: CorpusFiles, directory: string, selection: DocumentSelection = {}): Promise<Corpus> {
  const opened = await openDirectory(files, directory);
  const { issues } = opened;
  for (const wanted of selection.documents ?? []) {
    if (!opened.documents.includes(wanted)) throw new UnknownDocumentError(wanted, opened.documents);
  }
  if (selection.single && selection.documents === undefined && opened.documents.length > 1) throw new AmbiguousDocumentError(opened.documents);
  const wanted = selection.documents === undefined ? opened.documents : opened.documents.filter((id: string) => selection.documents!.includes(id));

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
    const { data, originalPath } = migrate(parseJsonBytes(await files.read(file), file));
    try {
      return validateWith(schema, data, file, originalPath);
    } catch (error) {
      if (!(error instanceof CorpusValidationError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };

  for (const documentId of wanted) {
    const folder = documentFolder(directory, documentId);
    const documentFile = join(folder, DOCUMENT_FILE);
    let format1 = false;
    const meta = await validate(documentFileSchema, documentFile, (data) => {
      format1 = isFormat1DocumentFile(data);
      return migrateDocumentFile(data);
    });
    if (meta && meta.id !== documentId) issues.push(nameMismatch(documentFile, 'document', meta.id, documentId));

    const editions: Edition[] = [];
    const editionFiles: string[] = [];
    for (const name of await jsonFiles(files, join(folder, EDITIONS_FOLDER), issues)) {
      const file = join(folder, EDITIONS_FOLDER, name);
      const edition = await validate(editionFileSchema, file);
      if (!edition) continue;
      if (edition.id !== stem(name)) issues.push(nameMismatch(file, 'edition', edition.id, stem(name)));
      const { $schema: _, ...rest } = edition;
      editions.push(rest);
      editionFiles.push(file);
    }

    for (const name of await jsonFiles(files, join(folder, CLAUSES_FOLDER), issues)) {
      const file = join(folder, CLAUSES_FOLDER, name);
      const clause = await validate(clauseFileSchema, file, format1 ? migrateClauseFile : undefined);
      if (!clause) continue;
      if (clause.id !== stem(name)) issues.push(nameMismatch(file, 'clause', clause.id, stem(name)));
      const { $schema: _, id, ...rest } = clause;
      clauses.push({ id, document: documentId, ...rest });
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

/** Reads the top of a corpus directory: its document folders, or why it is not one. */
async function openDirectory(files: CorpusFiles, directory: string): Promise<OpenedDirectory> {
  const issues: CorpusIssue[] = [];
  const folders: string[] = [];
  const names: string[] = [];
  for (const entry of await files.entries(directory)) {
    // Files at the top (lock.json, lint.json, a README) are not part of any document: a link
    // among them is not followed here, and is checked by whoever reads it.
    if (entry.kind === 'folder') folders.push(entry.name);
    else if (entry.kind === 'file' || (await files.isFile(join(directory, entry.name)))) names.push(entry.name);
    else issues.push({ file: join(directory, entry.name), path: '', message: entry.refused ?? 'not a file nor a folder', code: 'custom' });
  }
  const documents: string[] = [];
  const without: string[] = [];
  for (const name of folders) ((await files.isFile(join(directory, name, DOCUMENT_FILE))) ? documents : without).push(name);

  // No document folder: the folder is not a corpus directory, whatever else is wrong in it (a
  // link leading outside it, a socket), unless a refused link is a document folder's (then the
  // link is the problem, and its issue says so).
  if (documents.length === 0) {
    let linkedDocument = false;
    for (const issue of issues) linkedDocument ||= await files.isFile(join(issue.file, 'document.json'));
    if (!linkedDocument) throw await notACorpus(files, directory, folders, names, issues.map((issue) => basename(issue.file)));
  }
  for (const name of without) {
    issues.push({
      file: join(directory, name),
      path: '',
      message: `a folder of a corpus directory is a document and holds document.json, but this one does not (the documents are ${documents.join(', ') || 'none'}); move it out of the corpus directory`,
      code: 'custom',
    });
  }
  return { documents: documents.sort(), issues };
}

/** The error for a folder that is not a corpus directory: what it holds, and where the corpus may be. */
async function notACorpus(files: CorpusFiles, directory: string, folders: readonly string[], names: readonly string[], refused: readonly string[]): Promise<NotACorpusDirectoryError> {
  const list = (items: readonly string[]) => (items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`);
  const found: string[] = [];
  if (folders.length > 0) found.push(`${count(folders.length, 'folder')} (${list(folders)}), none with a document.json`);
  if (names.length > 0) found.push(`${count(names.length, 'file')} (${list(names)})`);
  if (refused.length > 0) found.push(`${count(refused.length, 'entry', 'entries')} that cannot be followed (${list(refused)})`);
  const holds = found.length === 0 ? 'nothing' : found.join(', and ');
  if (await files.isFile(join(directory, DOCUMENT_FILE))) {
    const parent = dirname(directory);
    return new NotACorpusDirectoryError(directory, holds, `; it is the folder of document '${basename(directory)}' itself: give the corpus directory that holds it, --corpus ${parent}`);
  }
  for (const folder of folders) {
    const inner = await files.entries(join(directory, folder)).catch(() => []);
    for (const entry of inner) {
      if (entry.kind === 'folder' && (await files.isFile(join(directory, folder, entry.name, DOCUMENT_FILE)))) {
        return new NotACorpusDirectoryError(directory, holds, `; ${join(directory, folder)} is one: --corpus ${join(directory, folder)}`);
      }
    }
  }
  const json = names.filter((name) => name.endsWith('.json'));
  const hint = json.length > 0 ? `; if one of them is a corpus JSON file (written by 'legal-clauses export'), name the file: --corpus ${join(directory, json[0]!)}` : '';
  return new NotACorpusDirectoryError(directory, holds, hint);
}

/**
 * The names of the `.json` files of a folder (sorted), following symbolic links that stay
 * inside the corpus; an entry that cannot be read as a JSON file is an issue, never skipped.
 */
async function jsonFiles(files: CorpusFiles, folder: string, issues: CorpusIssue[]): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await files.entries(folder)) {
    if (!entry.name.endsWith('.json')) continue;
    if (entry.kind === 'file') names.push(entry.name);
    else if (entry.kind === 'folder') issues.push({ file: join(folder, entry.name), path: '', message: 'a folder named like a JSON file: expected a file', code: 'custom' });
    else issues.push({ file: join(folder, entry.name), path: '', message: entry.refused ?? 'not a file', code: 'custom' });
  }
  return names.sort();
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

function count(n: number, what: string, plural = `${what}s`): string {
  return `${n} ${n === 1 ? what : plural}`;
}

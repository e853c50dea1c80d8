/**
 * Reading corpora from disk: a corpus JSON file (as written by `legal-clauses export`), or a
 * directory laid out like the package's own `clauses/`. Node only. Both read strictly (UTF-8,
 * no duplicate keys, no lone surrogates, bounded size and depth: docs/security.md), and both
 * read only what is asked for: the documents named, and their clauses.
 */
import { corpusFromDirectory, corpusFromFiles, type CorpusFiles } from './corpus-directory.js';
import { corpusFromFile } from './corpus-file.js';
import type { Corpus } from '../model/types.js';
import { checkArguments, listOf, optional, shape, text } from '../util/arguments.js';

export type { CorpusFiles } from './corpus-directory.js';

/** Options of {@link readCorpusFile} and {@link readCorpusDirectory}. */
export interface ReadCorpusOptions {
  /**
   * Only these documents, and their clauses: the rest of the corpus is not validated (a corpus
   * file) or not read at all (a corpus directory).
   * @default every document
   */
  readonly documents?: readonly string[] | undefined;
}

const OPTIONS = shape('an options object', { documents: optional(listOf(text, 'document ids')) });

/**
 * Reads and validates a corpus JSON file, such as one written by `legal-clauses export`: the
 * file is streamed and scanned once, then each document asked for, and each of its clauses, is
 * read again, parsed and validated on its own; the whole file is never held in memory.
 *
 * @param file - Path of the JSON file.
 * @param options - Which documents to read.
 * @returns The validated corpus (with the documents asked for).
 * @throws {FileNotReadableError} When the file cannot be read.
 * @throws {LimitExceededError} When it is larger than `MAX_JSON_BYTES`, or nested deeper than `MAX_JSON_DEPTH`.
 * @throws {InvalidEncodingError} When it is not UTF-8.
 * @throws {InvalidJsonError} When the file is not JSON.
 * @throws {DuplicateKeyError} When an object has a key twice.
 * @throws {IllFormedUnicodeError} When a string holds a lone surrogate.
 * @throws {UnknownDocumentError} When a document asked for is not in the file.
 * @throws {CorpusValidationError} When the JSON does not satisfy the model; issues name the path.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const corpus = await readCorpusFile('test/fixtures/corpora/exports/release-1.json');
 * corpus.documents.map((document) => document.id);
 * //=> ['disclaimer']
 */
export async function readCorpusFile(file: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  checkArguments('readCorpusFile', ['file', file, text], ['options', options, OPTIONS]);
  return corpusFromFile(file, { documents: options.documents });
}

/**
 * Reads and validates a corpus directory laid out like `clauses/`: one folder per document,
 * holding `document.json`, `editions/<edition-id>.json` and `clauses/<clause-id>.json`.
 * Every file is validated on its own, so a problem is reported in the file it is in; only the
 * folders of the documents asked for are read. Symbolic links are followed when they stay inside
 * the directory, and refused by name otherwise.
 *
 * @param directory - The directory holding one folder per document.
 * @param options - Which documents to read.
 * @returns The validated corpus: documents by id, editions oldest first, clauses by id.
 * @throws {FileNotReadableError} When a file or folder cannot be read.
 * @throws {NotACorpusDirectoryError} When the directory holds no document folder (the message says what it holds).
 * @throws {UnknownDocumentError} When a document asked for has no folder.
 * @throws {CorpusValidationError} When a file does not satisfy the model, a file's name differs
 *   from the id inside it, files refer to each other inconsistently, or a symbolic link leads
 *   outside the directory.
 * @throws The errors of strict reading, as {@link readCorpusFile}.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const corpus = await readCorpusDirectory('clauses');
 * corpus.clauses.length;
 * //=> 10
 */
export async function readCorpusDirectory(directory: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  checkArguments('readCorpusDirectory', ['directory', directory, text], ['options', options, OPTIONS]);
  return corpusFromDirectory(directory, { documents: options.documents });
}

/**
 * Reads and validates a corpus directory through {@link CorpusFiles}: what
 * {@link readCorpusDirectory} does on the disk, for files held in memory (a release tarball).
 *
 * @param files - Where the files are.
 * @param directory - The directory holding one folder per document.
 * @returns The validated corpus.
 * @throws The errors of {@link readCorpusDirectory}.
 * @example
 * const files = await readTarballFiles(tarball, (path) => path.startsWith('clauses/'));
 * (await readCorpusTree(memoryCorpusFiles(files), 'clauses')).documents.length;
 * //=> 1
 */
export async function readCorpusTree(files: CorpusFiles, directory: string): Promise<Corpus> {
  return corpusFromFiles(files, directory);
}

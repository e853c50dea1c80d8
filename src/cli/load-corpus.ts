import { bundledCorpus } from '../corpus/generated/corpus.js';
import { FileNotReadableError } from '../errors.js';
import type { Corpus } from '../model/types.js';
import { statPath } from '../node/fs-async.js';

/** Which part of the corpus a command needs. */
export interface CorpusNeed {
  /** The document named by `--document` (or a record): only it, and its clauses, are read. */
  readonly document?: string | undefined;
  /** The command works on one document: a corpus of several, with none named, is refused before it is read. */
  readonly single?: boolean | undefined;
}

/**
 * The corpus named by `--corpus` (a JSON file or a directory like `clauses/`), else the bundled
 * one; of a file or directory, only the part the command needs is read and validated. The
 * readers (and zod, which validates what they read) are loaded only for `--corpus`: the
 * bundled corpus was validated when it was generated.
 */
export async function loadCorpusOption(path: string | undefined, need: CorpusNeed = {}): Promise<Corpus> {
  if (path === undefined) return bundledCorpus;
  let isDirectory: boolean;
  try {
    isDirectory = (await statPath(path)).isDirectory();
  } catch (error) {
    throw new FileNotReadableError(path, 'no such file or directory', { cause: error });
  }
  const selection = { documents: need.document === undefined ? undefined : [need.document], single: need.single };
  if (isDirectory) return (await import('../node/corpus-directory.js')).corpusFromDirectory(path, selection);
  return (await import('../node/corpus-file.js')).corpusFromFile(path, selection);
}

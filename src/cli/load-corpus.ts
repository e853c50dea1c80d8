import { stat } from 'node:fs/promises';
import { bundledCorpus } from '../corpus/generated/corpus.js';
import { FileNotReadableError } from '../errors.js';
import type { Corpus } from '../model/types.js';
import { corpusFromDirectory } from '../node/corpus-directory.js';
import { corpusFromFile } from '../node/corpus-file.js';

/** Which part of the corpus a command needs. */
export interface CorpusNeed {
  /** The document named by `--document` (or a record): only it, and its clauses, are read. */
  readonly document?: string | undefined;
  /** The command works on one document: a corpus of several, with none named, is refused before it is read. */
  readonly single?: boolean | undefined;
}

/**
 * The corpus named by `--corpus` (a JSON file or a directory like `clauses/`), else the bundled
 * one; of a file or directory, only the part the command needs is read and validated.
 */
export async function loadCorpusOption(path: string | undefined, need: CorpusNeed = {}): Promise<Corpus> {
  if (path === undefined) return bundledCorpus;
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw new FileNotReadableError(path, 'no such file or directory', { cause: error });
  }
  const selection = { documents: need.document === undefined ? undefined : [need.document], single: need.single };
  return isDirectory ? corpusFromDirectory(path, selection) : corpusFromFile(path, selection);
}

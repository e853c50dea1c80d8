import { stat } from 'node:fs/promises';
import { bundledCorpus } from '../corpus/generated/corpus.js';
import { FileNotReadableError } from '../errors.js';
import type { Corpus } from '../model/types.js';
import { readCorpusDirectory, readCorpusFile } from '../node/read-corpus.js';

/** The corpus named by `--corpus` (a JSON file or a directory like `clauses/`), else the bundled one. */
export async function loadCorpusOption(path: string | undefined): Promise<Corpus> {
  if (path === undefined) return bundledCorpus;
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw new FileNotReadableError(path, 'no such file or directory', { cause: error });
  }
  return isDirectory ? readCorpusDirectory(path) : readCorpusFile(path);
}

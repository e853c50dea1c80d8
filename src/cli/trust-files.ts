/**
 * Files the trust commands read besides the corpus: the lock (`lock.json`) and the lint
 * configuration (`lint.json`), which live at the top of a corpus directory such as clauses/,
 * and ship with the package for the bundled corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileNotReadableError } from '../errors.js';

/** What `--corpus` names: nothing (the bundled corpus), a directory like clauses/, or a JSON file. */
export type CorpusSource = { kind: 'bundled'; directory: string | undefined } | { kind: 'directory'; directory: string } | { kind: 'file'; file: string };

/**
 * Tells what kind of corpus `--corpus` names; for the bundled one, the package's clauses/
 * (where its lock and lint configuration are).
 *
 * @param path - The value of `--corpus`, if given.
 * @returns The kind, with its directory or file.
 * @throws {FileNotReadableError} When the path does not exist.
 * @example
 * await corpusSource('clauses');
 * //=> { kind: 'directory', directory: 'clauses' }
 */
export async function corpusSource(path: string | undefined): Promise<CorpusSource> {
  if (path === undefined) {
    const root = packageRoot();
    return { kind: 'bundled', directory: root === undefined ? undefined : join(root, 'clauses') };
  }
  try {
    return (await stat(path)).isDirectory() ? { kind: 'directory', directory: path } : { kind: 'file', file: path };
  } catch (error) {
    throw new FileNotReadableError(path, 'no such file or directory', { cause: error });
  }
}

/** The directory of the installed legal-clauses package (found upwards from this module, built or not). */
function packageRoot(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'legal-clauses') return directory;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * A file's text, or `undefined` when it does not exist.
 *
 * @param file - The file.
 * @returns Its text as UTF-8.
 * @throws {FileNotReadableError} When it exists and cannot be read.
 * @example
 * await readOptionalText('no-such-file.md');
 * //=> undefined
 */
export async function readOptionalText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileNotReadableError(file, (error as Error).message, { cause: error });
  }
}

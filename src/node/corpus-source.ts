/**
 * What `--corpus` names, and the files that go with it: the bundled corpus (whose lock and lint
 * configuration ship in the package's clauses/), a corpus directory (with lock.json and
 * lint.json at its top), or a corpus JSON file (which carries its own hashes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FileNotReadableError } from '../errors.js';
import { LINT_CONFIG_FILE, LOCK_FILE, PACKAGE_CORPUS_FOLDER } from './corpus-layout.js';
import { statPath } from './fs-async.js';

/** What `--corpus` names: nothing (the bundled corpus), a directory like clauses/, or a JSON file. */
export type CorpusSource = { kind: 'bundled'; directory: string | undefined } | { kind: 'directory'; directory: string } | { kind: 'file'; file: string };

/**
 * Tells what kind of corpus a path names; without one, the bundled corpus, with the package's
 * clauses/ (where its lock and lint configuration are).
 *
 * @param path - The value of `--corpus`, if given.
 * @returns The kind, with its directory or file.
 * @throws {FileNotReadableError} When the path does not exist.
 */
export async function corpusSource(path: string | undefined): Promise<CorpusSource> {
  if (path === undefined) {
    const root = packageRoot();
    return { kind: 'bundled', directory: root === undefined ? undefined : join(root, PACKAGE_CORPUS_FOLDER) };
  }
  try {
    return (await statPath(path)).isDirectory() ? { kind: 'directory', directory: path } : { kind: 'file', file: path };
  } catch (error) {
    throw new FileNotReadableError(path, 'no such file or directory', { cause: error });
  }
}

/** The lock of a corpus: the one named, else lock.json at the top of its directory; a corpus file has none (it carries hashes). */
export function lockFileOf(source: CorpusSource, named: string | undefined): string | undefined {
  if (named !== undefined) return named;
  return source.kind === 'file' || source.directory === undefined ? undefined : join(source.directory, LOCK_FILE);
}

/** The lint configuration beside a corpus: lint.json at the top of its directory; none for a corpus file. */
export function lintConfigOf(source: CorpusSource): string | undefined {
  return source.kind === 'file' || source.directory === undefined ? undefined : join(source.directory, LINT_CONFIG_FILE);
}

/** The directory of the installed legal-clauses package (found upwards from this module, built or not). */
function packageRoot(): string | undefined {
  let directory = import.meta.dirname;
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'legal-clauses') return directory;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

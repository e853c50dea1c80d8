/**
 * Files the trust commands read besides the corpus: the lock (`lock.json`) and the lint
 * configuration (`lint.json`), which live at the top of a corpus directory such as clauses/,
 * and ship with the package for the bundled corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintConfig } from '../checks/lint/types.js';
import type { Lock } from '../checks/lock.js';
import { lintConfigFromValidated, lockFromValidated } from '../checks/validated-files.js';
import { VALIDATED_FILES } from '../corpus/generated/validated-files.js';
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
 * await readOptionalText('CHANGELOG.md');
 * //=> undefined   (before the first release)
 */
export async function readOptionalText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileNotReadableError(file, (error as Error).message, { cause: error });
  }
}

/**
 * Parses a lock file's text (see `parseLock`). The package's own lock, byte for byte as
 * `npm run generate` validated it, is read without validating it again; any other text is
 * validated, with zod loaded for it (so `check` on the bundled corpus starts without zod).
 *
 * @param text - The text of the lock file.
 * @param file - Where it came from, for error messages.
 * @returns The lock, the same value `parseLock` returns.
 * @throws The errors of `parseLock`.
 * @example
 * (await parseLockText(readFileSync('clauses/lock.json', 'utf8'), 'clauses/lock.json')).format;
 * //=> 'legal-clauses/lock@2'   (without loading zod)
 */
export async function parseLockText(text: string, file: string): Promise<Lock> {
  if (isValidated('lock.json', text)) return lockFromValidated(JSON.parse(text));
  return (await import('../checks/lock-file.js')).parseLock(text, file);
}

/**
 * Parses a lint configuration file's text (see `parseLintConfig`), as {@link parseLockText} does
 * a lock: the package's own clauses/lint.json is read without zod.
 *
 * @param text - The text of the lint configuration file.
 * @param file - Where it came from, for error messages.
 * @returns The configuration, the same value `parseLintConfig` returns.
 * @throws The errors of `parseLintConfig`.
 * @example
 * (await parseLintConfigText('{"terms":[]}', 'lint.json')).terms;
 * //=> []
 */
export async function parseLintConfigText(text: string, file: string): Promise<LintConfig> {
  if (isValidated('lint.json', text)) return lintConfigFromValidated(JSON.parse(text));
  return (await import('../checks/lint/config.js')).parseLintConfig(text, file);
}

/** Whether a text is, character for character, the one `npm run generate` validated (src/corpus/generated/validated-files.ts). */
function isValidated(name: keyof typeof VALIDATED_FILES, text: string): boolean {
  return text === VALIDATED_FILES[name];
}

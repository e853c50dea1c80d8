/**
 * A release of a corpus package (legal-clauses itself, or a package built the same way), read
 * for review: from a registry by version, from a tarball file, or from an installed package
 * directory. Every release is verified before anything reads its text: a registry tarball
 * against the version's `dist.integrity`, and the corpus against the lock the release ships
 * (`clauses/lock.json`).
 */
import { checkArguments, flag, isRecord, optional, rule, shape, text } from '../../util/arguments.js';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseLock } from '../../checks/parse-lock.js';
import { verifyLock } from '../../checks/lock.js';
import { checkedJsonText, parseJsonText } from '../../corpus/parse-json.js';
import { readOptionalJsonText } from '../read-json-file.js';
import { FileNotReadableError, InvalidReleaseError, ReleaseIntegrityError, ReleaseNotVerifiedError } from '../../errors.js';
import type { Corpus } from '../../model/types.js';
import { readCorpusDirectory, readCorpusTree } from '../read-corpus.js';
import { LOCK_FILE, PACKAGE_CORPUS_FOLDER } from '../corpus-layout.js';
import { fetchTarball, type FetchOptions } from './fetch-tarball.js';
import { memoryCorpusFiles } from './memory-files.js';
import { readTarballFiles, TarballReadError } from './tarball-files.js';

const RELEASE_OPTIONS = optional(
  shape('an options object', {
    integrity: optional(text),
    offline: optional(flag),
    cwd: optional(text),
    env: optional(rule('an environment (names to strings)', isRecord)),
  }),
);

/** How a release was given. */
export type ReleaseOrigin = 'registry' | 'tarball' | 'directory';

/** A release, read and verified. */
export interface Release {
  /** `name@version`, as the reader sees it: `legal-clauses@1.1.0`. */
  label: string;
  name: string;
  version: string;
  origin: ReleaseOrigin;
  /** What was asked for: `legal-clauses@latest`, a path. */
  source: string;
  /**
   * The tarball's integrity: for a registry release, the registry's `dist.integrity` that the
   * bytes were checked against; for a tarball file, computed from its bytes; null for a directory.
   */
  integrity: string | null;
  /** The release's corpus (its `clauses/`), verified against its lock. */
  corpus: Corpus;
  /** The published editions its lock verified, as `document@edition`. */
  verified: string[];
}

/** Options of {@link readRelease}: where npm's configuration is read, whether to stay offline, and a tarball's expected integrity. */
export interface ReleaseOptions extends FetchOptions {
  /**
   * For a tarball file: the integrity it must have, such as the `integrity` of its entry in a
   * `package-lock.json` (`sha512-…`). A registry release is always checked against its registry's.
   * @default not checked
   */
  integrity?: string | undefined;
}

/**
 * Reads a release and verifies it: a registry spec (`legal-clauses@1.0.0`,
 * `legal-clauses@latest`), a tarball file (`legal-clauses-1.0.0.tgz`, as `npm pack` writes), or
 * an installed package directory (`node_modules/legal-clauses`). A path that exists is a file or
 * directory; anything else is a registry spec, fetched as npm would (npm's configuration and
 * cache; `offline` uses the cache only).
 *
 * @param source - The spec or path.
 * @param options - See {@link ReleaseOptions}.
 * @returns The release with its corpus, verified.
 * @throws {ReleaseNotFetchedError} When a registry release cannot be fetched (the message says which and why).
 * @throws {ReleaseIntegrityError} When a registry tarball does not match its `dist.integrity`, or a tarball file the `integrity` option.
 * @throws {ReleaseNotVerifiedError} When the corpus does not match the release's lock, or it ships none.
 * @throws {InvalidReleaseError} When it is not a package with a corpus, or not a tarball.
 * @throws {CorpusValidationError} When its corpus does not satisfy the model (files named `name@version/clauses/…`).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * // no-run: fetches from the registry of your .npmrc (test/release/registry.test.ts runs it against Verdaccio)
 * const release = await readRelease('legal-clauses@1.0.0');
 * [release.label, release.verified];
 * //=> ['legal-clauses@1.0.0', ['disclaimer@2003-04-15']]
 */
export async function readRelease(source: string, options: ReleaseOptions = {}): Promise<Release> {
  checkArguments('readRelease', ['source', source, text], ['options', options, RELEASE_OPTIONS]);
  const local = await kindOfPath(source, options.cwd);
  if (local === 'directory') return readDirectoryRelease(source, options.cwd);
  if (local === 'file') {
    let data: Uint8Array;
    try {
      data = await readFile(resolve(options.cwd ?? '', source));
    } catch (error) {
      throw new FileNotReadableError(source, (error as Error).message, { cause: error });
    }
    const integrity = `sha512-${createHash('sha512').update(data).digest('base64')}`;
    if (options.integrity !== undefined && options.integrity !== integrity) throw new ReleaseIntegrityError(source, options.integrity, integrity, { against: 'the integrity it must have' });
    return readTarballRelease(data, { source, origin: 'tarball', integrity });
  }
  const fetched = await fetchTarball(source, options);
  const release = await readTarballRelease(fetched.data, { source, origin: 'registry', integrity: fetched.integrity });
  if (release.name !== fetched.name || release.version !== fetched.version) {
    throw new InvalidReleaseError(`${fetched.name}@${fetched.version}`, `its package.json says ${release.label}`);
  }
  return release;
}

async function kindOfPath(source: string, cwd: string | undefined): Promise<'file' | 'directory' | undefined> {
  try {
    return (await stat(resolve(cwd ?? '', source))).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/** Where a tarball came from, for {@link readTarballRelease}. */
export interface TarballOrigin {
  source: string;
  origin: ReleaseOrigin;
  integrity: string;
}

/**
 * Reads and verifies a release from its tarball's bytes (fetched or read already).
 *
 * @param data - The tarball.
 * @param from - What was asked for, how, and the tarball's integrity.
 * @returns The release, verified against its lock.
 * @throws {InvalidReleaseError | ReleaseNotVerifiedError | CorpusValidationError} As {@link readRelease}.
 * @example
 * (await readTarballRelease(tarball, { source: 'legal-clauses-1.0.0.tgz', origin: 'tarball', integrity: 'sha512-…' })).label;
 * //=> 'legal-clauses@1.0.0'
 */
export async function readTarballRelease(data: Uint8Array, from: TarballOrigin): Promise<Release> {
  let files: Map<string, Uint8Array>;
  try {
    files = await readTarballFiles(data, (path) => path === 'package.json' || path.startsWith('clauses/'));
  } catch (error) {
    if (error instanceof TarballReadError) throw new InvalidReleaseError(from.source, error.message, { cause: error });
    throw error;
  }
  const manifest = files.get('package.json');
  if (manifest === undefined) throw new InvalidReleaseError(from.source, 'it has no package.json: not an npm package tarball');
  const { name, version } = packageIdentity(checkedJsonText(manifest, `${from.source}: package.json`), `${from.source}: package.json`);
  const label = `${name}@${version}`;
  // Paths named after the release, so that a problem in a file says which release it is in.
  const named = new Map([...files].filter(([path]) => path.startsWith('clauses/')).map(([path, bytes]) => [`${label}/${path}`, bytes]));
  if (named.size === 0) throw new InvalidReleaseError(label, 'it has no clauses/ folder: not a package with a legal-clauses corpus');
  const memory = memoryCorpusFiles(named);
  const corpus = await readCorpusTree(memory, `${label}/clauses`);
  const lockFile = `${label}/${PACKAGE_CORPUS_FOLDER}/${LOCK_FILE}`;
  const lockText = named.has(lockFile) ? checkedJsonText(await memory.read(lockFile), lockFile) : undefined;
  return { label, name, version, origin: from.origin, source: from.source, integrity: from.integrity, corpus, verified: verify(label, corpus, lockText, lockFile) };
}

async function readDirectoryRelease(directory: string, cwd: string | undefined): Promise<Release> {
  const root = resolve(cwd ?? '', directory);
  const { name, version } = packageIdentity(await readText(join(root, 'package.json'), directory, 'it has no package.json: not a package directory'), join(directory, 'package.json'));
  const label = `${name}@${version}`;
  const clauses = join(root, PACKAGE_CORPUS_FOLDER);
  if ((await kindOfPath(clauses, undefined)) !== 'directory') throw new InvalidReleaseError(label, `${directory} has no clauses/ folder: not a package with a legal-clauses corpus`);
  const corpus = await readCorpusDirectory(clauses);
  const lockFile = join(clauses, LOCK_FILE);
  const lockText = await readOptionalJsonText(lockFile);
  return { label, name, version, origin: 'directory', source: directory, integrity: null, corpus, verified: verify(label, corpus, lockText, lockFile) };
}

/** The corpus against the release's own lock: every published edition locked, and matching. */
function verify(label: string, corpus: Corpus, lockText: string | undefined, lockFile: string): string[] {
  if (lockText === undefined) throw new ReleaseNotVerifiedError(label, ['it ships no clauses/lock.json, so its published text cannot be verified']);
  const report = verifyLock(corpus, parseLock(lockText, lockFile));
  const problems = [
    ...report.problems.map((problem) => problem.message),
    ...report.unlocked.map((edition) => `${edition.document}@${edition.edition} is published but not in the lock`),
  ];
  if (problems.length > 0) throw new ReleaseNotVerifiedError(label, problems);
  return report.verified.map((edition) => `${edition.document}@${edition.edition}`);
}

function packageIdentity(text: string, file: string): { name: string; version: string } {
  const data = parseJsonText(text, file) as { name?: unknown; version?: unknown } | null;
  const name = data?.name;
  const version = data?.version;
  if (typeof name !== 'string' || typeof version !== 'string' || name === '' || version === '') {
    throw new InvalidReleaseError(file, 'its package.json has no name and version');
  }
  return { name, version };
}

/** A JSON file's text, read strictly (UTF-8, no duplicate keys…), or the release's error when it is missing. */
async function readText(file: string, release: string, missing: string): Promise<string> {
  try {
    return checkedJsonText(await readFile(file), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missing !== '') throw new InvalidReleaseError(release, missing, { cause: error });
    throw new FileNotReadableError(file, (error as Error).message, { cause: error });
  }
}

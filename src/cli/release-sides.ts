/**
 * The two sides of `legal-clauses diff` when they are releases or corpora: each read (a
 * release fetched and verified, a corpus file or directory read) and named for the header.
 * The release machinery (npm's configuration, pacote, tar) is imported only here, only when
 * a command names a release; the corpus readers (and zod) only when a side is a corpus.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DiffSource } from '../diff/types.js';
import { FileNotReadableError, InvalidOptionsError } from '../errors.js';
import type { Corpus } from '../model/types.js';
import { findInstalledPackage } from '../node/release/installed-package.js';
import type { Release } from '../node/release/read-release.js';
import { corpusSource } from '../node/corpus-source.js';
import { statPath } from '../node/fs-async.js';

/** One side of a comparison, read. */
export interface Side {
  corpus: Corpus;
  source: DiffSource;
}

/**
 * Whether a FROM/TO argument names a release rather than an edition: a package spec with a
 * version, tag or range (`legal-clauses@1.0.0`, `@acme/terms@latest`), or a tarball.
 *
 * @param value - The argument.
 * @returns True for a release.
 * @example
 * [isReleaseArgument('legal-clauses@1.0.0'), isReleaseArgument('2003-04-15')];
 * //=> [true, false]
 */
export function isReleaseArgument(value: string): boolean {
  return /^(?:@[^@/\s]+\/)?[^@/\s]+@\S+$/.test(value) || /\.(?:tgz|tar\.gz)$/i.test(value);
}

/**
 * Reads both sides; a side not given is `--corpus` if given, else the installed version of
 * the other side's package (legal-clauses when the other side is a corpus).
 *
 * @param sides - The FROM and TO arguments (at least one).
 * @param options - `offline`, and `corpus` (the `--corpus` option).
 * @returns Both sides, read and verified.
 * @throws {InvalidOptionsError} When a side is missing and no installed version is found.
 * @example
 * const sides = await loadSides({ from: 'test/fixtures/corpora/exports/release-1.json', to: 'test/fixtures/corpora/exports/release-2.json' }, { offline: true });
 * sides.from.source.label;
 * //=> 'test/fixtures/corpora/exports/release-1.json'
 */
export async function loadSides(sides: { from?: string; to?: string }, options: { offline: boolean; corpus?: string | undefined }): Promise<{ from: Side; to: Side }> {
  const from = sides.from === undefined ? undefined : await loadSide(sides.from, options.offline);
  const to = sides.to === undefined ? undefined : await loadSide(sides.to, options.offline);
  const other = from ?? to!;
  const fallback = async () => (options.corpus === undefined ? loadInstalled(other) : loadSide(options.corpus, options.offline));
  return { from: from ?? (await fallback()), to: to ?? (await fallback()) };
}

async function loadSide(value: string, offline: boolean): Promise<Side> {
  const kind = await pathKind(value);
  if (kind === 'file' && /\.json$/i.test(value)) return { corpus: await (await import('../node/read-corpus.js')).readCorpusFile(value), source: { label: value } };
  if (kind === 'directory' && !existsSync(join(value, 'package.json'))) return { corpus: await (await import('../node/read-corpus.js')).readCorpusDirectory(value), source: { label: value } };
  const { readRelease } = await import('../node/release/read-release.js');
  return fromRelease(await readRelease(value, { offline }));
}

/** The installed version of the other side's package: in node_modules from here upwards, else (for legal-clauses) this CLI's own package. */
async function loadInstalled(other: Side): Promise<Side> {
  const name = other.source.package?.name ?? 'legal-clauses';
  let directory = findInstalledPackage(name, process.cwd());
  if (directory === undefined && name === 'legal-clauses') {
    const own = await corpusSource(undefined);
    if (own.kind === 'bundled' && own.directory !== undefined) directory = dirname(own.directory);
  }
  if (directory === undefined) {
    throw new InvalidOptionsError(`${name} is not installed here (no node_modules/${name} from ${process.cwd()} upwards) to compare ${other.source.label} with; name both releases`);
  }
  const { readRelease } = await import('../node/release/read-release.js');
  return fromRelease(await readRelease(directory));
}

function fromRelease(release: Release): Side {
  return { corpus: release.corpus, source: { label: release.label, package: { name: release.name, version: release.version, integrity: release.integrity } } };
}

async function pathKind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    return (await statPath(path)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileNotReadableError(path, (error as Error).message, { cause: error });
  }
}

/**
 * Fetching a release's tarball with npm's own fetcher (pacote), as `npm install` would: the
 * registry, scope registries and auth tokens of npm's configuration, npm's cache, and the
 * tarball checked against the version's `dist.integrity`. pacote is imported on first use, so
 * the commands that never fetch a release never load it.
 */
import { InvalidReleaseError, ReleaseIntegrityError, ReleaseNotFetchedError } from '../../errors.js';
import { loadNpmOptions, registryFor, type NpmConfigPlace, type NpmOptions } from './npm-options.js';

/** Options of {@link fetchTarball}. */
export interface FetchOptions extends NpmConfigPlace {
  /**
   * Use only npm's cache: fail, saying so, when the release is not in it.
   * @default false (or npm's own `offline` setting)
   */
  offline?: boolean | undefined;
}

/** A fetched tarball, verified against what its registry lists. */
export interface FetchedTarball {
  /** The tarball's bytes. */
  data: Uint8Array;
  /** The package name, as the registry lists it. */
  name: string;
  /** The version fetched (resolved from a tag or range). */
  version: string;
  /** The registry's `dist.integrity` for the version, which the bytes were checked against. */
  integrity: string;
  /** The tarball's URL. */
  resolved: string;
}

/**
 * Fetches a release from a registry (`legal-clauses@1.0.0`, `legal-clauses@latest`,
 * `@acme/terms@^2`). Other kinds of spec (git, URL, file, directory) are refused: git and
 * directories would run the package's build scripts, and files are read without pacote.
 *
 * @param spec - The package spec, as for `npm install`.
 * @param options - Where npm's configuration is read, and whether to stay offline.
 * @returns The tarball, with its integrity.
 * @throws {ReleaseNotFetchedError} When it cannot be had: no such package or version, offline and not cached, the registry unreachable or refusing access.
 * @throws {ReleaseIntegrityError} When the bytes do not match the registry's `dist.integrity`.
 * @throws {InvalidReleaseError} When the spec is not one of the accepted kinds.
 * @example
 * // no-run: fetches from the registry of your .npmrc (test/release/registry.test.ts runs it against Verdaccio)
 * (await fetchTarball('legal-clauses@1.0.0')).integrity;
 * //=> 'sha512-…'
 */
export async function fetchTarball(spec: string, options: FetchOptions = {}): Promise<FetchedTarball> {
  const npm = await loadNpmOptions(options);
  const { default: pacote } = await import('pacote');
  const pacoteOptions: NpmOptions = {
    ...npm,
    ...(options.offline ? { offline: true } : {}),
    // Registry specs only: git and directories run a package's prepare script; never lifecycle scripts.
    allowGit: 'none',
    allowDirectory: 'none',
    allowFile: 'none',
    allowRemote: 'none',
    ignoreScripts: true,
    packumentCache: new Map(),
  };
  const registry = registryFor(npm, packageNameOf(spec));
  let label = spec;
  try {
    const manifest = await pacote.manifest(spec, pacoteOptions);
    label = `${manifest.name}@${manifest.version}`;
    const integrity = manifest.dist?.integrity;
    if (integrity === undefined) throw new ReleaseNotFetchedError(label, `${registry} lists no dist.integrity for it, so it cannot be verified`);
    // pacote checks the bytes against `integrity` and fails with EINTEGRITY when they differ.
    const tarball = await pacote.tarball(label, { ...pacoteOptions, integrity, resolved: manifest._resolved });
    return { data: tarball, name: manifest.name, version: manifest.version, integrity, resolved: tarball.resolved };
  } catch (error) {
    throw translate(error, label === spec ? spec : `${label} (${spec})`, registry, String(npm.cache ?? "npm's cache"));
  }
}

/** The package name in a spec: `@acme/terms` of `@acme/terms@^2`. */
function packageNameOf(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

/** pacote's and npm-registry-fetch's errors, as one line that says which release and why. */
function translate(error: unknown, release: string, registry: string, cache: string): Error {
  if (error instanceof ReleaseNotFetchedError) return error;
  const failure = error as { code?: string; message?: string; statusCode?: number; expected?: unknown; found?: unknown; sri?: unknown; versions?: string[] };
  const code = failure.code ?? '';
  const message = (failure.message ?? String(error)).split('\n')[0]!;
  switch (code) {
    case 'EINTEGRITY':
      return new ReleaseIntegrityError(release, String(failure.expected ?? failure.sri ?? 'the listed integrity'), String(failure.found ?? 'other bytes'), { cause: error });
    case 'ENOTCACHED':
      return new ReleaseNotFetchedError(release, `it is not in npm's cache (${cache}) and --offline forbids the network; run it once online`, { cause: error });
    case 'E404':
      return new ReleaseNotFetchedError(release, `${registry} has no such package`, { cause: error });
    case 'ETARGET': {
      const versions = failure.versions?.length ? ` (published: ${failure.versions.slice(-10).join(', ')})` : '';
      return new ReleaseNotFetchedError(release, `${registry} has no version that matches${versions}`, { cause: error });
    }
    case 'E401':
    case 'E403':
      return new ReleaseNotFetchedError(release, `${registry} refused access (${code.slice(1)}): check the auth token for it in your .npmrc`, { cause: error });
    case 'EALLOWGIT':
    case 'EALLOWDIRECTORY':
    case 'EALLOWFILE':
    case 'EALLOWREMOTE':
      return new InvalidReleaseError(release, "only registry versions are fetched (git and directories would run the package's scripts); give name@version, a .tgz file or an installed package directory", { cause: error });
    case 'EINVALIDPACKAGENAME':
    case 'EINVALIDTAGNAME':
    case 'EUNSUPPORTEDPROTOCOL':
      return new InvalidReleaseError(release, `it is not a package spec, a tarball or a directory (${message})`, { cause: error });
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return new ReleaseNotFetchedError(release, `cannot reach ${registry} (${code})`, { cause: error });
    default:
      if (typeof failure.statusCode === 'number') {
        return new ReleaseNotFetchedError(release, `${registry} answered ${failure.statusCode}`, { cause: error });
      }
      return new ReleaseNotFetchedError(release, message, { cause: error });
  }
}

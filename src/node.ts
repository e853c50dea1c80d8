/**
 * Node-only helpers: reading corpora from files and directories, the lock and the lint
 * configuration from their files, and releases of a corpus package (from a registry as npm
 * would, from a tarball, or installed) for review. Fetching loads npm's libraries on first use
 * only.
 */
export { readCorpusDirectory, readCorpusFile } from './node/read-corpus.js';
export type { ReadCorpusOptions } from './node/read-corpus.js';
export { MAX_JSON_BYTES, MAX_JSON_DEPTH } from './corpus/limits.js';
export { readLockFile, readLintConfigFile } from './node/trust-files.js';
export { readRelease } from './node/release/read-release.js';
export type { Release, ReleaseOptions, ReleaseOrigin } from './node/release/read-release.js';
export { findInstalledPackage } from './node/release/installed-package.js';
export { ReleaseIntegrityError, ReleaseNotFetchedError, ReleaseNotVerifiedError, InvalidReleaseError } from './errors.js';

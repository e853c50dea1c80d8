/**
 * Node-only helpers: reading corpora from files and directories, and reading releases of a
 * corpus package (from a registry as npm would, from a tarball, or installed) for review.
 * Fetching loads npm's libraries on first use only.
 */
export { readCorpusDirectory, readCorpusFile } from './node/read-corpus.js';
export { readRelease } from './node/release/read-release.js';
export type { Release, ReleaseOptions, ReleaseOrigin } from './node/release/read-release.js';
export { findInstalledPackage } from './node/release/installed-package.js';
export { ReleaseIntegrityError, ReleaseNotFetchedError, ReleaseNotVerifiedError, InvalidReleaseError } from './errors.js';

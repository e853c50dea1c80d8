/**
 * The modules every file of the built executable must share rather than carry a copy of: the
 * error classes (the CLI tells bad input from a bug with `instanceof LegalClausesError`, whichever
 * file threw), the files to remove on Ctrl-C (registered by the atomic writer, removed by the
 * signal handler of main.ts) and the loader of the other files, with the files it has loaded
 * (src/cli/cached-require.ts). The build (tsup.config.ts, `cliFiles`) bundles each command into
 * one file and points every import of these modules at this one, dist/cli-core.cjs; so it must
 * export everything they export, which `export *` guarantees as they grow.
 */
export * from '../errors.js';
export * from '../node/cleanup.js';
export * from './cached-require.js';

/** Node-only helpers: reading corpora from files and directories. */
export { readCorpusDirectory, readCorpusFile } from './node/read-corpus.js';
export type { ReadCorpusOptions } from './node/read-corpus.js';
export { MAX_JSON_BYTES, MAX_JSON_DEPTH } from './corpus/limits.js';

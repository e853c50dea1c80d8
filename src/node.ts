/** Node-only helpers: reading corpora from files and directories. */
export { readCorpusDirectory, readCorpusFile } from './node/read-corpus.js';

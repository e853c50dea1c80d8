/**
 * The changelog module of `changeset version` (.changeset/config.json): each changeset becomes
 * a CHANGELOG entry a lawyer can read, its own words followed by what the diff finds in every
 * edition it describes (scripts/release/release-notes.ts). TypeScript is loaded through tsx,
 * a dev dependency, since only maintainers run `changeset version`.
 */
const { join } = require('node:path');
const tsx = require('tsx/cjs/api');

/** @type {import('@changesets/types').ChangelogFunctions} */
module.exports = {
  async getReleaseLine(changeset, _type, options) {
    const { releaseLine } = tsx.require('../scripts/release/release-notes.ts', __filename);
    const { readCorpusDirectory } = tsx.require('../src/node.ts', __filename);
    const corpus = await readCorpusDirectory(join(process.cwd(), (options && options.corpus) || 'clauses'));
    return releaseLine(changeset.summary, corpus);
  },
  async getDependencyReleaseLine() {
    return '';
  },
};

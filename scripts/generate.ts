/**
 * `npm run generate`: validates clauses/ (the corpus, its lock and lint configuration) and writes
 * the modules that ship it (src/corpus/generated/).
 * A test fails when the committed modules differ from what this would write.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../src/node/atomic-write.js';
import { readCorpusDirectory } from '../src/node/read-corpus.js';
import { readOptionalJsonText } from '../src/node/read-json-file.js';
import { renderBundledSources } from './bundled-sources.js';

const corpus = await readCorpusDirectory('clauses');
const trustFiles = { 'lock.json': await readOptionalJsonText('clauses/lock.json'), 'lint.json': await readOptionalJsonText('clauses/lint.json') };
for (const [path, content] of Object.entries(renderBundledSources(corpus, trustFiles))) {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, content);
  console.log(`wrote ${path}`);
}

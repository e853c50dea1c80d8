/**
 * `npm run generate`: validates clauses/ and writes the modules that ship it (src/corpus/generated/).
 * A test fails when the committed modules differ from what this would write.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../src/node/atomic-write.js';
import { readCorpusDirectory } from '../src/node/read-corpus.js';
import { renderBundledSources } from './bundled-sources.js';

const corpus = await readCorpusDirectory('clauses');
for (const [path, content] of Object.entries(renderBundledSources(corpus))) {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, content);
  console.log(`wrote ${path}`);
}

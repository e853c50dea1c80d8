/**
 * `npm run generate`: validates clauses/ and writes the modules that ship it (src/corpus/generated/).
 * A test fails when the committed modules differ from what this would write.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readCorpusDirectory } from '../src/node/read-corpus.js';
import { renderBundledSources } from './bundled-sources.js';

const corpus = await readCorpusDirectory('clauses');
for (const [path, content] of Object.entries(renderBundledSources(corpus))) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  console.log(`wrote ${path}`);
}

/**
 * Saves V8's code cache of the executable's files beside them (src/cli/cached-require.ts says
 * why and when a start uses it): runs each command once on the bundled corpus, each in a process
 * of its own (scripts/cli-code-cache-child.cjs), and writes, for every file a run loaded, what V8
 * had compiled of it by the end, as `dist/<file>.cjs.v8cache`. A file several runs load keeps the
 * largest cache (the most functions compiled; the same whichever run ends first). Run by `npm run build` after tsup, which empties
 * dist/ first, so a cache is never older than the build of its file.
 */
// @ts-check
import { fork, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { corpus } from '../dist/index.js';

// Plain JavaScript over the build it follows, so that `npm run build` starts no TypeScript loader
// for it (tsx costs a second and a half here); the same modules as the sources.
const require = createRequire(import.meta.url);
/** @type {{ CODE_CACHE_SUFFIX: string }} */
const { CODE_CACHE_SUFFIX } = require('../dist/cli-core.cjs');
/** @type {{ writeFileAtomic: (file: string, data: Uint8Array) => Promise<void> }} */
const { writeFileAtomic } = require('../dist/cli-atomic-write.cjs');

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const CHILD = fileURLToPath(new URL('./cli-code-cache-child.cjs', import.meta.url));

/** The newest edition of the bundled document: what the runs show, diff and record. */
/** @returns {string} */
function newestEdition() {
  const editions = corpus.documents[0]?.editions ?? [];
  const newest = editions[editions.length - 1];
  if (newest === undefined) throw new Error('the bundled corpus has no edition');
  return newest.id;
}

/** The runs: every command, as the README shows them, on the bundled corpus. */
/** @returns {string[][]} */
function runs() {
  const edition = newestEdition();
  const record = spawnSync(process.execPath, [`${DIST}/cli.cjs`, 'record', '--lang', 'zh'], { encoding: 'utf8' }).stdout.trim();
  return [
    ['--help'],
    ['list'],
    ['show', corpus.clauses[0]?.id ?? '', '--lang', 'zh'],
    ['render', '--lang', 'zh'],
    ['diff', edition, edition],
    ['export'],
    ['check'],
    ['verify', record],
    ['record', '--lang', 'zh'],
    ['parity'],
    ['lint'],
    ['changeset', '--check'],
  ];
}

/**
 * What V8 compiled of each file one run loaded.
 *
 * @param {readonly string[]} args
 * @returns {Promise<[file: string, cache: Buffer][]>}
 */
function compiledBy(args) {
  return new Promise((resolve, reject) => {
    // Its output is not wanted (notes on standard error included), unless the run goes wrong.
    const child = fork(CHILD, [DIST, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    /** @type {[string, Buffer][] | undefined} */
    let caches;
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text) => (stderr += text));
    child.on('message', (message) => {
      caches = /** @type {[string, string][]} */ (message).map(([file, base64]) => [file, Buffer.from(base64, 'base64')]);
    });
    child.on('error', reject);
    child.on('close', () => (caches === undefined ? reject(new Error(`legal-clauses ${args.join(' ')} sent no code cache:\n${stderr}`)) : resolve(caches)));
  });
}

/** Two runs at a time: the machine the build was measured on has two cores. */
const AT_ONCE = 2;

const pending = runs();
/** @type {Map<string, Buffer>} */
const largest = new Map();
async function worker() {
  for (let args = pending.shift(); args !== undefined; args = pending.shift()) {
    for (const [file, cache] of await compiledBy(args)) {
      if (cache.length > (largest.get(file)?.length ?? -1)) largest.set(file, cache);
    }
  }
}
await Promise.all(Array.from({ length: AT_ONCE }, worker));
for (const [file, cache] of largest) await writeFileAtomic(file + CODE_CACHE_SUFFIX, cache);

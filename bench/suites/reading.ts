/**
 * Reading corpora: what strict reading costs beside plain `JSON.parse` (same process, same
 * input, interleaved); the peak memory of a process that reads, and reads and diffs, a corpus
 * file of 10 MB per language (issue 10: at most 256 MB), each way measured in a fresh child
 * process. The CLI on corpora of 1, 50 and 500 documents is the corpus-size suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadBuiltMainEntry } from '../lib/dist.js';
import { bytes, markdownTable, ms, type BenchSuite } from '../lib/suite.js';
import { generateCorpus } from './diff-corpus.js';

const url = (path: string) => JSON.stringify(pathToFileURL(resolve(path)).href);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The ways a child process reads (and diffs) the corpus file; each prints its peak RSS. */
const READERS: Record<string, (file: string) => string> = {
  'bare `node` (nothing read)': () => '',
  'plain: `readFileSync` + `JSON.parse`, not validated': (file) => `JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  'before: `JSON.parse` of the text, then `parseCorpus` (zod) of the whole': (file) =>
    `const { parseCorpus } = await import(${url('dist/schema.js')}); parseCorpus(JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8')));`,
  'ours: `readCorpusFile` (strict scan, each part parsed and validated alone)': (file) => `const { readCorpusFile } = await import(${url('dist/node.js')}); await readCorpusFile(${JSON.stringify(file)});`,
  'before + `diffEditions`': (file) =>
    `const { parseCorpus } = await import(${url('dist/schema.js')}); const { diffEditions } = await import(${url('dist/diff.js')}); diffEditions(parseCorpus(JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8'))));`,
  'ours + `diffEditions`': (file) =>
    `const { readCorpusFile } = await import(${url('dist/node.js')}); const { diffEditions } = await import(${url('dist/diff.js')}); diffEditions(await readCorpusFile(${JSON.stringify(file)}));`,
};

/**
 * Peak resident memory of a fresh `node` running `code`, in bytes: VmHWM of /proc/self/status,
 * the high-water mark of the process's own memory. (`resourceUsage().maxRSS` would do on a
 * quiet start, but Linux carries it over from the parent through fork, so a child of this large
 * benchmark process would report at least the parent's size.)
 */
function peakRss(dir: string, code: string): number {
  const script = join(dir, 'child.mjs');
  writeFileSync(
    script,
    `${code}
const status = (await import('node:fs')).readFileSync('/proc/self/status', 'utf8');
const hwm = /^VmHWM:\\s+(\\d+) kB$/m.exec(status);
console.log(hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024);
`,
  );
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

export const readingSuite: BenchSuite = {
  name: 'reading',
  title: 'Reading corpora: strict reading, peak memory',
  async run() {
    const main = await loadBuiltMainEntry();
    const node = (await import(pathToFileURL(resolve('dist/node.js')).href)) as typeof import('../../src/node.js');
    const schema = (await import(pathToFileURL(resolve('dist/schema.js')).href)) as typeof import('../../src/schema.js');
    const dir = mkdtempSync(join(tmpdir(), 'legal-clauses-bench-reading-'));
    const loadBefore = loadavg()[0]!.toFixed(2);
    try {
      // Speed: the same file read three ways, interleaved.
      const speedRows: string[][] = [];
      for (const size of [1_000_000, 10_000_000]) {
        const file = join(dir, `corpus-${size}.json`);
        writeFileSync(file, JSON.stringify(generateCorpus(main.corpus, size).corpus));
        const runs = size >= 10_000_000 ? 5 : 11;
        const ways: Record<string, () => Promise<unknown>> = {
          plain: async () => JSON.parse(readFileSync(file, 'utf8')),
          before: async () => schema.parseCorpus(JSON.parse(readFileSync(file, 'utf8'))),
          ours: () => node.readCorpusFile(file),
        };
        const samples: Record<string, number[]> = { plain: [], before: [], ours: [] };
        for (const way of Object.values(ways)) await way();
        for (let run = 0; run < runs; run++) {
          for (const [name, way] of Object.entries(ways)) {
            const start = performance.now();
            await way();
            samples[name]!.push(performance.now() - start);
          }
        }
        const [plain, before, ours] = ['plain', 'before', 'ours'].map((name) => median(samples[name]!));
        speedRows.push([bytes(readFileSync(file).length), String(runs), ms(plain!), ms(before!), ms(ours!), `${(ours! / plain!).toFixed(2)}×`, `${(ours! / before!).toFixed(2)}×`]);
      }

      // Memory: a fresh child per way, three rounds interleaved, median of the three.
      const big = join(dir, 'corpus-10MB.json');
      const generated = generateCorpus(main.corpus, 10_000_000);
      writeFileSync(big, JSON.stringify(generated.corpus));
      const rss: Record<string, number[]> = Object.fromEntries(Object.keys(READERS).map((name) => [name, []]));
      for (let round = 0; round < 3; round++) {
        for (const [name, code] of Object.entries(READERS)) rss[name]!.push(peakRss(dir, code(big)));
      }
      const bare = median(rss['bare `node` (nothing read)']!);
      const memoryRows = Object.keys(READERS).map((name) => {
        const peak = median(rss[name]!);
        return [name, `**${bytes(peak)}**`, name.startsWith('bare') ? '—' : `+${bytes(peak - bare)}`, name.includes('diffEditions') ? (peak <= 256e6 ? 'under 256 MB' : 'over 256 MB') : ''];
      });

      const loadAfter = loadavg()[0]!.toFixed(2);

      return `Load average (1 min) of the machine (2 cores, shared): ${loadBefore} before the runs, ${loadAfter} after.

### Strict reading beside plain \`JSON.parse\`

The generated corpus of the diff benchmark (two editions; the size is the text of one edition per language) as a
corpus JSON file, read in one process, the three ways interleaved; median of the runs. *plain*: \`JSON.parse\` of the
file's text, no checks at all. *before*: what \`readCorpusFile\` did before (the text parsed, then the whole corpus
validated by zod). *ours*: \`readCorpusFile\` now: the bytes scanned once (UTF-8, syntax, depth, duplicate keys, lone
surrogates), then each document and clause decoded, parsed and validated alone.

${markdownTable(['file', 'runs', 'plain', 'before', 'ours', 'ours / plain', 'ours / before'], speedRows)}

### Peak memory reading and diffing 10 MB per language

Peak resident memory (VmHWM of \`/proc/self/status\`) of a fresh \`node\` process reading the corpus file
(${bytes(readFileSync(big).length)}: ${bytes(generated.bytes.zh)} zh + ${bytes(generated.bytes.en)} en per edition, two editions, ${generated.clauses} clauses), and
reading then diffing it with \`diffEditions\`; median of 3 rounds, the ways interleaved. Goal (issue 10): at most 256 MB
for reading and diffing. The reading holds the validated corpus (its text alone is about 34 MB of strings) and never the
file whole; what the diff adds on top is the diff's (docs/benchmarks.md, "Diff"), and the garbage collector's slack varies
from run to run by some 20 MB.

${markdownTable(['process', 'peak RSS', 'over bare node', 'goal'], memoryRows)}`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Diff: a generated corpus of about 100 KB, 1 MB and 10 MB per language (thousands of clauses
 * built from the real text, 1% of the characters edited in small scattered edits), diffed by
 * ours from the built package, interleaved with `git diff --no-index --word-diff` on the same
 * texts, round after round; each size and each way of ours in child processes of its own
 * (holding that size's input for it and nothing else), the children of the sizes taking turns;
 * a diagnosis of growth (diffText on the texts cut into parts, each result dropped); peak memory in child
 * processes; growth on adversarial shapes (repeated lines, one long line); the redline each
 * tool gives for the examples; and the engine choice (our Myers against jsdiff's
 * diffArrays) on the same token sequences.
 *
 * Goals (issue 10): `diffText` and `diffEditions` on 1 MB per language at most half of git
 * word-diff's time; 10× the size at most 11× the time; peak memory of a process that reads and
 * diffs a 10 MB-per-language corpus file at most 256 MB. Issue 13: no input quadratic.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffArrays, diffWords } from 'diff';
import { diffSequences } from '../../src/diff/myers.js';
import { translationText } from '../../src/model/plain-text.js';
import { loadBuiltMainEntry } from '../lib/dist.js';
import { gitWordDiff } from '../lib/git-word-diff.js';
import { bytes, markdownTable, ms, type BenchSuite } from '../lib/suite.js';
import { generateCorpus, type GeneratedCorpus } from './diff-corpus.js';

type DiffEntry = typeof import('../../src/diff.js');

async function loadBuiltDiffEntry(): Promise<DiffEntry> {
  return (await import(pathToFileURL(resolve('dist/diff.js')).href)) as DiffEntry;
}

const SIZES = [100_000, 1_000_000, 10_000_000] as const;
/**
 * Rounds per size and child: each round runs git, then the child's own diff (see TIMED). Each
 * size and way runs in PASSES children, the sizes taking turns (100 KB, 1 MB, 10 MB, 100 KB, …),
 * so that a machine busy for a while slows every size alike.
 */
const ROUNDS: Record<(typeof SIZES)[number], number> = { 100_000: 7, 1_000_000: 5, 10_000_000: 2 };
const PASSES = 5;
/**
 * Characters a language of a part has in the diagnosis of growth (`diffText` on the flat texts
 * cut into parts, each result dropped): small enough that a part's result dies young at every size.
 */
const PART_CHARACTERS = 50_000;
/** Each child first runs git and its diff for at least this long (and at least once), so that what is timed runs compiled. */
const WARM_UP_MS = 1500;

const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Wall and CPU time of one call. */
function timed(fn: () => unknown): { wall: number; cpu: number } {
  const used = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(used);
  return { wall, cpu: (user + system) / 1000 };
}

/** The flat texts of both languages written out for git: old file, new file and where git's output goes, each. */
function gitFiles(dir: string, flat: Record<'zh' | 'en', { before: string; after: string }>, name: string): string[] {
  return (['zh', 'en'] as const).flatMap((lang) => {
    const before = join(dir, `${name}-${lang}-before.txt`);
    const after = join(dir, `${name}-${lang}-after.txt`);
    writeFileSync(before, flat[lang].before);
    writeFileSync(after, flat[lang].after);
    return [before, after, join(dir, `${name}-${lang}.diff`)];
  });
}

/** The script of a child that times one size and one way of ours (its argument `which`: see TIMED): git (through bench/lib/git-runner.ts), then ours, round after round (see ROUNDS). */
function speedChild(dir: string): string {
  const script = join(dir, 'child-speed.mjs');
  writeFileSync(
    script,
    `import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
const [dataFile, rounds, warmUp, which, ...gitFiles] = process.argv.slice(2);
// Started before the texts are read, while this process is small: its only fork.
const runner = fork(${JSON.stringify(resolve('bench/lib/git-runner.ts'))}, gitFiles, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const git = () => new Promise((resolve) => { runner.once('message', resolve); runner.send('run'); });
const lib = await import(${JSON.stringify(pathToFileURL(resolve('dist/diff.js')).href)});
// Only what this child times is kept: the corpus for diffEditions, the flat texts for diffText.
const { corpus, flat } = (({ corpus, flat }) => (which === 'editions' ? { corpus } : { flat }))(JSON.parse(readFileSync(dataFile, 'utf8')));
function timed(fn) {
  const used = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(used);
  return { wall, cpu: (user + system) / 1000 };
}
// The same flat texts cut at paragraph breaks into parts of about ${PART_CHARACTERS} characters a
// language, for the diagnosis of growth: each part's result is dropped as soon as it is made.
function cutIntoParts() {
  const parts = [];
  for (const lang of ['zh', 'en']) {
    const before = flat[lang].before.split('\\n\\n');
    const after = flat[lang].after.split('\\n\\n');
    if (before.length !== after.length) throw new Error('the generated texts have different numbers of paragraphs');
    for (let from = 0, to = 0; from < before.length; from = to) {
      let length = 0;
      while (to < before.length && length < ${PART_CHARACTERS}) length += before[to++].length + 2;
      parts.push([before.slice(from, to).join('\\n\\n'), after.slice(from, to).join('\\n\\n')]);
    }
  }
  return parts;
}
const parts = which === 'flatParts' ? cutIntoParts() : [];
const run = {
  flat: () => { for (const lang of ['zh', 'en']) lib.diffText(flat[lang].before, flat[lang].after); },
  editions: () => lib.diffEditions(corpus),
  flatParts: () => { for (const [before, after] of parts) lib.diffText(before, after); },
}[which];
const start = performance.now();
do { await git(); run(); } while (performance.now() - start < Number(warmUp));
const times = { git: [], [which]: [], [which + 'Cpu']: [], output: 0 };
for (let round = 0; round < Number(rounds); round++) {
  const ran = await git();
  times.git.push(ran.wall);
  times.output = ran.output;
  const { wall, cpu } = timed(run);
  times[which].push(wall);
  times[which + 'Cpu'].push(cpu);
}
runner.disconnect();
console.log(JSON.stringify(times));
`,
  );
  return script;
}

/**
 * The script of a child that times git alone as this suite timed it before: its output read
 * through a pipe into a string by Node (what a Node tool calling git pays), in a process of its
 * own so that the strings are no garbage where ours is timed.
 */
function gitStringChild(dir: string): string {
  const script = join(dir, 'child-git-string.mjs');
  writeFileSync(
    script,
    `import { spawnSync } from 'node:child_process';
const [rounds, ...gitFiles] = process.argv.slice(2);
function git() {
  for (let k = 0; k < gitFiles.length; k += 3) {
    const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--word-diff=plain', gitFiles[k], gitFiles[k + 1]], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 1) throw new Error('git diff failed: ' + result.stderr);
  }
}
git();
const times = [];
for (let round = 0; round < Number(rounds); round++) {
  const start = performance.now();
  git();
  times.push(performance.now() - start);
}
console.log(JSON.stringify(times));
`,
  );
  return script;
}

/** Times each size in its own children, the sizes taking turns; the times of all its children together per size. */
function speedBySize(dir: string, inputs: ReadonlyMap<number, { data: string; git: readonly string[] }>): Map<number, ChildTimes> {
  const script = speedChild(dir);
  const gitScript = gitStringChild(dir);
  const all = new Map<number, ChildTimes>();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const size of SIZES) {
      const input = inputs.get(size)!;
      const sum = all.get(size) ?? ({ ...Object.fromEntries(TIMES.map((key) => [key, []])), output: 0 } as ChildTimes);
      all.set(size, sum);
      for (const which of TIMED) {
        const result = spawnSync(process.execPath, [script, input.data, String(ROUNDS[size]), String(WARM_UP_MS), which, ...input.git], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        });
        if (result.status !== 0) throw new Error(`speed child (${size}, ${which}) failed: ${result.stderr}`);
        const times = JSON.parse(result.stdout) as Partial<ChildTimes> & { git: number[]; output: number };
        for (const key of TIMES) sum[key].push(...(times[key] ?? []));
        sum.output = times.output;
      }
      const strings = spawnSync(process.execPath, [gitScript, String(ROUNDS[size]), ...input.git], { encoding: 'utf8' });
      if (strings.status !== 0) throw new Error(`git child (${size}) failed: ${strings.stderr}`);
      sum.gitString.push(...(JSON.parse(strings.stdout) as number[]));
    }
  }
  return all;
}

interface ChildTimes {
  git: number[];
  /** git with its output read into a string by Node, in a child of its own (the previous method). */
  gitString: number[];
  flat: number[];
  flatCpu: number[];
  editions: number[];
  editionsCpu: number[];
  /** diffText on the flat texts cut into parts, each result dropped (the diagnosis of growth). */
  flatParts: number[];
  flatPartsCpu: number[];
  output: number;
}
const TIMES = ['git', 'gitString', 'flat', 'flatCpu', 'editions', 'editionsCpu', 'flatParts', 'flatPartsCpu'] as const;
/** What the children time, one each: a process that diffs one way, as a user's would. */
const TIMED = ['flat', 'editions', 'flatParts'] as const;

/** Peak resident memory of a child that reads the corpus file with the package's reader and, in `diff` mode, diffs it. */
function childMemory(corpusFile: string, dir: string, mode: 'read' | 'diff'): { maxRss: number; ok: boolean; error: string } {
  const script = join(dir, `child-${mode}.mjs`);
  writeFileSync(
    script,
    `const node = await import(${JSON.stringify(pathToFileURL(resolve('dist/node.js')).href)});
const lib = await import(${JSON.stringify(pathToFileURL(resolve('dist/diff.js')).href)});
const corpus = await node.readCorpusFile(${JSON.stringify(corpusFile)});
let clauses = 0;
if (${JSON.stringify(mode)} === 'diff') clauses = lib.diffEditions(corpus).clauses.length;
// VmHWM: the process's own high-water mark (maxRSS is carried over from this large parent through fork).
const status = (await import('node:fs')).readFileSync('/proc/self/status', 'utf8');
const hwm = /^VmHWM:\\s+(\\d+) kB$/m.exec(status);
console.log(JSON.stringify({ maxRss: hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024, clauses }));
`,
  );
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) return { maxRss: Number.NaN, ok: false, error: result.stderr.split('\n').find((line) => /heap|memory|Error/i.test(line)) ?? 'failed' };
  return { maxRss: (JSON.parse(result.stdout) as { maxRss: number }).maxRss, ok: true, error: '' };
}

/** Characters a redline marks (removed plus added). */
function marked(parts: readonly { added?: boolean; removed?: boolean; type?: string; value: string }[]): number {
  return parts.filter((part) => part.added || part.removed || part.type === 'added' || part.type === 'removed').reduce((sum, part) => sum + [...part.value].length, 0);
}

function gitMarked(dir: string, before: string, after: string): number {
  writeFileSync(join(dir, 'a.txt'), `${before}\n`);
  writeFileSync(join(dir, 'b.txt'), `${after}\n`);
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--word-diff=porcelain', join(dir, 'a.txt'), join(dir, 'b.txt')], { encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line))
    .reduce((sum, line) => sum + [...line.slice(1)].length, 0);
}

export const diffSuite: BenchSuite = {
  name: 'diff',
  title: 'Diff',
  async run() {
    const lib = await loadBuiltDiffEntry();
    const main = await loadBuiltMainEntry();
    const dir = mkdtempSync(join(tmpdir(), 'legal-clauses-bench-diff-'));
    try {
      const described = new Map<number, { text: string; words: string }>();
      const inputs = new Map<number, { data: string; git: string[] }>();
      const memory: string[][] = [];
      let engineTable = '';
      let wordsAtOneMb = '';
      for (const size of SIZES) {
        const generated = generateCorpus(main.corpus, size);
        const data = join(dir, `data-${size}.json`);
        // Through JSON, as the corpus (generateCorpus says why); the flat texts with it.
        writeFileSync(data, JSON.stringify({ corpus: generated.corpus, flat: generated.flat }));
        inputs.set(size, { data, git: gitFiles(dir, generated.flat, `corpus-${size}`) });
        let words = `not run (${wordsAtOneMb} at 1 MB)`;
        if (size <= 1_000_000) {
          const start = performance.now();
          let gaveUp = false;
          for (const lang of ['zh', 'en'] as const) {
            if (diffWords(generated.flat[lang].before, generated.flat[lang].after, { timeout: 60_000 }) === undefined) gaveUp = true;
          }
          words = gaveUp ? '> 60 s (gave up)' : ms(performance.now() - start);
          wordsAtOneMb = words;
        }
        described.set(size, { text: `${bytes(generated.bytes.zh)} zh + ${bytes(generated.bytes.en)} en, ${generated.clauses} clauses`, words });

        const corpusFile = join(dir, `corpus-${size}.json`);
        writeFileSync(corpusFile, JSON.stringify(generated.corpus));
        const read = childMemory(corpusFile, dir, 'read');
        const diffed = childMemory(corpusFile, dir, 'diff');
        memory.push([
          bytes(generated.bytes.zh + generated.bytes.en),
          read.ok ? bytes(read.maxRss) : `failed: ${read.error}`,
          diffed.ok ? `**${bytes(diffed.maxRss)}**` : `failed: ${diffed.error}`,
          diffed.ok && read.ok ? `**${bytes(Math.max(0, diffed.maxRss - read.maxRss))}**` : '—',
        ]);
        if (size === 1_000_000) engineTable = engineChoice(generated, lib.tokenize);
      }

      const loadBefore = loadavg()[0]!;
      const timesBySize = speedBySize(dir, inputs);
      const loadAfter = loadavg()[0]!;
      const results = new Map<number, Record<(typeof TIMES)[number], number>>();
      const speed: string[][] = [];
      for (const size of SIZES) {
        const times = timesBySize.get(size)!;
        const result = Object.fromEntries(TIMES.map((key) => [key, median(times[key])])) as Record<(typeof TIMES)[number], number>;
        results.set(size, result);
        speed.push([
          described.get(size)!.text,
          `${ms(result.git)} (${bytes(times.output)} of output; read by Node: ${ms(result.gitString)})`,
          `**${ms(result.flat)}** (CPU ${ms(result.flatCpu)}) = **${(result.flat / result.git).toFixed(2)}×** git`,
          `**${ms(result.editions)}** (CPU ${ms(result.editionsCpu)}) = **${(result.editions / result.git).toFixed(2)}×** git`,
          described.get(size)!.words,
        ]);
      }
      const one = results.get(1_000_000)!;
      const ten = results.get(10_000_000)!;
      const growth = (key: (typeof TIMES)[number]) => (ten[key] / one[key]).toFixed(1);

      const shapes = adversarialShapes(dir, lib.diffText);
      const intl = intlSegmenterCost(main.corpus);
      const gitStart = median([0, 1, 2, 3, 4].map(() => timed(() => spawnSync('git', ['--version'])).wall));
      const quality = qualityTable(dir, main.corpus, lib.diffText);

      return `The generated corpus: clauses built from the published paragraphs of 2003-04-15 (sentences
rotated, clauses numbered), two editions, the second with 1% of the characters edited in small
edits scattered over all clauses (a character or word replaced, 1–6 characters deleted, a word
inserted, a space added or removed, a half-width comma made full-width), so that about three
clauses in four change. The corpus goes through JSON first, as a corpus read from a file does.
\`diffEditions\` is ours from the built package (\`dist/diff.js\`): clauses aligned by id, then
paragraphs, sentences and tokens of the texts that differ, each change classified, departures
counted. \`diffText (flat)\` is ours on the same flat texts git gets (each language's clauses
joined by blank lines), without the clause structure. git and ours are given both languages;
times are for both.

Method: each size, and each way of ours (\`diffText\`, \`diffEditions\`, the diagnosis below), is
timed in child processes of its own, holding that size's input for it and nothing else (a
process of the size a user would diff, diffing one way: what another call left for the
collector is no cost of this one; until 2026-11-29 one child ran all three, and each call at
10 MB paid for the others' 30 MB of garbage), ${PASSES} children per size and way, the sizes taking turns
(100 KB, 1 MB, 10 MB, 100 KB, …) so that a machine busy for a while slows every size alike. A
child reads its input (through JSON), runs git and its diff for at least
${(WARM_UP_MS / 1000).toFixed(1)} s (at least once) so that what is timed runs compiled, then
${ROUNDS[100_000]} rounds at 100 KB, ${ROUNDS[1_000_000]} at 1 MB and ${ROUNDS[10_000_000]} at 10 MB, each running git, then ours (interleaved, so
that a busy machine slows both alike): ${PASSES * ROUNDS[100_000]}, ${PASSES * ROUNDS[1_000_000]} and ${PASSES * ROUNDS[10_000_000]}
rounds per size and way in all (git three times as many). git writes its output to a file (its size is counted) and is started
and timed by a small process the child started before reading the texts (a child that forked
git itself paid about 15 % more on its next diff: fork() made its large heap copy-on-write, a
page fault per page it wrote next; git so started is also started as from a shell, not from a
process holding a large heap). "read by Node"
is git timed as this suite did before: its output read through a pipe into a string, in
children of their own (the same rounds) so that those strings are no garbage where ours is
timed. Medians of wall time, with the median CPU time of our process (all its threads: the
collector's helpers included) beside. Load average of the machine (2 cores, shared with other work): **${loadBefore.toFixed(2)}**
before the timed runs, **${loadAfter.toFixed(2)}** after.

${markdownTable(['size (UTF-8)', 'git diff --no-index --word-diff', 'ours: diffText (flat)', 'ours: diffEditions', 'jsdiff diffWords (flat)'], speed)}

- 1 MB per language: \`diffText\` **${(one.flat / one.git).toFixed(2)}×** git's time, \`diffEditions\` **${(one.editions / one.git).toFixed(2)}×** (goal ≤ 0.5×: ${one.flat / one.git <= 0.5 && one.editions / one.git <= 0.5 ? 'met' : 'missed'}); against git read by Node as this suite timed it before 2026-11-28: ${(one.flat / one.gitString).toFixed(2)}× and ${(one.editions / one.gitString).toFixed(2)}×.
- 10× the size: \`diffText\` **${growth('flat')}×** the time, \`diffEditions\` **${growth('editions')}×** (goal ≤ 11×: ${Number(growth('flat')) <= 11 && Number(growth('editions')) <= 11 ? 'met' : 'missed'}); git ${growth('git')}×. In CPU time: \`diffText\` ${growth('flatCpu')}×, \`diffEditions\` ${growth('editionsCpu')}×.
- Diagnosis of that growth, in the same rounds: \`diffText\` on the same flat texts cut at paragraph breaks into parts of about ${PART_CHARACTERS.toLocaleString('en')} characters a language, each part's result dropped as soon as it is made (a caller that never holds a large result): ${ms(one.flatParts)} at 1 MB, ${ms(ten.flatParts)} at 10 MB, **${growth('flatParts')}×** for 10× the size (CPU ${growth('flatPartsCpu')}×). The comparison itself grows about linearly; what the whole-text calls pay beyond it is holding a result larger than V8's young generation (docs/diff.md, "Speed and memory").

git's times are wall times of two processes (one per language), each including git's start-up
(${ms(gitStart)} for \`git --version\` here); git compares the flat texts line by line, then words
in the lines that differ; it knows nothing of clauses and marks whole runs of Chinese (see the
table of the issue's examples below).

Peak memory (VmHWM of \`/proc/self/status\`) of a fresh child process that reads the corpus file with the package's reader
(\`readCorpusFile\`, \`dist/node.js\`), then diffs it; "read only" is the same child without the
diff. Reading a corpus file is measured and owned separately (docs/benchmarks.md, corpus
reading); what the diff itself adds is the last column: the report (every text of both
editions, unchanged ones as one \`equal\` segment sharing the corpus's string) and the garbage the
comparison leaves for the collector.

${markdownTable(['text (both languages)', 'read only', 'read + diffEditions', 'added by the diff'], memory)}

Adversarial shapes (issue 13): \`diffText\` on texts built to defeat a diff, beside git on the same
texts, median of 3 after a warm-up. Each grows linearly (about 10× the time for 10× the text):

${shapes}

jsdiff \`diffWords\` with \`intlSegmenter\` (Chinese word segmentation) on the start of the flat
Chinese text: ${intl}. It grows faster than the text, which is why ours compares Chinese
character by character and never runs a segmenter over a whole text.

What each tool marks for the issue's examples (characters highlighted, removed plus added;
git word-diff and jsdiff diffWords on the one paragraph, ours on the same paragraph), and the
class ours gives the change:

${quality}

Engine: our Myers (\`diffSequences\`, tokens compared with \`===\`) against jsdiff's \`diffArrays\`
on the same token sequences (every changed paragraph of the 1 MB corpus, whole paragraphs
tokenized). A property test checks that ours never finds a longer edit script than jsdiff's;
jsdiff stays the oracle, not the engine:

${engineTable}`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Texts built to defeat a diff: thousands of identical lines with lines inserted and removed
 * here and there (the cleanup's placement search was quadratic on them), and one long line
 * without a sentence stop with scattered word edits (no unit to pair: the token diff alone).
 */
function adversarialShapes(dir: string, diffText: DiffEntry['diffText']): string {
  const rows: string[][] = [];
  for (const [name, make] of [
    ['repeated lines (every 997th removed, a line inserted every 1009)', repeatedLines],
    ['one long line (a word changed every 2,000 characters)', longLine],
  ] as const) {
    const sizes: number[] = [];
    for (const size of [100_000, 1_000_000, 10_000_000]) {
      const { before, after } = make(size);
      const files = [join(dir, 'shape-a.txt'), join(dir, 'shape-b.txt'), join(dir, 'shape.diff')];
      writeFileSync(files[0]!, before);
      writeFileSync(files[1]!, after);
      diffText(before, after);
      const runs = [0, 1, 2].map(() => ({ ours: timed(() => diffText(before, after)).wall, git: timed(() => gitWordDiff(files)).wall }));
      const ours = median(runs.map((run) => run.ours));
      const git = median(runs.map((run) => run.git));
      sizes.push(ours);
      rows.push([name, bytes(Buffer.byteLength(before)), ms(ours), ms(git), sizes.length > 1 ? `${(ours / sizes.at(-2)!).toFixed(1)}×` : '—']);
    }
  }
  return markdownTable(['shape', 'size', 'ours: diffText', 'git --word-diff', 'ours, growth for 10× the text'], rows);
}

function repeatedLines(size: number): { before: string; after: string } {
  const line = 'The same line of the licence, repeated.\n';
  const count = Math.ceil(size / line.length);
  const before = line.repeat(count);
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    if (index % 1009 === 0) lines.push('An inserted line.\n');
    if (index % 997 !== 0) lines.push(line);
  }
  return { before, after: lines.join('') };
}

function longLine(size: number): { before: string; after: string } {
  const words = ['licence', 'contribution', 'grant', 'patent', 'copyright', 'notice', 'source', 'work'];
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const word = words[(index * 7 + (index >> 3)) % words.length]!;
    parts.push(word);
    length += word.length + 1;
  }
  const before = parts.join(' ');
  const after = parts.map((word, index) => (index % 250 === 125 ? word.toUpperCase() + 'S' : word)).join(' ');
  return { before, after };
}

function engineChoice(generated: GeneratedCorpus, tokenize: (text: string) => string[]): string {
  const pairs: [string[], string[]][] = [];
  for (const clause of generated.corpus.clauses) {
    for (const lang of ['zh', 'en'] as const) {
      const before = clause.editions['2001-01-01']![lang];
      const after = clause.editions['2002-01-01']![lang];
      if (before?.status !== 'published' || after?.status !== 'published') continue;
      const a = translationText(before);
      const b = translationText(after);
      if (a !== b) pairs.push([tokenize(a), tokenize(b)]);
    }
  }
  const run = (fn: () => void) => median([0, 1, 2, 3, 4, 5, 6, 7, 8].map(() => timed(fn).wall));
  const ours = run(() => {
    for (const [a, b] of pairs) diffSequences(a, b, 2000);
  });
  const jsdiff = run(() => {
    for (const [a, b] of pairs) diffArrays(a, b);
  });
  return markdownTable(
    ['engine', `median for ${pairs.length} paragraph pairs`, 'relative'],
    [
      ['jsdiff diffArrays', ms(jsdiff), '1.00×'],
      ['ours diffSequences', ms(ours), `${(ours / jsdiff).toFixed(2)}×`],
    ],
  );
}

function intlSegmenterCost(corpus: GeneratedCorpus['corpus']): string {
  const generated = generateCorpus(corpus, 60_000, 7);
  const results: string[] = [];
  for (const chars of [5_000, 10_000, 20_000]) {
    const before = generated.flat.zh.before.slice(0, chars);
    const after = generated.flat.zh.after.slice(0, chars);
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const start = performance.now();
    const result = diffWords(before, after, { intlSegmenter: segmenter, timeout: 60_000 });
    results.push(`${chars.toLocaleString('en')} characters ${result === undefined ? '> 60 s' : ms(performance.now() - start)}`);
  }
  return results.join(', ');
}

function qualityTable(dir: string, corpus: GeneratedCorpus['corpus'], diffText: DiffEntry['diffText']): string {
  const text = (id: string, lang: 'zh' | 'en') => {
    const translation = corpus.clauses.find((clause) => clause.id === id)!.editions['2003-04-15']![lang];
    if (translation?.status !== 'published') throw new Error(`${id} ${lang} missing`);
    return translationText(translation);
  };
  const cases: [string, string, string][] = [
    ['stray space removed: 互联 网 → 互联网', text('acceptance', 'zh'), text('acceptance', 'zh').replace('互联 网', '互联网')],
    ['不得 → 不应', text('downloads', 'zh'), text('downloads', 'zh').replace('不得用于', '不应用于')],
    ['阿里巴巴 → 1688', text('trademarks', 'zh'), text('trademarks', 'zh').replace('未获得阿里巴巴', '未获得1688')],
    ['warrantees → warranties', text('disclaimers', 'en'), text('disclaimers', 'en').replace('warrantees', 'warranties')],
    ['modify,disseminate → modify, disseminate', text('downloads', 'en'), text('downloads', 'en').replace('modify,disseminate', 'modify, disseminate')],
    ['no-break space removed', text('information-liability', 'en'), text('information-liability', 'en').replace('laws.\u00a0 ', 'laws. ')],
    ["user’s → user's", text('assumption-of-risk', 'en'), text('assumption-of-risk', 'en').replace('user’s', "user's")],
    ['the whole clause in capitals', text('assumption-of-risk', 'en'), text('assumption-of-risk', 'en').toUpperCase()],
  ];
  const rows = cases.map(([name, before, after]) => {
    const segments = diffText(before, after);
    const classes = [...new Set(segments.flatMap((segment) => (segment.type === 'equal' ? [] : [segment.class === 'typographic' ? `typographic (${(segment.kinds ?? []).join(', ')})` : 'substantive'])))];
    return [name, marked(segments), classes.join('; '), gitMarked(dir, before, after), marked(diffWords(before, after))];
  });
  return `${markdownTable(['edit', 'ours', 'ours: class', 'git --word-diff', 'jsdiff diffWords'], rows)}

0 means the change is not shown at all. A typographic change is still marked (and counted here);
\`--ignore\` hides it in the review formats.`;
}

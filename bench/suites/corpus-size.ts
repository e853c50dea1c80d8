/**
 * Cost proportional to what is asked (issue 14 item 7): the CLI on corpora of 1, 50 and 500
 * documents, as a directory like clauses/ and as one corpus file, each command a fresh process,
 * every command on every size interleaved round by round with a bare `node -e ""`. `list`,
 * `render` and `diff` name one document; `check` verifies every one, so it grows with the corpus
 * by design: its cost per document is reported beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus } from '../../src/index.js';
import { bytes, markdownTable, ms, type BenchSuite } from '../lib/suite.js';

const CLI = resolve('dist/cli.cjs');
const ROUNDS = 9;
const COUNTS = [1, 50, 500] as const;
/** FIXTURE, not published text: the published 2003-04-15 edition and a fictional 2024-01-01 one (its README says which edits). */
const SOURCE = 'test/fixtures/corpora/two-editions';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * FIXTURE for the benchmark, not published text: `count` copies of the two-edition fixture
 * document as documents d001, d002, …, their clauses renamed d001-<id>, … .
 */
function manyDocuments(source: Corpus, count: number): Corpus {
  const documents = [];
  const clauses = [];
  for (let n = 1; n <= count; n++) {
    const id = `d${String(n).padStart(3, '0')}`;
    for (const document of source.documents) {
      documents.push({
        ...document,
        id,
        editions: document.editions.map((edition) => ({ ...edition, sections: edition.sections.map((section) => ({ ...section, clauses: section.clauses.map((clause) => `${id}-${clause}`) })) })),
      });
    }
    for (const clause of source.clauses) clauses.push({ ...clause, id: `${id}-${clause.id}`, document: id });
  }
  return { format: source.format, documents, clauses } as Corpus;
}

function writeDirectory(root: string, corpus: Corpus): void {
  for (const { editions, ...meta } of corpus.documents) {
    const folder = join(root, meta.id);
    mkdirSync(join(folder, 'editions'), { recursive: true });
    mkdirSync(join(folder, 'clauses'), { recursive: true });
    writeFileSync(join(folder, 'document.json'), JSON.stringify(meta, null, 2));
    for (const edition of editions) writeFileSync(join(folder, 'editions', `${edition.id}.json`), JSON.stringify(edition, null, 2));
  }
  for (const { document, ...clause } of corpus.clauses) writeFileSync(join(root, document, 'clauses', `${clause.id}.json`), JSON.stringify(clause, null, 2));
}

function run(args: readonly string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`legal-clauses ${args.join(' ')}: ${result.stderr}`);
}

export const corpusSizeSuite: BenchSuite = {
  name: 'corpus-size',
  title: 'The CLI on corpora of 1, 50 and 500 documents',
  async run() {
    const node = (await import(pathToFileURL(resolve('dist/node.js')).href)) as typeof import('../../src/node.js');
    const source = await node.readCorpusDirectory(SOURCE);
    const dir = mkdtempSync(join(tmpdir(), 'legal-clauses-bench-size-'));
    try {
      const variants: Record<string, string[]> = { bare: ['-e', ''] };
      const fileSizes = new Map<number, number>();
      for (const count of COUNTS) {
        const root = join(dir, `docs-${count}`);
        writeDirectory(root, manyDocuments(source, count));
        run(['check', '--update', '--corpus', root]);
        const file = join(dir, `docs-${count}.json`);
        run(['export', '--corpus', root, '--output', file]);
        fileSizes.set(count, readFileSync(file).length);
        for (const [kind, path] of [['dir', root], ['file', file]] as const) {
          variants[`${count} list ${kind}`] = [CLI, 'list', '--corpus', path, '--document', 'd001'];
          variants[`${count} render ${kind}`] = [CLI, 'render', '--corpus', path, '--document', 'd001'];
          variants[`${count} diff ${kind}`] = [CLI, 'diff', '--corpus', path, '--document', 'd001'];
          variants[`${count} check ${kind}`] = [CLI, 'check', '--corpus', path];
        }
      }
      const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
      const loadBefore = loadavg()[0]!.toFixed(2);
      for (const args of Object.values(variants)) spawnSync(process.execPath, args, { stdio: 'ignore' }); // warm the file cache
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, args] of Object.entries(variants)) {
          const start = performance.now();
          const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64e6 });
          samples[name]!.push(performance.now() - start);
          if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
        }
      }
      const loadAfter = loadavg()[0]!.toFixed(2);
      const time = (name: string) => median(samples[name]!);
      const bare = time('bare');
      const columns = ['list dir', 'list file', 'render dir', 'render file', 'diff dir', 'diff file', 'check dir', 'check file'];
      const rows = COUNTS.map((count) => [`${count} (${bytes(fileSizes.get(count)!)} file)`, ...columns.map((column) => ms(time(`${count} ${column}`)))]);
      const relative = COUNTS.map((count) => [String(count), ...columns.map((column) => `${(time(`${count} ${column}`) / time(`1 ${column}`)).toFixed(2)}×`)]);
      // What check costs per document beyond the first: (time at N − time at 1) / (N − 1).
      const perDocument = (kind: string) =>
        COUNTS.filter((count) => count > 1)
          .map((count) => `${count}: ${ms((time(`${count} check ${kind}`) - time(`1 check ${kind}`)) / (count - 1))}`)
          .join(', ');

      return `Load average (1 min) of the machine (2 cores, shared): ${loadBefore} before the runs, ${loadAfter} after.
Bare \`node -e ""\` in the same rounds: ${ms(bare)} (median).

Each document is a copy of the two-edition FIXTURE document (${SOURCE}: the published 2003-04-15 edition and a
fictional 2024-01-01 one, 10 clauses); median wall time of ${ROUNDS} fresh processes per command, every command on every
size interleaved round by round. \`list\`, \`render\` and \`diff\` name one document (\`--document d001\`); \`check\` verifies
every document (against lock.json for the directory, against the embedded hashes for the file).

${markdownTable(['documents', ...columns.map((column) => column.replace(/ (dir|file)$/, ' ($1)'))], rows)}

Relative to one document (the same column, first row): a directory reads only the folder of the document asked for;
a file is scanned whole (strictly, in one streamed pass), and only the document asked for is parsed and validated.

${markdownTable(['documents', ...columns.map((column) => column.replace(/ (dir|file)$/, ' ($1)'))], relative)}

\`check\` verifies every document, so its time grows with the corpus; per document beyond the first: directory ${perDocument('dir')};
file ${perDocument('file')}.`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

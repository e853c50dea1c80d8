/**
 * Hostile shapes at 100 KB, 1 MB and 10 MB (issue 13): the texts that made the lint take minutes,
 * and JSON shapes for the strict reader. Each is timed beside a plain linear pass over the same
 * input in the same run (`JSON.stringify` of the text; `JSON.parse` of the JSON), interleaved,
 * so that the ratio and its growth with size show whether the cost is linear.
 */
import { loadavg } from 'node:os';
import { markdownTable, ms, bytes, type BenchSuite } from '../lib/suite.js';
import { lintText } from '../../src/checks/lint/lint.js';
import type { TextLocation } from '../../src/checks/lint/types.js';
import { parseJsonBytes } from '../../src/corpus/parse-json.js';

const SIZES = [100_000, 1_000_000, 10_000_000];
const location: TextLocation = { document: 'bench', edition: '2020-01-01', language: 'zh', field: 'clause', clause: 'c', path: 'editions["2020-01-01"].zh.blocks[0].text' };

/** Texts that were quadratic in the lint (the first three are the issue's), and a plain one. */
const TEXTS: Record<string, (size: number) => string> = {
  'a no-break space every 50 characters': (size) => `${'x'.repeat(49)}\u00a0`.repeat(size / 50),
  'brackets: half `(`, then half `]`': (size) => `${'('.repeat(size / 2)}${']'.repeat(size / 2)}`,
  '`中` and half-width commas': (size) => `中${','.repeat(size - 1)}`,
  'a run of spaces inside, one at the end': (size) => `a${' '.repeat(size - 3)}b `,
  'plain English words (few findings)': (size) => 'the user shall not '.repeat(size / 19 + 1).slice(0, size),
};

/** JSON that stresses the strict reader. */
const JSONS: Record<string, (size: number) => string> = {
  'one string of `\\u00e9` escapes': (size) => `{"text": "${'\\u00e9'.repeat(size / 6)}"}`,
  'an object with many keys': (size) => `{${Array.from({ length: size / 16 }, (_, i) => `"k${String(i).padStart(9, '0')}": 1`).join(',')}}`,
  'many small objects (a corpus-like shape)': (size) => `[${Array.from({ length: size / 40 }, (_, i) => `{"type":"paragraph","text":"p${i} 文本"}`).join(',')}]`,
  '`[` nested: refused at depth 65': (size) => '['.repeat(size),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times `ours` and `plain` alternately, `runs` times each; medians in ms. */
function interleaved(runs: number, ours: () => unknown, plain: () => unknown): { ours: number; plain: number } {
  const a: number[] = [];
  const b: number[] = [];
  ours();
  plain();
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    ours();
    a.push(performance.now() - start);
    start = performance.now();
    plain();
    b.push(performance.now() - start);
  }
  return { ours: median(a), plain: median(b) };
}

const runsFor = (size: number) => (size >= 10_000_000 ? 3 : size >= 1_000_000 ? 5 : 15);

export const adversarialSuite: BenchSuite = {
  name: 'adversarial',
  title: 'Hostile shapes: lint and strict JSON reading at 100 KB, 1 MB, 10 MB',
  async run() {
    const loadBefore = loadavg()[0]!.toFixed(2);
    const lintRows: string[][] = [];
    for (const [shape, make] of Object.entries(TEXTS)) {
      let previous: number | undefined;
      for (const size of SIZES) {
        const text = make(size);
        let findings = 0;
        const time = interleaved(runsFor(size), () => (findings = lintText(text, location).length), () => JSON.stringify(text));
        lintRows.push([
          shape,
          bytes(Buffer.byteLength(text)),
          String(findings),
          ms(time.ours),
          ms(time.plain),
          `${(time.ours / time.plain).toFixed(1)}×`,
          previous === undefined ? '—' : `${(time.ours / previous).toFixed(1)}×`,
        ]);
        previous = time.ours;
      }
    }

    const jsonRows: string[][] = [];
    for (const [shape, make] of Object.entries(JSONS)) {
      let previous: number | undefined;
      for (const size of SIZES) {
        const data = Buffer.from(make(size));
        let outcome = 'parsed';
        const strict = () => {
          try {
            parseJsonBytes(data, 'bench.json');
          } catch (error) {
            outcome = `refused (${(error as { code?: string }).code})`;
          }
        };
        const plain = () => {
          try {
            JSON.parse(data.toString('utf8'));
          } catch {
            // Deep nesting: V8 parses it (or throws RangeError); what counts is the time.
          }
        };
        const time = interleaved(runsFor(size), strict, plain);
        jsonRows.push([
          shape,
          bytes(data.length),
          outcome,
          ms(time.ours),
          ms(time.plain),
          `${(time.ours / time.plain).toFixed(2)}×`,
          previous === undefined ? '—' : `${(time.ours / previous).toFixed(1)}×`,
        ]);
        previous = time.ours;
      }
    }

    const loadAfter = loadavg()[0]!.toFixed(2);
    return `Load average (1 min) of the machine (2 cores, shared): ${loadBefore} before the runs, ${loadAfter} after.

Median of ${runsFor(SIZES[0]!)} runs at 100 KB, ${runsFor(SIZES[1]!)} at 1 MB, ${runsFor(SIZES[2]!)} at 10 MB, each run of ours followed by the
plain pass over the same input. "× size before" is the time divided by the time at a tenth of the size: about 10× is linear.

\`lintText\` (every rule on one text; at most 100 findings per rule and text are listed, then one counting the rest), beside
\`JSON.stringify\` of the same text (one pass that reads and writes every character). Before (issue 13): a 1 MB paragraph
with a no-break space every 50 characters took 14 min, 80 KB of brackets 2 min 43 s, \`中\` and 40,000 commas 75 s.

${markdownTable(['text', 'size', 'findings', 'lintText', 'JSON.stringify', 'ratio', '× size before'], lintRows)}

Strict reading (\`parseJsonBytes\`: one scan for UTF-8, syntax, depth, duplicate keys and lone surrogates, then decoding and
\`JSON.parse\`) beside plain \`JSON.parse(buffer.toString('utf8'))\`. One object with hundreds of thousands of keys
grows faster than its size under plain \`JSON.parse\` too (V8's dictionary objects); the strict reading stays the same
multiple of it. Refusing deep nesting stops at level 65, where \`JSON.parse\` reads on.

${markdownTable(['JSON', 'size', 'strict', 'strict reading', 'plain JSON.parse', 'ratio', '× size before'], jsonRows)}`;
  },
};

/**
 * Cold start: what importing the main entry adds to a bare `node` start, each measured as a
 * fresh process, interleaved so that both see the same machine state.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { markdownTable, ms } from '../lib/suite.js';
import type { BenchSuite } from '../lib/suite.js';

const RUNS = 40;

function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const startupSuite: BenchSuite = {
  name: 'startup',
  title: 'Cold import of the main entry',
  async run() {
    const entry = pathToFileURL(resolve('dist/index.js')).href;
    const cjs = resolve('dist/index.cjs');
    const empty = join(mkdtempSync(join(tmpdir(), 'startup-')), 'empty.mjs');
    writeFileSync(empty, 'export {};\n');
    const zod = pathToFileURL(resolve('node_modules/zod/index.js')).href;
    const variants = {
      'bare `node -e ""`': ['-e', ''],
      'bare ESM `node --input-type=module -e ""`': ['--input-type=module', '-e', ''],
      '`import()` of an empty ES module (the ESM loader alone)': ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(empty).href)})`],
      "`import('legal-clauses')` (ESM)": ['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`],
      "`require('legal-clauses')` (CJS)": ['-e', `require(${JSON.stringify(cjs)})`],
      "`import('zod')`, for scale (the main entry does not load it)": ['--input-type=module', '-e', `await import(${JSON.stringify(zod)})`],
      "ESM import + `getClauseText('trademarks', { lang: 'zh-CN' })`": ['--input-type=module', '-e', `const m = await import(${JSON.stringify(entry)}); m.getClauseText('trademarks', { lang: 'zh-CN' })`],
    };
    const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, [] as number[]]));
    for (const args of Object.values(variants)) timeProcess(args); // warm the file cache
    for (let run = 0; run < RUNS; run++) {
      for (const [name, args] of Object.entries(variants)) samples[name]!.push(timeProcess(args));
    }
    const bareCjs = median(samples['bare `node -e ""`']!);
    const bareEsm = median(samples['bare ESM `node --input-type=module -e ""`']!);
    const emptyImport = median(samples['`import()` of an empty ES module (the ESM loader alone)']!);
    const added = (value: number, bare: number) => `+${ms(value - bare)} (+${(((value - bare) / bare) * 100).toFixed(1)} %)`;
    const rows = Object.keys(variants).map((name) => {
      const value = median(samples[name]!);
      if (name.startsWith('bare')) return [name, ms(value), '—', '—', '—'];
      const esm = !name.includes('CJS');
      return [name, ms(value), added(value, bareCjs), added(value, esm ? bareEsm : bareCjs), esm ? added(value, emptyImport) : '—'];
    });
    return `Median wall time of ${RUNS} fresh processes each, interleaved. Goal: the import adds at most 10 % to a bare start.
The later columns compare with a bare start in the same module system, and with importing an empty ES module: an ESM app pays for Node's ESM loader whether it imports us or not.

${markdownTable(['process', 'median', 'added to bare `node -e ""`', 'added to a bare start, same module system', 'added to importing an empty module'], rows)}`;
  },
};

/**
 * Bundle sizes an app pays, measured with esbuild (minified, browser, gzip -9), beside the raw
 * gzipped text of the corpus: the floor no library can go under.
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { bytes, markdownTable } from '../lib/suite.js';
import type { BenchSuite } from '../lib/suite.js';
import { loadBuiltMainEntry } from '../lib/dist.js';

async function bundledSize(code: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    alias: {
      'legal-clauses': resolve('dist/index.js'),
      'legal-clauses/clauses': resolve('dist/clauses.js'),
      'legal-clauses/checks': resolve('dist/checks.js'),
      'legal-clauses/diff': resolve('dist/diff.js'),
    },
  });
  const text = result.outputFiles[0]!.contents;
  return { minified: text.length, gzipped: gzipSync(text, { level: 9 }).length };
}

export const bundleSuite: BenchSuite = {
  name: 'bundle',
  title: 'Bundle sizes',
  async run() {
    const lib = await loadBuiltMainEntry();
    const allText = lib.corpus.clauses
      .flatMap((clause) => Object.values(clause.editions).flatMap((edition) => [edition.zh, edition.en]))
      .flatMap((translation) => (translation?.status === 'published' ? [lib.blocksToText(translation.blocks)] : []))
      .join('\n\n');
    const rawGzipped = gzipSync(Buffer.from(allText), { level: 9 }).length;
    const apps = {
      'lookup + text rendering + whole corpus (budget ≤ 12.75 KiB gz since issue 14; 12.5 KiB for the boundary checks; 10 KiB for model v2; was 8 KiB)': `import { corpus, getClauseText, listClauses, buildTree, toText } from 'legal-clauses';
console.log(listClauses().map((c) => getClauseText(c.id, { lang: navigator.language, fallback: 'en' })), toText(buildTree({ lang: ['zh'] })), corpus);`,
      'one clause by name (goal ≤ 2 KB gz)': `import { imageUse } from 'legal-clauses/clauses';\nconsole.log(imageUse);`,
      'HTML rendering of the whole corpus': `import { buildTree, toHtmlPage } from 'legal-clauses';\nconsole.log(toHtmlPage(buildTree({ lang: ['zh', 'en'] })));`,
      'an acceptance record verified with the bundled corpus (budget ≤ 14 KiB gz)': `import { corpus } from 'legal-clauses';\nimport { verifyAcceptanceRecord } from 'legal-clauses/checks';\nconsole.log(verifyAcceptanceRecord(corpus, location.hash.slice(1)));`,
      'every export of legal-clauses (budget ≤ 20 KiB gz)': `import * as entry from 'legal-clauses';\nconsole.log(entry);`,
      'every export of legal-clauses/clauses (budget ≤ 4 KiB gz)': `import * as entry from 'legal-clauses/clauses';\nconsole.log(entry);`,
      'every export of legal-clauses/checks (budget ≤ 43 KiB gz since a diff holds its units as places and shares a report\'s common parts; 42 KiB since the report objects of the diff are made without allocation sites; 41 KiB since the diff compares clauses one at a time; 40 KiB since the changeset draft redlines with the diff engine; was 35 KiB)': `import * as entry from 'legal-clauses/checks';\nconsole.log(entry);`,
      'every export of legal-clauses/diff (budget ≤ 34 KiB gz since a diff holds its units as places and shares a report\'s common parts; 33 KiB since the report objects are made without allocation sites; 32 KiB for the faster paths of issue 10; was 30 KiB)': `import * as entry from 'legal-clauses/diff';\nconsole.log(entry);`,
    };
    const rows: (string | number)[][] = [['raw text of every clause, both languages, gzip -9 (floor)', bytes(Buffer.byteLength(allText)), bytes(rawGzipped), '1.00×']];
    for (const [name, code] of Object.entries(apps)) {
      const size = await bundledSize(code);
      rows.push([name, bytes(size.minified), bytes(size.gzipped), `${(size.gzipped / rawGzipped).toFixed(2)}×`]);
    }
    return `esbuild ${(await import('esbuild')).version}, \`--bundle --minify --format=esm --platform=browser --charset=utf8\`, gzip level 9.

${markdownTable(['what an app imports', 'minified', 'gzipped', 'relative to the raw text'], rows)}`;
  },
};

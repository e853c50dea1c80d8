/**
 * The package's declaration files: one `dist/<entry>.d.ts` (ESM) and `dist/<entry>.d.cts`
 * (CommonJS) per library entry, bundled by rollup-plugin-dts (the bundler tsup's `dts` option
 * runs) from the declarations `tsc` wrote into build/types/ (`npm run build:types`).
 *
 * Why not tsup's `dts`: it builds a TypeScript program of its own to write the declarations,
 * about 10 s of CPU, while `npm test` and `prepack` already run one to type-check the project.
 * One `tsc` now type-checks and writes the declarations, and this bundles them (about 1 s: .d.ts
 * files need no type checking to be bundled). Run it after `tsup`, which empties dist/ first.
 */
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

/**
 * The declarations package.json's `exports` names (`./dist/diff.d.ts`), each bundled from the
 * entry's own in build/types/ (`build/types/src/diff.d.ts`): the list of entries stays in one place.
 */
const { exports: exportsMap } = JSON.parse(readFileSync('package.json', 'utf8'));
const ENTRIES = Object.fromEntries(
  Object.values(exportsMap)
    .map((target) => (typeof target === 'object' ? /^\.\/dist\/([\w-]+)\.d\.ts$/.exec(target.import?.types ?? '')?.[1] : undefined))
    .filter((name) => name !== undefined)
    .map((name) => [name, `build/types/src/${name}.d.ts`]),
);

// Imports of other packages (`zod`, `hast`, `mdast`) stay imports: the plugin's default.
const bundle = await rollup({ input: ENTRIES, plugins: [dts()] });
// The two formats differ only in their file extensions, so one bundle is written twice: imports
// between the chunks of the .d.cts files name .cjs files (rollup-plugin-dts writes them so).
for (const extension of ['.d.ts', '.d.cts']) {
  // A chunk is named after its first module, `types.d.ts`: `types-<hash>.d.ts`, as tsup names it.
  const chunkFileNames = (chunk) => `${chunk.name.replace(/\.d$/, '')}-[hash]${extension}`;
  await bundle.write({ dir: 'dist', format: 'es', entryFileNames: `[name]${extension}`, chunkFileNames });
}
await bundle.close();

import { defineConfig } from 'tsup';

/** Library entries: dual ESM + CJS with declarations. */
const entry = {
  index: 'src/index.ts',
  clauses: 'src/clauses.ts',
  schema: 'src/schema.ts',
  node: 'src/node.ts',
  diff: 'src/diff.ts',
  checks: 'src/checks.ts',
};

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    sourcemap: false,
    external: ['zod'],
  },
  {
    // The executable, Node only: CommonJS, each command in its own chunk, loaded (with what it
    // imports) only when it runs. CommonJS rather than ESM because Node's ESM loader costs a
    // start about 14 ms before the first line runs, a tenth of a bare `node` start
    // (docs/benchmarks.md, "CLI start"); splitting CommonJS is tsup's, from esbuild's ESM chunks.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    splitting: true,
    // import.meta.url (the package's own files) as a CommonJS module has it.
    shims: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod'],
  },
]);

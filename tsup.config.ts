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
    // The executable: ESM only, Node only.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod'],
  },
]);

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
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

/**
 * The files of the executable: main (argument parsing, the command list), the modules all of them
 * share (src/cli/core.ts), and one file per module that is loaded with `import()`: each command,
 * and what only some runs of a command need (the corpus readers and zod, the atomic writer, the
 * release reader, the changeset drafter). Each file is one bundle of everything it imports, so a
 * start reads three files (main, core, the command) instead of the 20 to 30 chunks that splitting
 * made: Node spends about 0.3 ms resolving and reading each file it requires (docs/benchmarks.md,
 * "CLI start"). The code two commands share is in both files; only one command runs.
 */
const CLI_FILES: Record<string, string> = {
  cli: 'src/cli/main.ts',
  'cli-core': 'src/cli/core.ts',
  ...Object.fromEntries(
    ['list', 'show', 'render', 'diff', 'export', 'check', 'verify', 'record', 'parity', 'lint', 'changeset'].map((name) => [`cli-${name}`, `src/cli/commands/${name}.ts`]),
  ),
  'cli-corpus-directory': 'src/node/corpus-directory.ts',
  'cli-corpus-file': 'src/node/corpus-file.ts',
  'cli-read-corpus': 'src/node/read-corpus.ts',
  'cli-atomic-write': 'src/node/atomic-write.ts',
  'cli-exclusive-lock': 'src/node/exclusive-lock.ts',
  'cli-read-release': 'src/node/release/read-release.ts',
  'cli-parse-lock': 'src/checks/parse-lock.ts',
  'cli-parse-config': 'src/checks/lint/parse-config.ts',
  'cli-parse-json': 'src/corpus/parse-json.ts',
  'cli-accepted-change': 'src/checks/accepted-change.ts',
  'cli-diff-markdown': 'src/diff/to-markdown.ts',
  'cli-diff-html': 'src/diff/to-html.ts',
  'cli-diff-json': 'src/diff/to-json.ts',
  'cli-diff-releases': 'src/checks/changelog/diff-releases.ts',
  'cli-format-changeset': 'src/checks/changelog/format-changeset.ts',
};

/**
 * Modules the executable replaces: `node:crypto` costs a start more than the few dozen kilobytes it
 * hashes, so the CLI's SHA-256 is WebAssembly first (src/cli/wasm-sha256.ts says why).
 */
const CLI_REPLACED: Record<string, string> = { [resolve('src/checks/native-sha256.ts')]: resolve('src/cli/wasm-sha256.ts') };

/** Modules with state or classes that every file must share: bundled once, in dist/cli-core.cjs. */
const CLI_SHARED = ['src/errors.ts', 'src/node/cleanup.ts', 'src/cli/cached-require.ts'].map((file) => resolve(file));

/**
 * Links the executable's files: an `import()` of one of `CLI_FILES` loads its file with
 * `requireCliFile` of dist/cli-core.cjs (with its code cache: src/cli/cached-require.ts), an import
 * of a shared module is a `require` of dist/cli-core.cjs, and a module of `CLI_REPLACED` is bundled
 * as its replacement. An `import()` of another of our modules fails the build (it would be bundled
 * into the importer: add it to `CLI_FILES`).
 */
function cliFiles(): Plugin {
  const files = new Map(Object.entries(CLI_FILES).map(([name, file]) => [resolve(file), name]));
  const core = resolve(CLI_FILES['cli-core']!);
  return {
    name: 'cli-files',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.namespace === 'cli-file') return { path: args.path, external: true };
        const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        const replacement = CLI_REPLACED[file];
        if (replacement !== undefined && args.importer !== replacement) return { path: replacement };
        if (CLI_SHARED.includes(file) && args.importer !== core) return { path: './cli-core.cjs', external: true };
        if (args.kind !== 'dynamic-import') return undefined;
        const name = files.get(file);
        if (name === undefined) return { errors: [{ text: `import() of ${args.path} from ${args.importer}: add it to CLI_FILES in tsup.config.ts` }] };
        return { path: name, namespace: 'cli-file' };
      });
      // The module an import() of a file stands for: the file, loaded when the import() runs.
      build.onLoad({ filter: /.*/, namespace: 'cli-file' }, (args) => ({
        contents: `module.exports = require('./cli-core.cjs').requireCliFile(__dirname, ${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    // Declarations are written by the project's one `tsc` run, which type-checks everything, and
    // bundled by scripts/bundle-types.mjs (`npm run build`): tsup's `dts` would build a second
    // TypeScript program of its own, about 10 s of CPU.
    dts: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    sourcemap: false,
    external: ['zod'],
  },
  {
    // The executable, Node only: CommonJS, one file per command, loaded only when it runs
    // (`cliFiles` below). CommonJS rather than ESM because Node's ESM loader costs a start about
    // 14 ms before the first line runs, a tenth of a bare `node` start (docs/benchmarks.md, "CLI
    // start").
    entry: CLI_FILES,
    format: ['cjs'],
    splitting: false,
    // import.meta (url, dirname, filename: the package's own files) as a CommonJS module has it,
    // the URL made only when read.
    inject: ['scripts/cli-import-meta.js'],
    define: {
      'import.meta': 'importMeta',
      // Written in rather than read from package.json at every start (src/cli/main.ts).
      PACKAGE_VERSION: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version),
    },
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod'],
    esbuildPlugins: [cliFiles()],
    esbuildOptions(options) {
      // Parsing is most of what loading costs: without indentation and comments a file parses in
      // about two thirds of the time. Names are kept (error names, stack traces for us).
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      // import() becomes a call (of requireCliFile for our files, `cliFiles`): a command's file is
      // CommonJS like the others, and Node's ESM loader never starts.
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
  },
]);

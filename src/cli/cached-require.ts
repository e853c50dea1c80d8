/**
 * Loading the executable's own files with V8's code cache. Compiling is most of what loading a
 * file costs a start (V8 scans the whole file before running a line of it): dist/cli-diff.cjs
 * takes about 7 ms of a 75 ms start on our 2-core machine, where a bare `node` has nothing to
 * compile (docs/benchmarks.md, "CLI start"). The build (scripts/cli-code-cache.mjs) runs each
 * command once on the bundled corpus and saves what V8 compiled of each file it loaded beside it,
 * as `<file>.v8cache` (`Script#createCachedData`); a start reads that back and compiles only the
 * functions that are not in it. Node 22's `module.enableCompileCache` does the same at run time;
 * Node 20 has no such thing.
 *
 * A cache is only a shortcut, never a different program. It is used when it is not older than
 * its file (an edited file, such as a patch to node_modules, makes its cache stale: V8 itself
 * compares only the source's length) and when V8 accepts it (the same V8 version and flags as the
 * build's; another Node compiles the file as if there were no cache). A missing, stale, rejected
 * or unreadable cache costs a file read, no more.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** What Node's CommonJS loader gives a module, in the order it gives them. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** The cache of a file: beside it, under the same name. */
export const CODE_CACHE_SUFFIX = '.v8cache';

/** A CommonJS module's `module`: what the executable's files use of it. */
interface LoadedModule {
  exports: unknown;
}

const modules = new Map<string, LoadedModule>();
const scripts = new Map<string, Script>();

/**
 * Loads one of the executable's files (`dist/<name>.cjs`) as Node's `require` would, once per
 * process, compiled with its code cache when there is a usable one.
 *
 * @param directory - The executable's directory (dist/).
 * @param name - The file's name without `.cjs`, such as `cli-diff`.
 * @returns The file's exports.
 * @throws Whatever reading, compiling or running the file throws (a file that failed is not kept,
 *   as Node does not keep it).
 */
export function requireCliFile(directory: string, name: string): unknown {
  const file = join(directory, `${name}.cjs`);
  const known = modules.get(file);
  if (known !== undefined) return known.exports;
  const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: usableCache(file) });
  const module: LoadedModule = { exports: {} };
  // Kept before it runs, as Node keeps it: a file that requires one requiring it back gets the
  // exports made so far.
  modules.set(file, module);
  try {
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, createRequire(file), module, file, directory);
  } catch (error) {
    modules.delete(file);
    throw error;
  }
  scripts.set(file, script);
  return module.exports;
}

/**
 * The files loaded so far, with what V8 has compiled of them: what the build saves as their caches.
 *
 * @returns Each file's path and its compiled script.
 */
export function loadedCliFiles(): ReadonlyMap<string, Script> {
  return scripts;
}

/**
 * A file's source as the function Node's loader would make of it. The shebang line is emptied, not
 * removed, so that every line keeps its number in stack traces.
 */
function wrap(source: string): string {
  const lineEnd = source.indexOf('\n');
  const body = !source.startsWith('#!') ? source : lineEnd < 0 ? '' : source.slice(lineEnd);
  return `${WRAPPER}${body}\n})`;
}

/** The file's code cache, when there is one at least as new as the file. */
function usableCache(file: string): Buffer | undefined {
  const cache = file + CODE_CACHE_SUFFIX;
  try {
    if (statSync(cache).mtimeMs < statSync(file).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

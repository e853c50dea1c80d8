/** Runs the built CLI (dist/cli.cjs, made by `npm run build`, which `npm test` runs first) as a real process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `legal-clauses ...args` and collects its exit code and output. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does) before the CLI tests`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    // FORCE_COLOR, even empty, turns colour on (the supports-color convention): remove it.
    env: { ...withoutForceColor(process.env), NO_COLOR: '1', ...options.env },
    input: options.input,
    cwd: options.cwd,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A script for `node -e` that loads one file of a built executable through its loader
 * (src/cli/cached-require.ts) and prints, as JSON, whether V8 rejected each loaded file's code
 * cache (`false`: used; `null`: there was none to use).
 */
export function codeCacheProbe(dist: string, name: string): string {
  return `const core = require(${JSON.stringify(join(dist, 'cli-core.cjs'))});
core.requireCliFile(${JSON.stringify(dist)}, ${JSON.stringify(name)});
console.log(JSON.stringify([...core.loadedCliFiles()].map(([file, script]) => [file, script.cachedDataRejected ?? null])));`;
}

/** Whether text looks like a stack trace, which the CLI must never print. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(text) || /\bnode:internal\b/.test(text);
}

function withoutForceColor(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _, ...rest } = env;
  return rest;
}

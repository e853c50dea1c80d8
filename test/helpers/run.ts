/** Runs the CLI in-process through `run(args, io)`: the same code as the executable, without spawning. */
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/run.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** `legal-clauses ...args`, with stdout as a colour terminal when `colour` is set. */
export async function runInProcess(args: readonly string[], options: { colour?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const status = await run(
    [...args],
    { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), colour: options.colour ?? false },
    version,
  );
  return { status, stdout, stderr };
}

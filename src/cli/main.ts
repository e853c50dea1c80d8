/**
 * The `legal-clauses` executable: wires the process to {@link run}. Output goes through
 * process streams; a closed pipe (`legal-clauses export | head`) ends quietly.
 */
import { readFileSync } from 'node:fs';
import { run } from './run.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** Colour follows the conventions: FORCE_COLOR turns it on, NO_COLOR off, else a terminal decides. */
function wantsColour(env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return false;
  return process.stdout.isTTY === true && env.TERM !== 'dumb';
}

const colour = wantsColour(process.env);
process.exitCode = await run(
  process.argv.slice(2),
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    colour,
  },
  version,
);

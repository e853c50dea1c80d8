/**
 * The `legal-clauses` executable: wires the process to {@link run}. Output goes through
 * process streams; a closed pipe (`legal-clauses export | head`) ends quietly; any other error
 * writing standard output (a full disk: `render > /dev/full`) is one line on stderr and exit 2,
 * as for `--output`. Ctrl-C and SIGTERM remove the temporary and lock files of a write in
 * progress; the file being written keeps its old content (writes are atomic).
 */
import { unlinkSync } from 'node:fs';
import { describeFsError } from '../node/fs-errors.js';
import { removeInterruptedFiles } from '../node/cleanup.js';
import { processOutput } from './process-output.js';
import { EXIT, run } from './run.js';

/** The package's version, written in by the build (tsup.config.ts) so that a start reads no package.json. */
declare const PACKAGE_VERSION: string;

const output = processOutput((error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  output.stderr(`legal-clauses: cannot write to standard output: ${describeFsError(error)}\n`);
  process.exit(EXIT.badInput);
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeInterruptedFiles(unlinkSync);
    // Die of the signal, as the default handler would, so that the shell sees how we ended.
    process.kill(process.pid, signal);
  });
}

/** Colour follows the conventions: FORCE_COLOR turns it on, NO_COLOR off, else a terminal decides. */
function wantsColour(env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return false;
  return output.stdoutIsTerminal && env.TERM !== 'dumb';
}

// Once nothing is left to do (every write done: a pending write keeps the loop alive), end at once
// rather than let Node take the heap down, which first waits for V8's background work, such as
// compiling the WebAssembly SHA-256 afresh once it runs hot: `check` and `export` on the bundled
// corpus spent 5–6 ms more there than a bare `node` (docs/benchmarks.md, "CLI start").
process.once('beforeExit', () => process.exit());

const colour = wantsColour(process.env);
// No top-level await: the executable is built as CommonJS (tsup.config.ts says why).
void run(
  process.argv.slice(2),
  {
    stdout: output.stdout,
    stderr: output.stderr,
    colour,
  },
  PACKAGE_VERSION,
).then((code) => {
  process.exitCode = code;
});

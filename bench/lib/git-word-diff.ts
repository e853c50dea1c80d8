/**
 * `git diff --no-index --word-diff=plain`, the alternative the diff suite measures ours beside.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, openSync } from 'node:fs';

/**
 * `git diff --no-index --word-diff=plain` of each pair (old file, new file, output file); returns
 * the bytes of output. The output goes to a file, not through this process: read back as a
 * string, git's 22 MB at 10 MB per language were garbage in the heap of the process that timed
 * ours next, whose major collections could then fall inside our timings.
 */
export function gitWordDiff(files: readonly string[]): number {
  let output = 0;
  for (let k = 0; k < files.length; k += 3) {
    const fd = openSync(files[k + 2]!, 'w');
    try {
      const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--word-diff=plain', files[k]!, files[k + 1]!], { stdio: ['ignore', fd, 'pipe'] });
      if (result.status !== 1) throw new Error(`git diff failed: ${String(result.stderr)}`);
      output += fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
  }
  return output;
}

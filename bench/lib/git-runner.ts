/**
 * A small process that runs `gitWordDiff` for the diff suite's speed children, on request, and
 * times it (started with `fork(…, files, { execArgv: ['--import', 'tsx'] })`; each message runs
 * git once over the files and answers `{ wall, output }`). A speed child never forks itself while
 * it times: fork() of a process holding a large heap marks every page of it copy-on-write, and
 * the first diff after each spawn paid about 15 % more in page faults (measured apart, 1 MB); git
 * is started from a process the size of a shell's instead.
 */
import { gitWordDiff } from './git-word-diff.js';

const files = process.argv.slice(2);

process.on('message', () => {
  const start = performance.now();
  const output = gitWordDiff(files);
  process.send!({ wall: performance.now() - start, output });
});

/**
 * The asynchronous file-system calls the readers use, as promises over `node:fs`'s callbacks
 * rather than from `node:fs/promises`: loading that module (with the readline and stream modules
 * it brings) costs a CLI start about 2 ms, and `check`, `lint` or `changeset --check` on the
 * bundled corpus read only a small file or two (docs/benchmarks.md, "CLI start"). The same calls,
 * the same errors.
 */
import { close, fstat, open, read, readFile, readdir, realpath, stat } from 'node:fs';
import { promisify } from 'node:util';

/** `fs.open`, as a promise of the descriptor. */
export const openFile = promisify(open);
/** `fs.fstat`, as a promise. */
export const fstatFile = promisify(fstat);
/** `fs.read`, as a promise of `{ bytesRead, buffer }`. */
export const readFromFile = promisify(read);
/** `fs.close`, as a promise. */
export const closeFile = promisify(close);
/** `fs.readFile`, as a promise. */
export const readWholeFile = promisify(readFile);
/** `fs.readdir`, as a promise of the names. */
export const readDirectory = promisify(readdir);
/** `fs.realpath.native` (what `node:fs/promises` calls), as a promise. */
export const realPath = promisify(realpath.native);
/** `fs.stat`, as a promise. */
export const statPath = promisify(stat);

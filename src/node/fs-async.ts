/**
 * The asynchronous file-system calls the readers use, as promises over `node:fs`'s callbacks
 * rather than from `node:fs/promises`: loading that module (with the readline and stream modules
 * it brings) costs a CLI start about 2 ms, and `check`, `lint` or `changeset --check` on the
 * bundled corpus read only a small file or two (docs/benchmarks.md, "CLI start"). The same calls,
 * the same errors. Written out rather than made with `util.promisify`, whose first use costs a
 * start another millisecond.
 */
import { close, fstat, open, read, readFile, readdir, realpath, stat, type Dirent, type Stats } from 'node:fs';

/** Settles a promise from a Node callback. */
function settle<T>(resolve: (value: T) => void, reject: (error: Error) => void): (error: Error | null, value: T) => void {
  return (error, value) => (error ? reject(error) : resolve(value));
}

/** `fs.open`, as a promise of the descriptor. */
export function openFile(path: string, flags: string): Promise<number> {
  return new Promise((resolve, reject) => open(path, flags, settle(resolve, reject)));
}

/** `fs.fstat`, as a promise. */
export function fstatFile(fd: number): Promise<Stats> {
  return new Promise((resolve, reject) => fstat(fd, settle(resolve, reject)));
}

/** `fs.read`, as a promise of the number of bytes read. */
export function readFromFile(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, offset, length, position, settle(resolve, reject)));
}

/** `fs.close`, as a promise. */
export function closeFile(fd: number): Promise<void> {
  return new Promise((resolve, reject) => close(fd, (error) => (error ? reject(error) : resolve())));
}

/** `fs.readFile` of a path or a descriptor, as a promise of its bytes. */
export function readFileBytes(file: string | number): Promise<Buffer> {
  return new Promise((resolve, reject) => readFile(file, settle(resolve, reject)));
}

/** `fs.readFile` as UTF-8, as a promise of its text. */
export function readFileText(file: string): Promise<string> {
  return new Promise((resolve, reject) => readFile(file, 'utf8', settle(resolve, reject)));
}

/** `fs.readdir`, as a promise of the names. */
export function readDirectory(path: string): Promise<string[]>;
/** `fs.readdir` with `withFileTypes`, as a promise of the entries. */
export function readDirectory(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
export function readDirectory(path: string, options?: { withFileTypes: true }): Promise<string[] | Dirent[]> {
  return new Promise((resolve, reject) =>
    options === undefined ? readdir(path, settle<string[]>(resolve, reject)) : readdir(path, options, settle<Dirent[]>(resolve, reject)),
  );
}

/** `fs.realpath.native` (what `node:fs/promises` calls), as a promise. */
export function realPath(path: string): Promise<string> {
  return new Promise((resolve, reject) => realpath.native(path, settle(resolve, reject)));
}

/** `fs.stat`, as a promise. */
export function statPath(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => stat(path, settle(resolve, reject)));
}

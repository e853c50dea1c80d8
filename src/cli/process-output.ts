/**
 * How the executable writes to its standard output and error. A pipe, a socket (what Node's
 * `spawn` gives a child for 'pipe') or a regular file is written with `fs.writeSync`, which is what
 * Node's own streams do for them on Linux and macOS (they are synchronous there) without building
 * `process.stdout`: that first use of it loads Node's stream modules and `net`, about 5 ms of a
 * 65 ms start (docs/benchmarks.md, "CLI start"). Anything else (a terminal, /dev/null or
 * /dev/full, every stream on Windows) goes through `process.stdout` and `process.stderr` as
 * before, and so does the rest of the output once a write would block (a non-blocking
 * descriptor): Node then queues and waits, in order.
 */
import { fstatSync, writeSync } from 'node:fs';

/** What the executable writes with. */
export interface ProcessOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard output is a terminal (colour is then the default). */
  stdoutIsTerminal: boolean;
}

/** What to do when standard output cannot be written (a closed pipe, a full disk). */
export type OutputErrorHandler = (error: NodeJS.ErrnoException) => void;

/**
 * The writers of the process's standard output and error.
 *
 * @param onStdoutError - Called once when writing standard output fails, whichever way it was
 *   written; it is expected to end the process. Errors writing standard error are ignored: there
 *   is nowhere left to report them.
 * @returns The two writers and whether standard output is a terminal.
 */
export function processOutput(onStdoutError: OutputErrorHandler): ProcessOutput {
  const stdoutDirect = isPipeOrFile(1);
  return {
    stdout: stdoutDirect ? directWriter(1, () => stdoutStream(onStdoutError), onStdoutError) : (text) => void stdoutStream(onStdoutError).write(text),
    stderr: isPipeOrFile(2) ? directWriter(2, () => process.stderr, () => {}) : (text) => void process.stderr.write(text),
    stdoutIsTerminal: !stdoutDirect && process.stdout.isTTY === true,
  };
}

let stdoutHandled = false;

/** `process.stdout`, with the error handler on it (once). */
function stdoutStream(onError: OutputErrorHandler): NodeJS.WriteStream {
  if (!stdoutHandled) {
    stdoutHandled = true;
    process.stdout.on('error', onError);
  }
  return process.stdout;
}

/** Whether a descriptor is a pipe, a socket or a regular file, outside Windows (whose consoles and pipes keep Node's streams). */
function isPipeOrFile(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isSocket() || stats.isFile();
  } catch {
    return false;
  }
}

/**
 * Writes each text whole, in order, with `writeSync` (looping over partial writes). A write that
 * would block (EAGAIN: the descriptor is non-blocking and full) hands the rest of the text, and
 * every later text, to the stream, which waits for the pipe; any other error goes to `onError`.
 */
function directWriter(fd: number, stream: () => NodeJS.WritableStream, onError: OutputErrorHandler): (text: string) => void {
  let fallback: NodeJS.WritableStream | undefined;
  let failed = false;
  return (text) => {
    if (fallback !== undefined) {
      fallback.write(text);
      return;
    }
    if (failed) return;
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          fallback = stream();
          fallback.write(bytes.subarray(offset));
        } else {
          failed = true;
          onError(error as NodeJS.ErrnoException);
        }
        return;
      }
    }
  };
}

/**
 * Files to remove if the process is interrupted: temporary files of writes in progress and lock
 * files held. A signal handler (the CLI installs one) removes them synchronously, so that Ctrl-C
 * leaves nothing behind; the files being written are untouched either way. A handler runs
 * between two JavaScript tasks: a file must be marked in the task that creates it (created
 * synchronously), and stay marked until it is renamed or removed.
 */

/** Each marked file, with the check that it is still ours (undefined: it always is). */
const registered = new Map<string, (() => boolean) | undefined>();

/**
 * Marks a file for removal on interruption.
 *
 * @param file - A temporary or lock file this process created.
 * @param stillOurs - For a file another process may take over (a lock broken as stale and taken
 *   again): whether it is still this process's, checked synchronously before it is removed.
 */
export function removeOnInterrupt(file: string, stillOurs?: () => boolean): void {
  registered.set(file, stillOurs);
}

/**
 * Unmarks a file (it was renamed into place, or removed).
 *
 * @param file - A file passed to {@link removeOnInterrupt}.
 */
export function keepOnInterrupt(file: string): void {
  registered.delete(file);
}

/**
 * Removes every marked file, synchronously: for a signal handler.
 *
 * @param unlink - The synchronous unlink to use (`fs.unlinkSync`).
 * @example
 * // In a signal handler (src/cli/main.ts): process.once('SIGINT', () => removeInterruptedFiles(unlinkSync))
 * removeOnInterrupt('lock.json.lock');
 * const removed = [];
 * removeInterruptedFiles((file) => removed.push(file));
 * removed;
 * //=> ['lock.json.lock']
 */
export function removeInterruptedFiles(unlink: (file: string) => void): void {
  for (const [file, stillOurs] of registered) {
    try {
      if (stillOurs === undefined || stillOurs()) unlink(file);
    } catch {
      // Already renamed or removed (or no longer readable): nothing to clean.
    }
  }
  registered.clear();
}

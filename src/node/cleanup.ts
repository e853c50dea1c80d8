/**
 * Files to remove if the process is interrupted: temporary files of writes in progress and lock
 * files held. A signal handler (the CLI installs one) removes them synchronously, so that Ctrl-C
 * leaves nothing behind; the files being written are untouched either way.
 */

const registered = new Set<string>();

/**
 * Marks a file for removal on interruption.
 *
 * @param file - A temporary or lock file this process created.
 */
export function removeOnInterrupt(file: string): void {
  registered.add(file);
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
  for (const file of registered) {
    try {
      unlink(file);
    } catch {
      // Already renamed or removed: nothing to clean.
    }
  }
  registered.clear();
}

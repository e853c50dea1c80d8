import { writeFile } from 'node:fs/promises';
import { InvalidOptionsError } from '../errors.js';

/**
 * Writes a command's output to the file named by `--output`. A path that cannot be written is
 * bad input: one line saying why, exit 2.
 */
export async function writeOutputFile(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new InvalidOptionsError(`--output: cannot write '${file}': ${reason}`);
  }
}

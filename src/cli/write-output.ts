import { basename, dirname, join, resolve, sep } from 'node:path';
import { FileNotWritableError } from '../errors.js';
import { realPath } from '../node/fs-async.js';
import { stringOption, type ParsedValues } from './command.js';

/** An input of the command, which `--output` must not replace: a file, or a directory none of whose files it may replace. */
export interface CommandInput {
  /** The path as given. */
  readonly path: string;
  /** The option that named it, such as `'--corpus'`. */
  readonly option: string;
}

/**
 * Writes a command's output to the file named by `--output`, atomically (src/node/atomic-write.ts):
 * an interrupted run leaves the old file or the new one, never a truncated one. The rule:
 * `--output` replaces a file or creates one, follows a symbolic link only to an existing file,
 * and never writes to an input of the command (a corpus file, anything inside a corpus directory).
 * A path that cannot be written is bad input: one line saying why, exit 2.
 */
export async function writeOutputFile(file: string, text: string, inputs: readonly CommandInput[] = []): Promise<void> {
  const target = await whereItLands(file);
  for (const input of inputs) {
    const real = await realPath(input.path).catch(() => resolve(input.path));
    if (target === real) throw new FileNotWritableError(file, `it is the input of this command (${input.option} ${input.path}); write the output elsewhere`, { option: '--output' });
    if (target.startsWith(real.endsWith(sep) ? real : `${real}${sep}`)) {
      throw new FileNotWritableError(file, `it is inside the input of this command (${input.option} ${input.path}); write the output elsewhere`, { option: '--output' });
    }
  }
  // The writer (node:crypto for its temporary names) is loaded only when a command writes a file.
  const { writeFileAtomic } = await import('../node/atomic-write.js');
  await writeFileAtomic(file, text, { option: '--output' });
}

/** The real path a write to `file` replaces: through symbolic links, or in the real directory for a new file. */
async function whereItLands(file: string): Promise<string> {
  try {
    return await realPath(file);
  } catch {
    const directory = await realPath(dirname(file)).catch(() => resolve(dirname(file)));
    return join(directory, basename(file));
  }
}

/** The options that name inputs (`--corpus`, `--from-corpus`, `--to-corpus`, `--lock`, `--config`), as given. */
export function inputsOf(values: ParsedValues): CommandInput[] {
  return ['corpus', 'from-corpus', 'to-corpus', 'lock', 'config']
    .map((name) => ({ path: stringOption(values, name), option: `--${name}` }))
    .filter((input): input is CommandInput => input.path !== undefined);
}

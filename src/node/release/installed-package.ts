/**
 * The installed version of a package, found the way Node finds it: in `node_modules` of the
 * directory or of one above it.
 */
import { checkArguments, text } from '../../util/arguments.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds the directory of an installed package, looking in `node_modules` from `cwd` upwards.
 *
 * @param name - The package name, such as `legal-clauses`.
 * @param cwd - Where to start looking.
 * @returns The package's directory, or undefined when it is not installed there.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * findInstalledPackage('vitest', 'test/docs'); // found in node_modules of a folder above
 * //=> '…/node_modules/vitest'
 */
export function findInstalledPackage(name: string, cwd: string): string | undefined {
  checkArguments('findInstalledPackage', ['name', name, text], ['cwd', cwd, text]);
  let directory = resolve(cwd);
  for (;;) {
    const candidate = join(directory, 'node_modules', ...name.split('/'));
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

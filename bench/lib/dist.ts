import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The built main entry (dist/index.js, what users get), typed by its source. Loaded through a
 * computed URL so that type-checking a fresh clone does not need dist/ to exist.
 */
export async function loadBuiltMainEntry(): Promise<typeof import('../../src/index.js')> {
  return (await import(pathToFileURL(resolve('dist/index.js')).href)) as typeof import('../../src/index.js');
}

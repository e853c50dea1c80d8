/**
 * A corpus directory held in memory (the files of a release tarball), read by
 * `readCorpusTree` exactly as a directory on the disk is.
 */
import { FileNotReadableError } from '../../errors.js';
import type { CorpusFiles } from '../read-corpus.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Serves files from memory to `readCorpusTree`.
 *
 * @param files - The files' bytes by path, `/`-separated (`legal-clauses@1.1.0/clauses/disclaimer/document.json`).
 * @returns The files, listed and read as a directory would be.
 * @example
 * await memoryCorpusFiles(new Map([['r/clauses/d/document.json', bytes]])).list('r/clauses', 'folders');
 * //=> ['d']
 */
export function memoryCorpusFiles(files: ReadonlyMap<string, Uint8Array>): CorpusFiles {
  return {
    async read(file) {
      const bytes = files.get(file);
      if (bytes === undefined) throw new FileNotReadableError(file, 'no such file or directory');
      try {
        return UTF8.decode(bytes);
      } catch (error) {
        throw new FileNotReadableError(file, 'it is not well-formed UTF-8', { cause: error });
      }
    },
    async list(folder, kind) {
      const prefix = `${folder}/`;
      const names = new Set<string>();
      let exists = false;
      for (const path of files.keys()) {
        if (!path.startsWith(prefix)) continue;
        exists = true;
        const [name, ...rest] = path.slice(prefix.length).split('/');
        if (name === undefined || name.startsWith('.')) continue;
        if (kind === 'folders' ? rest.length > 0 : rest.length === 0 && name.endsWith('.json')) names.add(name);
      }
      if (!exists) throw new FileNotReadableError(folder, 'no such file or directory');
      return [...names].sort();
    },
  };
}

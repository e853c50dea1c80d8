/**
 * A corpus directory held in memory (the files of a release tarball), read by
 * `readCorpusTree` exactly as a directory on the disk is (a tarball holds no symbolic links
 * that are followed: only its files are kept).
 */
import { FileNotReadableError } from '../../errors.js';
import type { CorpusFiles, EntryKind } from '../corpus-directory.js';

/**
 * Serves files from memory to `readCorpusTree`.
 *
 * @param files - The files' bytes by path, `/`-separated (`legal-clauses@1.1.0/clauses/disclaimer/document.json`).
 * @returns The files, listed and read as a directory would be.
 * @example
 * (await memoryCorpusFiles(new Map([['r/clauses/d/document.json', new TextEncoder().encode('{}')]])).entries('r/clauses')).map((entry) => entry.name);
 * //=> ['d']
 */
export function memoryCorpusFiles(files: ReadonlyMap<string, Uint8Array>): CorpusFiles {
  return {
    async read(file) {
      const bytes = files.get(file);
      if (bytes === undefined) throw new FileNotReadableError(file, 'no such file or directory');
      return bytes;
    },
    async isFile(path) {
      return files.has(path);
    },
    async entries(folder) {
      const prefix = `${folder}/`;
      const found = new Map<string, EntryKind>();
      let exists = false;
      for (const path of files.keys()) {
        if (!path.startsWith(prefix)) continue;
        exists = true;
        const [name, ...rest] = path.slice(prefix.length).split('/');
        if (name === undefined || name === '' || name.startsWith('.')) continue;
        found.set(name, rest.length > 0 ? 'folder' : 'file');
      }
      if (!exists) throw new FileNotReadableError(folder, 'no such file or directory');
      return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, kind]) => ({ name, kind }));
    },
  };
}

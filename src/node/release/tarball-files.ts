/**
 * The files of a package tarball, read in memory: a downloaded release is never unpacked onto
 * the disk, so nothing in it (file names included) can drive a file write.
 */
import type { ReadEntry } from 'tar';

/** At most this many bytes of kept files: a corpus is far smaller, a hostile tarball may not be. */
export const MAX_KEPT_BYTES = 256 * 1024 * 1024;

/** What went wrong reading a tarball: not a tarball, or too big. */
export class TarballReadError extends Error {}

/**
 * Reads the files of a package tarball whose paths `keep` accepts, with the package folder
 * (`package/` in every npm tarball) stripped from their paths.
 *
 * @param data - The tarball (gzipped or not).
 * @param keep - Which paths to keep, such as `(path) => path.startsWith('clauses/')`.
 * @returns The kept files' bytes by path, such as `clauses/lock.json`.
 * @throws {TarballReadError} When the data is not a tarball, or the kept files exceed {@link MAX_KEPT_BYTES}.
 * @example
 * [...(await readTarballFiles(tarball, (path) => path === 'package.json')).keys()];
 * //=> ['package.json']
 */
export async function readTarballFiles(data: Uint8Array, keep: (path: string) => boolean): Promise<Map<string, Uint8Array>> {
  // Loaded on first use: importing legal-clauses/node for corpus files costs nothing more.
  const { Parser } = await import('tar');
  const files = new Map<string, Uint8Array>();
  let kept = 0;
  let entries = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => reject(error instanceof TarballReadError ? error : new TarballReadError(describe(error)));
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        entries += 1;
        const path = packagePath(entry.path);
        if (entry.type !== 'File' || path === undefined || !keep(path)) {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => {
          kept += chunk.length;
          if (kept > MAX_KEPT_BYTES) {
            parser.abort(new TarballReadError(`its corpus files exceed ${MAX_KEPT_BYTES / 1024 / 1024} MiB`));
            return;
          }
          chunks.push(chunk);
        });
        entry.on('end', () => files.set(path, Buffer.concat(chunks)));
      },
    });
    parser.on('error', fail);
    parser.on('abort', fail);
    parser.on('end', () => (entries === 0 ? fail(new TarballReadError('it is not a tarball (no entries)')) : resolve()));
    parser.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
  return files;
}

/** The path inside the package: without the top folder; undefined for anything that could climb out. */
function packagePath(path: string): string | undefined {
  const parts = path.replace(/\\/g, '/').split('/').slice(1);
  if (parts.length === 0 || parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return parts.join('/');
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /TAR_BAD_ARCHIVE|TAR_ENTRY_INVALID|Unrecognized archive format|zlib|incorrect header|checksum/i.test(`${(error as { code?: string })?.code ?? ''} ${message}`)
    ? 'it is not a tarball'
    : message;
}

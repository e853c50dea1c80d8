/** Releases made in a test, without a registry: a package directory, and its tarball packed in this process. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as tar from 'tar';

/** A package directory (`package.json` and a copy of `clauses`, lock included) as an installed release is laid out. */
export function releaseDirectory(version: string, clauses = 'clauses'): string {
  const root = mkdtempSync(join(tmpdir(), 'legal-clauses-release-'));
  const directory = join(root, 'package');
  mkdirSync(directory);
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'legal-clauses', version }));
  cpSync(resolve(clauses), join(directory, 'clauses'), { recursive: true });
  return directory;
}

/** The directory packed as npm packs it (`package/…`, gzipped); returns the .tgz path. */
export async function packDirectory(directory: string): Promise<string> {
  const file = join(directory, '..', 'release.tgz');
  await tar.c({ gzip: true, file, cwd: join(directory, '..'), portable: true }, ['package']);
  return file;
}

/**
 * The package as users get it: `npm pack` of the built tree, installed into a fresh project
 * in a temporary folder. The tarball is packed once per content and shared by every test file
 * that needs it (package, consumer, React app), whichever runs first packing it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackedPackage {
  /** Path of the .tgz. */
  tarball: string;
  /** Paths inside the tarball, relative to the package root. */
  files: string[];
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where packed tarballs are kept, by the hash of what they were packed from (outside the tree, which npm would pack). */
const CACHE = join(tmpdir(), 'legal-clauses-test-packs');

/**
 * A hash of what `npm pack` reads: package.json, the paths its `files` names (dist, clauses,
 * schema, corpus.json, CHANGELOG.md), and the README and LICENSE npm always adds. Two trees with
 * the same hash pack to the same tarball.
 */
function packedContentHash(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
      return;
    }
    hash.update(`${relative(ROOT, path)}\0`).update(readFileSync(path)).update('\0');
  };
  for (const path of ['package.json', 'README.md', 'LICENSE', ...manifest.files.filter((entry) => !entry.startsWith('!'))]) add(join(ROOT, path));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Packs the repository (dist/ must be built: `npm test` builds before it runs the tests), or
 * finds the tarball packed from the same content before. A cold cache packs in a temporary
 * folder and renames the result into place, so that two test files packing at once both end
 * with one whole tarball.
 */
export function packPackage(): PackedPackage {
  const key = packedContentHash();
  const tarball = join(CACHE, `legal-clauses-${key}.tgz`);
  const listing = join(CACHE, `legal-clauses-${key}.files.json`);
  if (existsSync(tarball) && existsSync(listing)) return { tarball, files: JSON.parse(readFileSync(listing, 'utf8')) as string[] };
  const destination = mkdtempSync(join(tmpdir(), 'legal-clauses-pack-'));
  const output = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(output) as [{ filename: string; files: { path: string }[] }];
  mkdirSync(CACHE, { recursive: true });
  // The listing first: a tarball in place always has its listing beside it.
  writeFileSync(join(destination, 'files.json'), JSON.stringify(info.files.map((file) => file.path)));
  renameSync(join(destination, 'files.json'), listing);
  renameSync(join(destination, info.filename), tarball);
  return { tarball, files: info.files.map((file) => file.path) };
}

/** A fresh project with the tarball installed (its dependencies come from the npm cache or registry). */
export function installIntoProject(tarball: string, packageJson: Record<string, unknown> = {}): string {
  const project = mkdtempSync(join(tmpdir(), 'legal-clauses-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0', ...packageJson }));
  execFileSync(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return project;
}

/** Runs a command in a folder; never throws, so tests can assert on failures. */
export function runIn(cwd: string, command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

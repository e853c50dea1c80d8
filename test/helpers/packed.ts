/**
 * The package as users get it: `npm pack` of the built tree, installed into a fresh project
 * in a temporary folder. Built once per test file that needs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PackedPackage {
  /** Path of the .tgz. */
  tarball: string;
  /** Paths inside the tarball, relative to the package root. */
  files: string[];
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Packs the repository (dist/ must be built: `npm test` builds before it runs the tests). */
export function packPackage(): PackedPackage {
  const destination = mkdtempSync(join(tmpdir(), 'legal-clauses-pack-'));
  const output = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { encoding: 'utf8' });
  const [info] = JSON.parse(output) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(destination, info.filename), files: info.files.map((file) => file.path) };
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

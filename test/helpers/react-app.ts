/**
 * examples/react-app as its users get it: copied to a temporary folder, the packed tarball of
 * this package installed into it with npm (its other dependencies from the npm cache or the
 * registry), and built by Vite. Used by the browser test of the app and by `npm run bench -- app`.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cleanEnv, exec } from './processes.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/react-app/', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A built file of the app and its size. */
export interface BuiltAsset {
  file: string;
  bytes: number;
  gzipped: number;
}

/**
 * A copy of the example with `tarball` installed (and the example's own dependencies).
 *
 * @param tarball - The packed package (`npm pack`).
 * @returns The project folder.
 */
export async function installReactApp(tarball: string): Promise<string> {
  const project = join(mkdtempSync(join(tmpdir(), 'legal-clauses-react-app-')), 'react-app');
  cpSync(EXAMPLE, project, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source.slice(EXAMPLE.length - 1)) });
  const result = await exec(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, env: cleanEnv() });
  if (result.status !== 0) throw new Error(`npm install in ${project} exited ${result.status}:\n${result.stderr}`);
  return project;
}

/**
 * Builds the app with its own Vite; optionally with a file of `src/` replaced first (for an alternative measured beside it).
 *
 * @param project - From {@link installReactApp}.
 * @param replace - `src/` file names and their new content.
 * @returns The `dist/` folder and its JavaScript assets.
 */
export async function buildReactApp(project: string, replace: Record<string, string> = {}): Promise<{ dist: string; scripts: BuiltAsset[] }> {
  for (const [name, content] of Object.entries(replace)) writeFileSync(join(project, 'src', name), content);
  const vite = join(project, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = await exec(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: project, env: cleanEnv() });
  if (result.status !== 0) throw new Error(`vite build in ${project} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  const dist = join(project, 'dist');
  const scripts = readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(dist, 'assets', file));
      return { file, bytes: content.length, gzipped: gzipSync(content, { level: 9 }).length };
    });
  return { dist, scripts };
}

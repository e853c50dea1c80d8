/**
 * Releases as users get them, against a real registry. Verdaccio is started once on 127.0.0.1
 * (a free port; stopped by process id at the end); two versions of this package, built from
 * fixture corpora, are published to it with `changeset version` and `changeset publish`; an
 * app installs one with `npm install` and its CLI diffs the two by name; a tarball altered in
 * the registry's storage and a version whose corpus does not match its lock are refused.
 *
 * - 1.0.0 is this repository's own clauses/ (the published 2003-04-15 edition) with its
 *   pending changesets, so its CHANGELOG is the one the first release will have. Its build is
 *   the dist/ that `npm test` has just made from the same sources, so it is published with
 *   scripts off: one build per test run is enough.
 * - 1.1.0 adds the FICTIONAL 2024-01-01 edition of test/fixtures/corpora/two-editions (not
 *   published text), locked and described as a maintainer does (docs/releasing.md); it is
 *   published from a tree without dist/, as a fresh clone is, so prepack must build it, and
 *   prepublishOnly checks its version against 1.0.0 on the registry.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { diffReleases, createLock, formatChangeset, formatLock } from '../../src/checks.js';
import type { EditionDiff } from '../../src/diff.js';
import { readCorpusDirectory } from '../../src/node.js';
import { fetchTarball } from '../../src/node/release/fetch-tarball.js';
import { loadNpmOptions } from '../../src/node/release/npm-options.js';
import { readTarballFiles } from '../../src/node/release/tarball-files.js';
import { renderBundledSources } from '../../scripts/bundled-sources.js';
import { hasStackTrace } from '../helpers/cli.js';
import { cleanEnv, exec, type ProcessResult } from '../helpers/processes.js';
import { startRegistry, type Registry } from '../helpers/registry.js';

const REPO = resolve('.');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const CHANGESET = join(REPO, 'node_modules', '@changesets', 'cli', 'bin.js');
const QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

let root: string;
let registry: Registry;
/** The package's working tree, as a maintainer has it. */
let workspace: string;
/** An app with legal-clauses@1.0.0 installed from the registry. */
let app: string;
/** npm's cache for the app's CLI runs (fetched releases land here; --offline reads it). */
let cache: string;
let changelog100: string;
let changelog110: string;

/** Runs a program and fails the test, with its output, when it does not succeed. */
async function must(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()): Promise<ProcessResult> {
  const result = await exec(command, args, { cwd, env });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} in ${cwd} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** The installed CLI of the app: `legal-clauses ...args`. */
function appCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<ProcessResult> {
  return exec(process.execPath, [join(app, 'node_modules', 'legal-clauses', 'dist', 'cli.cjs'), ...args], {
    cwd: options.cwd ?? app,
    env: cleanEnv({ npm_config_cache: cache, ...options.env }),
  });
}

/** The CLI in this process, as `legal-clauses ...args` (no colour). */
async function runInProcess(args: string[]): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), colour: false }, 'test');
  return { status, stdout, stderr };
}

function git(args: string[]): Promise<ProcessResult> {
  return must('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', '-c', 'commit.gpgsign=false', ...args], workspace);
}

/** A copy of a published tarball with its package.json version and one clause text changed; the lock is left as it was. */
async function alteredTarball(original: string, version: string, name: string): Promise<string> {
  const folder = mkdtempSync(join(root, 'altered-'));
  await tar.x({ file: original, cwd: folder });
  const manifest = join(folder, 'package', 'package.json');
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version }, null, 2));
  const clause = join(folder, 'package', 'clauses', 'disclaimer', 'clauses', 'downloads.json');
  const text = JSON.parse(readFileSync(clause, 'utf8'));
  text.editions['2024-01-01'].en.blocks[0].text += ' FIXTURE: altered after publication.';
  writeFileSync(clause, JSON.stringify(text, null, 2));
  const file = join(root, name);
  await tar.c({ gzip: true, file, cwd: folder, portable: true }, ['package']);
  return file;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'legal-clauses-registry-'));
  cache = join(root, 'fetch-cache');
  registry = await startRegistry(root, String((await loadNpmOptions({ env: cleanEnv() })).registry));

  // The package's tree: what a clone has, plus the dist/ of the same sources for 1.0.0.
  workspace = join(root, 'workspace');
  mkdirSync(workspace);
  for (const path of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'README.md', 'LICENSE', 'src', 'scripts', 'schema', 'clauses', '.changeset', 'dist', 'corpus.json', 'CHANGELOG.md']) {
    // CHANGELOG.md exists once the repository has cut 1.0.0 itself.
    if (existsSync(join(REPO, path))) cpSync(join(REPO, path), join(workspace, path), { recursive: true });
  }
  const released = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version === '1.0.0';
  symlinkSync(join(REPO, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  writeFileSync(join(workspace, '.npmrc'), registry.npmrc);
  writeFileSync(join(workspace, '.gitignore'), 'node_modules\ndist\n/corpus.json\n');
  await git(['init', '--quiet', '--initial-branch=main']);
  await git(['add', '--all']);
  await git(['commit', '--quiet', '--message', 'fixture: the package before its first release']);

  // 1.0.0: the pending changesets (one of them major) make the first release 1.0.0.
  // Before the repository cut it, the pending changesets make 1.0.0 here; after, it is the repository's own.
  if (!released) {
    await must(process.execPath, [CHANGESET, 'version'], workspace);
    await git(['commit', '--quiet', '--all', '--message', 'Version 1.0.0']);
  }
  changelog100 = readFileSync(join(workspace, 'CHANGELOG.md'), 'utf8');
  // changeset publish takes the registry from npm_config_registry (or publishConfig), not .npmrc.
  await must(process.execPath, [CHANGESET, 'publish'], workspace, cleanEnv({ npm_config_registry: registry.url, npm_config_ignore_scripts: 'true' }));

  // Meanwhile, an app installs 1.0.0 from the registry (its dependencies come through the
  // registry's proxy), while 1.1.0 is prepared, built and published: mostly waiting on the network.
  app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  writeFileSync(join(app, '.npmrc'), registry.npmrc);
  const installing = must(NPM, ['install', 'legal-clauses@1.0.0', '--prefer-offline', '--ignore-scripts', ...QUIET], app);
  // Reported when it is awaited below; a failure before then must not go unhandled meanwhile.
  installing.catch(() => undefined);

  // 1.1.0: a new edition, locked and described; published from a tree without dist/.
  const before = join(root, 'clauses-1.0.0');
  cpSync(join(workspace, 'clauses'), before, { recursive: true });
  rmSync(join(workspace, 'clauses', 'disclaimer'), { recursive: true });
  cpSync(join(REPO, 'test', 'fixtures', 'corpora', 'two-editions', 'disclaimer'), join(workspace, 'clauses', 'disclaimer'), { recursive: true });
  // What `npm run generate`, `npm run lock` and `npm run changeset:corpus` do, in this process.
  const next = await readCorpusDirectory(join(workspace, 'clauses'));
  expect(await runInProcess(['check', '--update', '--corpus', join(workspace, 'clauses')])).toMatchObject({ status: 0 });
  const trustFiles = { 'lock.json': readFileSync(join(workspace, 'clauses', 'lock.json'), 'utf8'), 'lint.json': readFileSync(join(workspace, 'clauses', 'lint.json'), 'utf8') };
  for (const [path, content] of Object.entries(renderBundledSources(next, trustFiles))) writeFileSync(join(workspace, path), content);
  writeFileSync(join(workspace, '.changeset', 'new-edition.md'), formatChangeset(diffReleases(await readCorpusDirectory(before), next))!);
  await must(process.execPath, [CHANGESET, 'version'], workspace);
  changelog110 = readFileSync(join(workspace, 'CHANGELOG.md'), 'utf8');
  await git(['add', '--all']);
  await git(['commit', '--quiet', '--message', 'Version 1.1.0']);
  rmSync(join(workspace, 'dist'), { recursive: true });
  rmSync(join(workspace, 'corpus.json'));

  await Promise.all([must(process.execPath, [CHANGESET, 'publish'], workspace, cleanEnv({ npm_config_registry: registry.url })), installing]);
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('releases through changesets', () => {
  it('make the first release 1.0.0, with a CHANGELOG that names the edition and what each language published', () => {
    expect(changelog100).toMatch(/^# legal-clauses\n\n## 1\.0\.0\n\n### Major Changes\n/);
    expect(changelog100).toContain("**disclaimer@2003-04-15** (published; governing language zh): first edition of 'disclaimer'.");
    expect(changelog100).toContain('- zh: 5 clauses published: `acceptance`, `information-liability`, `downloads`, `trademarks`, `disclaimers`.');
  });

  it('make a new edition 1.1.0, with legal notes from the diff: per language the clauses changed, moved, removed, and drift', () => {
    expect(changelog110.indexOf('## 1.1.0')).toBeLessThan(changelog110.indexOf('## 1.0.0'));
    const entry = changelog110.slice(changelog110.indexOf('## 1.1.0'), changelog110.indexOf('## 1.0.0'));
    expect(entry).toContain('### Minor Changes');
    expect(entry).toContain('**disclaimer@2024-01-01** (published; governing language zh), compared with 2003-04-15:');
    expect(entry).toContain('- zh (governing): changed `acceptance`, `information-liability`, `downloads`, `trademarks`; newly translated `image-use`.');
    expect(entry).toContain('- en: changed `downloads`, `disclaimers`; removed `opinions`.');
    expect(entry).toContain('- Order: moved `language-precedence`.');
    expect(entry).toMatch(/- Translation drift \(one language changed, another did not\): `acceptance` \(zh changed, en did not\)/);
    expect(entry).toMatch(/<!-- legal-clauses: disclaimer@2024-01-01 sha256:[0-9a-f]{64} -->/);
  });

  it('publish 1.1.0 built by prepack from a tree without dist/: complete, and built from the new corpus', async () => {
    const fetched = await fetchTarball('legal-clauses@1.1.0', { cwd: app, env: cleanEnv({ npm_config_cache: cache }) });
    const files = await readTarballFiles(fetched.data, () => true);
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.cjs', 'corpus.json', 'clauses/lock.json', 'CHANGELOG.md']) {
      expect(files.has(file), file).toBe(true);
    }
    const text = (path: string) => new TextDecoder().decode(files.get(path));
    expect(JSON.parse(text('package.json')).version).toBe('1.1.0');
    expect(text('dist/index.d.ts'), 'edition ids are literal types generated from the corpus').toContain("type BundledEditionId = '2003-04-15' | '2024-01-01';");
  });

  it('refuse, before building, to publish a change to a published edition, even relocked and as a major version', async () => {
    rmSync(join(workspace, 'dist'), { recursive: true, force: true });
    const file = join(workspace, 'clauses', 'disclaimer', 'clauses', 'copyright.json');
    const clause = JSON.parse(readFileSync(file, 'utf8'));
    clause.editions['2003-04-15'].en.blocks[0].text = '© 1999-2025 1688.com. FIXTURE: edited after publication.';
    writeFileSync(file, JSON.stringify(clause, null, 2));
    writeFileSync(join(workspace, 'clauses', 'lock.json'), formatLock(createLock(await readCorpusDirectory(join(workspace, 'clauses')))));
    writeFileSync(join(workspace, 'package.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')), version: '2.0.0' }, null, 2));
    const result = await exec(NPM, ['publish', ...QUIET], { cwd: workspace, env: cleanEnv() });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('release check: legal-clauses@2.0.0 (against legal-clauses@1.1.0) refused:');
    expect(result.stderr).toContain('refused: published edition disclaimer@2003-04-15 of 1.1.0 changed: published text never changes; publish the change as a new edition');
    expect(existsSync(join(workspace, 'dist')), 'refused before prepack built anything').toBe(false);
  });
});

describe('legal-clauses diff NAME@A NAME@B, in an app', () => {
  it('compares the installed version with the latest, fetched as npm does (the app .npmrc: registry, token)', async () => {
    const result = await appCli(['diff', 'legal-clauses@latest', '--format', 'json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as EditionDiff;
    expect(report.sources).toEqual({
      from: { label: 'legal-clauses@1.0.0', package: { name: 'legal-clauses', version: '1.0.0', integrity: null } },
      to: { label: 'legal-clauses@1.1.0', package: { name: 'legal-clauses', version: '1.1.0', integrity: expect.stringMatching(/^sha512-/) } },
    });
    expect([report.from.edition, report.to.edition]).toEqual(['2003-04-15', '2024-01-01']);
    expect(report.clauses.find((clause) => clause.id === 'opinions')!.status).toBe('removed');
  });

  it('writes every format with both package versions in its header (here from the two tarballs, in this process)', async () => {
    const tarballs: string[] = [];
    for (const version of ['1.0.0', '1.1.0']) {
      const fetched = await fetchTarball(`legal-clauses@${version}`, { cwd: app, env: cleanEnv({ npm_config_cache: cache }) });
      tarballs.push(join(root, `legal-clauses-${version}.tgz`));
      writeFileSync(tarballs.at(-1)!, fetched.data);
    }
    const formats = ['text', 'markdown', 'html', 'json'] as const;
    const results = await Promise.all(formats.map((format) => runInProcess(['diff', '--from', tarballs[0]!, '--to', tarballs[1]!, '--format', format, '--exit-code'])));
    expect(results.map((result) => [result.status, result.stderr])).toEqual(formats.map(() => [1, '']));
    expect(results[0]!.stdout.split('\n')[0]).toBe('Compared: legal-clauses@1.0.0 → legal-clauses@1.1.0');
    expect(results[1]!.stdout).toMatch(/^# Review of disclaimer: 2003-04-15 → 2024-01-01\n\nCompared: legal-clauses@1\.0\.0 → legal-clauses@1\.1\.0\n/);
    expect(results[2]!.stdout).toContain('<p class="compared">Compared: legal-clauses@1.0.0 → legal-clauses@1.1.0</p>');
    const json = JSON.parse(results[3]!.stdout) as EditionDiff;
    expect([json.sources!.from.label, json.sources!.to.label]).toEqual(['legal-clauses@1.0.0', 'legal-clauses@1.1.0']);
    expect(json.sources!.to.package!.integrity).toMatch(/^sha512-/);
  });

  it('works offline from npm cache once fetched, and says which version is not cached', async () => {
    const offline = await appCli(['diff', 'legal-clauses@1.0.0', 'legal-clauses@1.1.0', '--offline', '--format', 'json']);
    expect(offline.stderr).toBe('');
    expect((JSON.parse(offline.stdout) as EditionDiff).sources!.to.label).toBe('legal-clauses@1.1.0');
    const empty = await appCli(['diff', 'legal-clauses@1.0.0', 'legal-clauses@1.1.0', '--offline'], { env: { npm_config_cache: join(root, 'empty-cache') } });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^legal-clauses: legal-clauses@1\.0\.0 could not be fetched: it is not in npm's cache \(.*empty-cache.*\) and --offline forbids the network; run it once online\n$/);
  });

  it('says in one line which version could not be fetched and why: no such version, no token', async () => {
    const missing = await appCli(['diff', 'legal-clauses@1.0.0', 'legal-clauses@9.9.9']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`legal-clauses: legal-clauses@9.9.9 could not be fetched: ${registry.url} has no version that matches (published: 1.0.0, 1.1.0)\n`);
    const elsewhere = mkdtempSync(join(root, 'no-token-'));
    const anonymous = await appCli(['diff', 'legal-clauses@1.0.0', 'legal-clauses@1.1.0'], { cwd: elsewhere, env: { npm_config_registry: registry.url, npm_config_cache: join(elsewhere, 'cache') } });
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toMatch(/^legal-clauses: legal-clauses@1\.0\.0 could not be fetched: .* refused access \(401\): check the auth token for it in your \.npmrc\n$/);
  });

  it('refuses a tarball altered in the registry storage: it does not match dist.integrity', async () => {
    const stored = join(registry.storage, 'legal-clauses', 'legal-clauses-1.1.0.tgz');
    const original = readFileSync(stored);
    const altered = await alteredTarball(stored, '1.1.0', 'altered-1.1.0.tgz');
    writeFileSync(stored, readFileSync(altered));
    try {
      const result = await appCli(['diff', 'legal-clauses@1.0.0', 'legal-clauses@1.1.0'], { env: { npm_config_cache: join(root, 'cache-for-altered') } });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^legal-clauses: legal-clauses@1\.1\.0 was refused: its tarball does not match the registry's dist\.integrity \(expected sha512-\S+, received sha512-\S+\); it was altered after publication or in transit\n$/);
      expect(hasStackTrace(result.stderr)).toBe(false);
    } finally {
      writeFileSync(stored, original);
    }
  });

  it('refuses a version whose corpus does not match the lock it ships', async () => {
    const stored = join(registry.storage, 'legal-clauses', 'legal-clauses-1.1.0.tgz');
    const broken = await alteredTarball(stored, '1.1.1', 'legal-clauses-1.1.1.tgz');
    // Publishing a tarball runs none of the package's scripts: the release check is not there to stop it.
    await must(NPM, ['publish', broken, '--tag', 'broken', ...QUIET], app);
    const result = await appCli(['diff', 'legal-clauses@1.1.0', 'legal-clauses@1.1.1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "legal-clauses: legal-clauses@1.1.1 was refused: its corpus does not match its own lock (clauses/lock.json): disclaimer@2024-01-01, clause 'downloads', en: published text differs from the lock" +
        result.stderr.slice(result.stderr.indexOf(' (locked sha256:')),
    );
    expect(result.stderr).toMatch(/\(locked sha256:[0-9a-f]{12}…, now sha256:[0-9a-f]{12}…\)\n$/);
  });
});

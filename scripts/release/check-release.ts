/**
 * `npm run release:check` (run by `prepublishOnly`, so by `changeset publish`): applies the
 * version policy to the package about to be published, against the last release before its
 * version on the registry npm publishes to. Refuses (exit 1), before anything is built or
 * uploaded, a version lower than its changes call for, or a changed published edition; the
 * last release itself must verify (integrity, lock) to be compared with. See docs/releasing.md.
 */
import { readFileSync } from 'node:fs';
import { LOCK_FORMAT, verifyLock } from '../../src/checks.js';
import { parseLock } from '../../src/schema.js';
import { CORPUS_FORMAT } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { fetchTarball } from '../../src/node/release/fetch-tarball.js';
import { readTarballRelease } from '../../src/node/release/read-release.js';
import { readTarballFiles } from '../../src/node/release/tarball-files.js';
import { apiSurface, type ExportsMap } from './api-surface.js';
import { checkVersionPolicy, type ReleaseSnapshot } from './version-policy.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; exports: ExportsMap };

/** The working tree as it will be published: clauses/, every published edition locked, the sources' exports. */
async function nextSnapshot(): Promise<ReleaseSnapshot> {
  const corpus = await readCorpusDirectory('clauses');
  const report = verifyLock(corpus, parseLock(readFileSync('clauses/lock.json', 'utf8'), 'clauses/lock.json'));
  const problems = [...report.problems.map((problem) => problem.message), ...report.unlocked.map((edition) => `${edition.document}@${edition.edition} is published but not locked (npm run lock)`)];
  if (problems.length > 0) fail(`clauses/ does not match clauses/lock.json:\n  ${problems.join('\n  ')}`);
  const api = apiSurface(pkg.exports, (subpath, types) => (types === undefined ? undefined : `src/${subpath === '.' ? 'index' : subpath.slice(2)}.ts`));
  return { version: pkg.version, corpus, formats: { corpus: CORPUS_FORMAT, lock: LOCK_FORMAT }, api };
}

/** The last release before this version, fetched as npm would, verified; undefined when there is none. */
async function baseSnapshot(): Promise<ReleaseSnapshot | undefined> {
  let fetched;
  try {
    fetched = await fetchTarball(`${pkg.name}@<${pkg.version}`);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'E404' || cause?.code === 'ETARGET') return undefined;
    throw error;
  }
  const release = await readTarballRelease(fetched.data, { source: `${fetched.name}@${fetched.version}`, origin: 'registry', integrity: fetched.integrity });
  const raw = await readTarballFiles(fetched.data, (path) => path === 'package.json' || path === 'corpus.json' || path === 'clauses/lock.json' || (path.startsWith('dist/') && path.endsWith('.d.ts')));
  const text = new Map([...raw].map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]));
  const format = (path: string) => {
    const value = text.get(path);
    return value === undefined ? 'none' : String((JSON.parse(value) as { format?: unknown }).format ?? 'none');
  };
  const exportsMap = (JSON.parse(text.get('package.json')!) as { exports?: ExportsMap }).exports ?? {};
  return {
    version: release.version,
    corpus: release.corpus,
    formats: { corpus: format('corpus.json'), lock: format('clauses/lock.json') },
    api: apiSurface(exportsMap, (_, types) => types, text),
  };
}

function fail(message: string): never {
  console.error(`release check: ${message}`);
  process.exit(1);
}

try {
  const next = await nextSnapshot();
  const base = await baseSnapshot();
  const verdict = checkVersionPolicy(base, next);
  const against = base === undefined ? 'first release' : `against ${pkg.name}@${base.version}`;
  const lines = [...verdict.refused.map((line) => `refused: ${line}`), ...verdict.reasons.map((line) => `  ${line}`)];
  if (!verdict.ok) {
    const why = verdict.refused.length > 0 ? 'refused' : `declares ${verdict.declared}, its changes call for ${verdict.required}`;
    fail(`${pkg.name}@${pkg.version} (${against}) ${why}:\n${lines.join('\n')}\nFix the changeset's release type (or publish a new edition instead of changing a published one), then 'changeset version' again.`);
  }
  console.log(base === undefined ? `release check: ${pkg.name}@${pkg.version}: first release` : `release check: ${pkg.name}@${pkg.version} (${against}): ${verdict.declared}, changes call for ${verdict.required}${lines.length > 0 ? `:\n${lines.join('\n')}` : ''}`);
} catch (error) {
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

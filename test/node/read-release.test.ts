/**
 * Releases read without a registry (test/release/registry.test.ts has the registry): an
 * installed package directory and a tarball, verified against the lock they ship, and the CLI
 * diffing them in this process. Release 1.0.0 is clauses/ (the published edition); 1.1.0 adds the
 * FICTIONAL 2024-01-01 edition of test/fixtures/corpora/two-editions, locked here.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run.js';
import { createLock, formatLock } from '../../src/checks.js';
import { isReleaseArgument } from '../../src/cli/release-sides.js';
import { readCorpusDirectory, readRelease } from '../../src/node.js';
import { packDirectory, releaseDirectory } from '../helpers/release.js';

let old: string;
let next: string;
let nextTarball: string;

beforeAll(async () => {
  old = releaseDirectory('1.0.0');
  next = releaseDirectory('1.1.0');
  rmSync(join(next, 'clauses', 'disclaimer'), { recursive: true });
  cpSync('test/fixtures/corpora/two-editions/disclaimer', join(next, 'clauses', 'disclaimer'), { recursive: true });
  writeFileSync(join(next, 'clauses', 'lock.json'), formatLock(createLock(await readCorpusDirectory(join(next, 'clauses')))));
  nextTarball = await packDirectory(next);
});

/** In-process, as the executable runs it (test/helpers/run.ts). */
const cli = (args: string[]) => runInProcess(args);

describe('readRelease', () => {
  it('reads an installed package directory and a tarball, verified against their lock', async () => {
    const directory = await readRelease(old);
    expect([directory.label, directory.origin, directory.integrity, directory.verified]).toEqual(['legal-clauses@1.0.0', 'directory', null, ['disclaimer@2003-04-15']]);
    const tarball = await readRelease(nextTarball);
    expect([tarball.label, tarball.origin, tarball.verified]).toEqual(['legal-clauses@1.1.0', 'tarball', ['disclaimer@2003-04-15', 'disclaimer@2024-01-01']]);
    expect(tarball.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect((await readRelease(nextTarball, { integrity: tarball.integrity! })).label).toBe('legal-clauses@1.1.0');
  });

  it('refuses a release that publishes an edition its lock does not cover, naming it', async () => {
    const unlocked = releaseDirectory('1.2.0', join(next, 'clauses'));
    writeFileSync(join(unlocked, 'clauses', 'lock.json'), formatLock(createLock(await readCorpusDirectory('clauses'))));
    await expect(readRelease(unlocked)).rejects.toThrow(
      'legal-clauses@1.2.0 was refused: its corpus does not match its own lock (clauses/lock.json): disclaimer@2024-01-01 is published but not in the lock',
    );
  });
});

describe('legal-clauses diff --from SOURCE --to SOURCE', () => {
  it('compares a directory with a tarball and names both versions', async () => {
    const result = await cli(['diff', '--from', old, '--to', nextTarball, '--lang', 'zh']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['Compared: legal-clauses@1.0.0 → legal-clauses@1.1.0', 'disclaimer 2003-04-15 → 2024-01-01 (zh, governing zh)']);
    expect(result.stdout).toContain('不[-得-]{+应+}用于任何商业用途');
  });

  it('refuses mixing an edition and a release, and --offline without a release', async () => {
    expect(await cli(['diff', '2003-04-15', 'legal-clauses@1.1.0'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "legal-clauses: FROM and TO are two editions or two releases, not one of each (received '2003-04-15' 'legal-clauses@1.1.0')\n",
    });
    expect((await cli(['diff', '--offline', '--corpus', 'test/fixtures/corpora/two-editions'])).stderr).toMatch(/^legal-clauses: --offline applies to releases/);
  });
});

describe('releases in different corpus formats', () => {
  it('compares a release in the first corpus format (corpus@1) with one in the current format', async () => {
    const v1 = 'test/fixtures/releases/legal-clauses-1.0.0-corpus-v1';
    const current = releaseDirectory('2.0.0');
    expect((await readRelease(v1)).verified).toEqual(['disclaimer@2003-04-15']);
    const result = await cli(['diff', '--from', v1, '--to', current, '--format', 'json', '--exit-code']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect([report.sources.from.label, report.sources.to.label, report.identical]).toEqual(['legal-clauses@1.0.0', 'legal-clauses@2.0.0', true]);
    expect(result.status).toBe(0);
  });
});

describe('isReleaseArgument', () => {
  it('tells releases from edition ids', () => {
    expect(['legal-clauses@1.0.0', '@acme/terms@latest', 'x.tgz', '2003-04-15', '2003', 'clauses'].map(isReleaseArgument)).toEqual([true, true, true, false, false, false]);
  });
});

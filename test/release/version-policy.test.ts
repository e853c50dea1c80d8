/**
 * The version policy of docs/trust.md, as the release check applies it before publishing
 * (scripts/release/check-release.ts), on fixture corpora: the published 2003-04-15 edition
 * (clauses/) as the last release, and the fictional 2024-01-01 edition of
 * test/fixtures/corpora/two-editions as the next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCK_FORMAT } from '../../src/checks.js';
import { CORPUS_FORMAT, corpus, type Corpus } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { parseCorpus } from '../../src/schema.js';
import { apiSurface } from '../../scripts/release/api-surface.js';
import { checkVersionPolicy, releaseTypeBetween, type ReleaseSnapshot } from '../../scripts/release/version-policy.js';
import { mutableCorpus } from '../helpers/corpus.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const sourceApi = apiSurface(pkg.exports, (subpath, types) => (types === undefined ? undefined : `src/${subpath === '.' ? 'index' : subpath.slice(2)}.ts`));
const formats = { corpus: CORPUS_FORMAT, lock: LOCK_FORMAT };
const release = (version: string, data: Corpus, changes: Partial<ReleaseSnapshot> = {}): ReleaseSnapshot => ({ version, corpus: data, formats, api: sourceApi, ...changes });
const withNewEdition = await readCorpusDirectory('test/fixtures/corpora/two-editions');
const base = release('1.0.0', corpus);

describe('checkVersionPolicy', () => {
  it('accepts any first release', () => {
    expect(checkVersionPolicy(undefined, release('1.0.0', corpus)).ok).toBe(true);
  });

  it('calls a new edition minor: a patch release of it fails, a minor or major one passes', () => {
    const patch = checkVersionPolicy(base, release('1.0.1', withNewEdition));
    expect(patch).toMatchObject({ ok: false, declared: 'patch', required: 'minor', refused: [] });
    expect(patch.reasons).toEqual(['minor: corpus: new published edition disclaimer@2024-01-01']);
    expect(checkVersionPolicy(base, release('1.1.0', withNewEdition)).ok).toBe(true);
    expect(checkVersionPolicy(base, release('2.0.0', withNewEdition)).ok).toBe(true);
  });

  it('refuses a changed published edition whatever the version', () => {
    const data = mutableCorpus();
    data.clauses.find((clause: { id: string }) => clause.id === 'copyright').editions['2003-04-15'].en.blocks[0].text = '© 1999-2025 1688.com. FIXTURE.';
    const verdict = checkVersionPolicy(base, release('2.0.0', parseCorpus(data)));
    expect(verdict.ok).toBe(false);
    expect(verdict.refused).toEqual([
      'published edition disclaimer@2003-04-15 of 1.0.0 changed: published text never changes; publish the change as a new edition',
    ]);
  });

  it('calls a changed data format (a model break) major', () => {
    const verdict = checkVersionPolicy(base, release('1.1.0', corpus, { formats: { ...formats, corpus: 'legal-clauses/corpus@99' } }));
    expect(verdict).toMatchObject({ ok: false, required: 'major' });
    expect(verdict.reasons).toEqual([`major: model: the corpus format changed from ${CORPUS_FORMAT} to legal-clauses/corpus@99`]);
  });

  it('calls a removed export or entry major, and a new one minor', () => {
    const { './node': node, ...withoutNode } = sourceApi;
    const fewer = { ...sourceApi, './diff': sourceApi['./diff']!.filter((name) => name !== 'diffText') };
    expect(checkVersionPolicy(base, release('1.1.0', corpus, { api: fewer })).reasons).toEqual(["major: API: './diff' no longer exports diffText"]);
    expect(checkVersionPolicy(base, release('1.1.0', corpus, { api: withoutNode })).reasons).toEqual(["major: API: the entry './node' is gone"]);
    expect(node).toContain('readRelease');
    const more = checkVersionPolicy(base, release('1.0.1', corpus, { api: { ...sourceApi, './diff': [...sourceApi['./diff']!, 'diffAnything'] } }));
    expect(more).toMatchObject({ ok: false, required: 'minor', reasons: ["minor: API: './diff' exports diffAnything"] });
  });

  it('refuses a version that does not come after the last one', () => {
    expect(checkVersionPolicy(base, release('1.0.0', corpus)).refused).toEqual(['version 1.0.0 does not come after 1.0.0']);
    expect(releaseTypeBetween('1.2.3', '1.2.4')).toBe('patch');
    expect(releaseTypeBetween('1.2.3', '2.0.0')).toBe('major');
    expect(releaseTypeBetween('1.2.3', '1.1.9')).toBe('none');
  });
});

describe('apiSurface', () => {
  it("reads the same names from a build's declarations as from the sources (npm test builds dist/ first)", () => {
    const files = new Map(readdirSync('dist').filter((name) => name.endsWith('.d.ts')).map((name) => [`dist/${name}`, readFileSync(`dist/${name}`, 'utf8')]));
    expect(apiSurface(pkg.exports, (_, types) => types, files)).toEqual(sourceApi);
    expect(sourceApi['./diff']).toContain('diffEditions');
  });
});

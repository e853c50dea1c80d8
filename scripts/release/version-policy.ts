/**
 * The version policy of docs/trust.md, applied to a release before it is published: the
 * version it declares (from the last release's) must be at least what its changes call for.
 * A new edition is at least minor; a changed published edition is refused whatever the
 * version; a model break (a format tag of the shipped data changed) or an API break (an entry
 * or an export gone) is major.
 */
import { diffReleases, type ReleaseType } from '../../src/checks.js';
import type { Corpus } from '../../src/index.js';

/** What the policy compares of a release. */
export interface ReleaseSnapshot {
  /** The package version, `1.1.0`. */
  version: string;
  corpus: Corpus;
  /** The format tags of the data it ships, by name: `{ corpus: 'legal-clauses/corpus@1', lock: 'legal-clauses/lock@1' }`. */
  formats: Readonly<Record<string, string>>;
  /** The names each entry exports, by subpath (`.`, `./diff`); data subpaths (`./corpus.json`) with no names. */
  api: Readonly<Record<string, readonly string[]>>;
}

/** The verdict on a release. */
export interface PolicyVerdict {
  ok: boolean;
  /** The release type the version declares, against the last release. */
  declared: ReleaseType;
  /** The release type its changes call for. */
  required: ReleaseType;
  /** Why `required`, one sentence each, most serious first. */
  reasons: string[];
  /** What no version number can make acceptable (a published edition changed, a version that does not increase). */
  refused: string[];
}

const RANK: Readonly<Record<ReleaseType, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * Applies the version policy to a release against the last one.
 *
 * @param base - The last release, or undefined for the first.
 * @param next - The release about to be published.
 * @returns The verdict: `ok`, and what is declared, required, and refused.
 * @example
 * checkVersionPolicy(release100, { ...release110, version: '1.0.1' }).refused;
 * //=> []   (but ok is false: a new edition needs a minor release)
 */
export function checkVersionPolicy(base: ReleaseSnapshot | undefined, next: ReleaseSnapshot): PolicyVerdict {
  if (base === undefined) return { ok: true, declared: 'major', required: 'none', reasons: ['first release'], refused: [] };
  const declared = releaseTypeBetween(base.version, next.version);
  const reasons: { type: ReleaseType; text: string }[] = [];
  const refused: string[] = [];
  if (declared === 'none') refused.push(`version ${next.version} does not come after ${base.version}`);

  const changes = diffReleases(base.corpus, next.corpus);
  for (const edition of changes.editions.filter((change) => change.kind === 'edited')) {
    refused.push(`published edition ${edition.document}@${edition.edition} of ${base.version} changed: published text never changes; publish the change as a new edition`);
  }
  if (changes.releaseType !== 'none') reasons.push({ type: changes.releaseType, text: `corpus: ${changes.reasons.join('; ')}` });

  for (const name of new Set([...Object.keys(base.formats), ...Object.keys(next.formats)])) {
    if (base.formats[name] !== next.formats[name]) {
      reasons.push({ type: 'major', text: `model: the ${name} format changed from ${base.formats[name] ?? 'none'} to ${next.formats[name] ?? 'none'}` });
    }
  }

  for (const [subpath, names] of Object.entries(base.api)) {
    const now = next.api[subpath];
    if (now === undefined) {
      reasons.push({ type: 'major', text: `API: the entry '${subpath}' is gone` });
      continue;
    }
    const gone = names.filter((name) => !now.includes(name));
    if (gone.length > 0) reasons.push({ type: 'major', text: `API: '${subpath}' no longer exports ${gone.join(', ')}` });
  }
  for (const [subpath, names] of Object.entries(next.api)) {
    const before = base.api[subpath];
    const added = before === undefined ? [] : names.filter((name) => !before.includes(name));
    if (before === undefined) reasons.push({ type: 'minor', text: `API: new entry '${subpath}'` });
    else if (added.length > 0) reasons.push({ type: 'minor', text: `API: '${subpath}' exports ${added.join(', ')}` });
  }

  reasons.sort((a, b) => RANK[b.type] - RANK[a.type]);
  const required = reasons[0]?.type ?? 'none';
  return {
    ok: refused.length === 0 && RANK[declared] >= RANK[required],
    declared,
    required,
    reasons: reasons.map((reason) => `${reason.type}: ${reason.text}`),
    refused,
  };
}

/**
 * The release type from one version to the next: `major`, `minor` or `patch` by the first
 * number that grows; `none` when the version does not grow.
 *
 * @param from - The last version.
 * @param to - The next version.
 * @returns The release type.
 * @example
 * releaseTypeBetween('1.0.0', '1.1.0');
 * //=> 'minor'
 */
export function releaseTypeBetween(from: string, to: string): ReleaseType {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  for (const [index, type] of (['major', 'minor', 'patch'] as const).entries()) {
    if (b[index]! > a[index]!) return type;
    if (b[index]! < a[index]!) return 'none';
  }
  return 'none';
}

function parseVersion(version: string): number[] {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`'${version}' is not a version`);
  return match.slice(1, 4).map(Number);
}

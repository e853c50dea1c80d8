/**
 * Parts of a report that many clauses hold alike, made once and frozen: a clause's topics, a
 * missing number, its drift, the small counts of a departures table. A report is data to read
 * (docs/diff.md); what is frozen cannot be changed through one clause and seen in another.
 *
 * Why: a report keeps every clause of a document, and a long document's report outlives V8's
 * young collections, which copy it twice and then put it on fresh pages of the old generation
 * (a page fault each). On 10 MB per language (26,207 clauses) these parts were 3 objects of
 * topics, a number, 3 objects of drift and up to four counts per clause: about a fifth of the
 * report's memory.
 */
import type { Language, Topic } from '../model/constants.js';
import { textCountObject } from './plain.js';
import type { Drift, TextCount } from './types.js';

/** Counts up to these are shared (an edit is most often a few characters and words). */
const SHARED_CHARACTERS = 32;
const SHARED_WORDS = 16;
const COUNTS: (TextCount | undefined)[] = [];

/**
 * `{ characters, words }`: a shared, frozen object for small counts, a new one for others.
 *
 * @param characters - Characters (code points).
 * @param words - Words.
 * @returns The count.
 * @example
 * sharedTextCount(3, 1) === sharedTextCount(3, 1);
 * //=> true
 */
export function sharedTextCount(characters: number, words: number): TextCount {
  if (characters > SHARED_CHARACTERS || words > SHARED_WORDS) return textCountObject(characters, words);
  const slot = characters * (SHARED_WORDS + 1) + words;
  return (COUNTS[slot] ??= Object.freeze(textCountObject(characters, words)));
}

/** `{ from: null, to: null }`, frozen: the number of most clauses (they have none). */
export const NO_NUMBER: { readonly from: null; readonly to: null } = Object.freeze({ from: null, to: null });

const DRIFTS = new Map<string, Drift>();

/**
 * A drift, shared and frozen: a report's drifting clauses have one of a few (a kind and two
 * lists of a few languages).
 *
 * @param kind - The kind of drift.
 * @param changed - Languages whose text changed (copied when the drift is first made).
 * @param unchanged - Languages published in both editions whose text did not change.
 * @returns The drift.
 * @example
 * sharedDrift('translation-changed', ['en'], ['zh']) === sharedDrift('translation-changed', ['en'], ['zh']);
 * //=> true
 */
export function sharedDrift(kind: Drift['kind'], changed: readonly Language[], unchanged: readonly Language[]): Drift {
  const key = `${kind} ${changed.join(',')} ${unchanged.join(',')}`;
  let drift = DRIFTS.get(key);
  if (!drift) {
    drift = Object.freeze({ kind, changed: Object.freeze(changed.slice()), unchanged: Object.freeze(unchanged.slice()) });
    DRIFTS.set(key, drift);
  }
  return drift;
}

/** The topics of one clause in both editions. */
export type TopicPair = Readonly<{ from: readonly Topic[] | null; to: readonly Topic[] | null }>;

/**
 * The topic pairs of one report: each distinct pair made once and frozen (a document's clauses
 * have a few topics between them). Kept for one report: topics are corpus content.
 */
export class TopicPairs {
  private readonly pairs = new Map<string, TopicPair>();

  /**
   * The pair of two lists of topics (either null where the clause is not in that edition).
   *
   * @param from - The old edition's topics.
   * @param to - The new edition's topics.
   * @returns The shared pair, equal in content to `{ from, to }`.
   * @example
   * const pairs = new TopicPairs();
   * pairs.of(['general'], ['general']) === pairs.of(['general'], ['general']);
   * //=> true
   */
  of(from: readonly Topic[] | null, to: readonly Topic[] | null): TopicPair {
    // A NUL cannot be part of a topic of a valid corpus; a hand-made corpus's pair is checked whole below.
    const key = `${from === null ? '\u0000' : from.join('\u0001')}\u0000${to === null ? '\u0000' : to.join('\u0001')}`;
    const known = this.pairs.get(key);
    if (known && sameList(known.from, from) && sameList(known.to, to)) return known;
    const pair = Object.freeze({ from: from && Object.freeze(from.slice()), to: to && Object.freeze(to.slice()) });
    this.pairs.set(key, pair);
    return pair;
  }
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Pairing the units of two texts (paragraphs, lines or sentences) so that a revision that
 * reorders and rewrites still shows each unit against itself:
 *
 * 1. equal units pair up (in order of occurrence when a text repeats one);
 * 2. the heaviest in-order subset of those pairs anchors the two texts; the other equal pairs
 *    give way for now;
 * 3. between two anchors, as many units on each side that are each clearly alike pair in order
 *    (units edited in place: the usual case, settled without a search); an equal pair that gave
 *    way pairs again (a unit moved whole) when neither of its units was taken here;
 * 4. what is still unpaired pairs with its most similar unpaired partner, the most alike pairs
 *    first, preferring a partner between the same anchors;
 * 5. two neighbouring pairs that cross are swapped when the swap is at least as alike in total
 *    (two near-duplicate units, such as clauses alike but for their numbers, then stay in place);
 * 6. of all pairs, the heaviest in-order subset stays in place and the rest are moves (a pair
 *    too different to call a move is split into a removed and an added unit); a pair weighs its
 *    similarity, so that the fewest units show as moved, the longer of two alike pairs staying.
 *
 * Near-linear: units are hashed once, similarity uses signatures (similarity.ts) computed once
 * per unit, and the search compares every pair only when there are few, otherwise a bounded
 * number of candidates per unit, found through rare shared features.
 */
import { increasingSubsequence } from './increasing.js';
import { commonStart, commonTail, sampledShare, signatureOf, similarity, type Signature } from './similarity.js';
import type { Units } from './units.js';

/** How two lists of units pair up. */
export interface UnitPairing {
  /** For each old unit, the index of its new unit, or -1 when it has none (removed). */
  pairOf: Int32Array;
  /** For each old unit: 1 when its pair keeps its place, 0 when it moved (or is unpaired). */
  inOrder: Uint8Array;
  /** For each old unit: 1 when its pair has the same text. */
  equal: Uint8Array;
  /**
   * For each old unit, the lengths of the start and of the end it shares with its pair, when
   * the pairing measured them (-1 otherwise): the comparison of the pair need not measure them again.
   */
  same: Int32Array;
  tail: Int32Array;
}

/** Units at least this alike may pair (and then show a redline rather than a removal and an insertion). */
const PAIR_THRESHOLD = 0.4;
/** Units at least this alike are a moved unit (rather than one removed and another added). */
const MOVE_THRESHOLD = 0.55;
/** Units edited in place pair without a search when every pair of a gap is at least this alike. */
const CLEARLY_ALIKE = 0.7;
/** What a candidate in the same gap between anchors gains over one elsewhere: in order where possible. */
const IN_PLACE_BONUS = 0.1;
/** Below this many candidate pairs, the search for moves compares every pair. */
const ALL_PAIRS = 4096;
/** Features shared by more units than this are too common to find candidates by. */
const RARE = 24;
/** Candidates compared per unit in the search for moves. */
const CANDIDATES = 8;

/**
 * Pairs two lists of units.
 *
 * @param before - The old units (core texts).
 * @param after - The new units.
 * @param bySimilarity - Whether units that are not equal may pair (paragraphs, sentences) or only equal ones (lines).
 * @returns The pairing.
 * @example
 * const { pairOf, inOrder } = pairUnits(splitSentences('A term means x. B means y. C means z.'), splitSentences('C means z. A term means x! B means y.'), true);
 * [Array.from(pairOf), Array.from(inOrder)];
 * //=> [[1, 2, 0], [1, 1, 0]]
 */
export function pairUnits(before: Units, after: Units, bySimilarity: boolean): UnitPairing {
  const n = before.count;
  const m = after.count;
  const pairOf = new Int32Array(n).fill(-1);
  const newPaired = new Uint8Array(m);
  const score = new Float64Array(n); // similarity of each pair (1 for equal units)

  const equal = new Uint8Array(n);
  const same = new Int32Array(n).fill(-1);
  const tail = new Int32Array(n).fill(-1);

  // 1. Equal units: the common start and end first (cheap), then an index of the rest.
  let start = 0;
  while (start < n && start < m && sameText(before, start, after, start)) start++;
  let end = 0;
  while (end < n - start && end < m - start && sameText(before, n - 1 - end, after, m - 1 - end)) end++;
  const link = (i: number, j: number, similarityScore: number) => {
    pairOf[i] = j;
    newPaired[j] = 1;
    score[i] = similarityScore;
  };
  const linkEqual = (i: number, j: number) => {
    link(i, j, 1);
    equal[i] = 1;
  };
  for (let k = 0; k < start; k++) linkEqual(k, k);
  for (let k = 0; k < end; k++) linkEqual(n - 1 - k, m - 1 - k);
  pairEqualUnits(before, after, start, n - end, start, m - end, linkEqual);

  if (bySimilarity && pairOf.includes(-1) && newPaired.includes(0)) {
    const signatures = new Signatures(before, after);
    // 2–3. Anchors, and pairs by content between them.
    const anchors = inOrderPairs(pairOf, score, before, after);
    const crossing = unlinkCrossing(anchors, pairOf, newPaired, score, equal);
    let oldFrom = 0;
    let newFrom = 0;
    for (let k = 0; k <= anchors.length; k++) {
      const oldTo = k < anchors.length ? anchors[k]! : n;
      const newTo = k < anchors.length ? pairOf[anchors[k]!]! : m;
      pairGap(oldFrom, oldTo, newFrom, newTo, pairOf, newPaired, signatures, link, same, tail);
      oldFrom = oldTo + 1;
      newFrom = newTo + 1;
    }
    // An equal pair that gave way pairs again (a unit moved whole) when neither of its units was taken in place.
    for (let k = 0; k < crossing.length; k += 2) {
      if (pairOf[crossing[k]!]! < 0 && newPaired[crossing[k + 1]!] === 0) linkEqual(crossing[k]!, crossing[k + 1]!);
    }
    // 4. What is still unpaired, by similarity, anywhere.
    // The gap between anchors each unit lies in (0 before the first anchor).
    const oldGap = new Int32Array(n);
    const newGap = new Int32Array(m);
    anchors.forEach((i, k) => {
      const next = k + 1 < anchors.length ? anchors[k + 1]! : -1;
      oldGap.fill(k + 1, i + 1, next < 0 ? n : next + 1);
      newGap.fill(k + 1, pairOf[i]! + 1, next < 0 ? m : pairOf[next]! + 1);
    });
    pairBySimilarity(pairOf, newPaired, signatures, oldGap, newGap, link);
    uncrossNeighbours(pairOf, score, equal, same, tail, signatures);
  }

  // 6. What stays in place.
  const inOrder = new Uint8Array(n);
  for (const i of inOrderPairs(pairOf, score, before, after)) inOrder[i] = 1;
  for (let i = 0; i < n; i++) {
    if (pairOf[i]! >= 0 && inOrder[i] === 0 && score[i]! < MOVE_THRESHOLD) {
      // Too different to call a move: one unit removed, another added.
      newPaired[pairOf[i]!] = 0;
      pairOf[i] = -1;
    }
  }
  return { pairOf, inOrder, equal, same, tail };
}

/** Code units read for the key of a unit at each of its ends. */
const SAMPLED = 16;
/** Distinct texts under one key beyond which those texts are indexed by their whole text. */
const COLLISIONS = 8;

/** The new units with one text, in order, and how many of them old units took. */
interface Occurrences {
  text: string;
  at: number[];
  used: number;
}

/** The texts of the new units under one key. */
interface Bucket {
  texts: Occurrences[];
  exact: Map<string, Occurrences> | undefined;
}

/**
 * Equal units: each old unit, in order, takes the first new unit with its text that no old
 * unit took yet. Units are looked up by a cheap key (the length and the code units at both
 * ends), then compared whole: cheaper than hashing every unit of both texts whole, since a
 * unit is compared only with units of its length and ends, usually one (and an edited unit
 * only up to its first edit). Many texts under one key (units that differ only in the middle)
 * are then indexed whole, so the lookup stays linear.
 */
function pairEqualUnits(
  before: Units,
  after: Units,
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  link: (i: number, j: number) => void,
): void {
  if (oldFrom >= oldTo || newFrom >= newTo) return;
  // A key's value: the one new unit under it (j >= 0), or ~index of a bucket of several. The
  // keys are a table of numbers (open addressing) in buffers reused from call to call, set up
  // afresh by each: a Map of a long text's units grows by copying into fresh memory.
  const mask = tableFor(newTo - newFrom);
  const keys = tableKeys;
  const values = tableValues;
  const buckets: Bucket[] = [];
  for (let j = newFrom; j < newTo; j++) {
    const key = sampleKey(after, j);
    const slot = slotOf(keys, mask, key);
    if (keys[slot] !== key) {
      keys[slot] = key;
      values[slot] = j;
      continue;
    }
    const text = after.core(j);
    const value = values[slot]!;
    let bucket: Bucket;
    if (value >= 0) {
      bucket = { texts: [{ text: after.core(value), at: [value], used: 0 }], exact: undefined };
      values[slot] = ~buckets.length;
      buckets.push(bucket);
    } else {
      bucket = buckets[~value]!;
    }
    const found = findText(bucket, text);
    if (found) found.at.push(j);
    else addText(bucket, { text, at: [j], used: 0 });
  }
  for (let i = oldFrom; i < oldTo; i++) {
    const key = sampleKey(before, i);
    const slot = slotOf(keys, mask, key);
    if (keys[slot] !== key) continue;
    const value = values[slot]!;
    if (value === TAKEN) continue;
    if (value >= 0) {
      // The only new unit under the key: taken once.
      if (sameText(before, i, after, value)) {
        link(i, value);
        values[slot] = TAKEN;
      }
      continue;
    }
    const found = findText(buckets[~value]!, before.core(i));
    if (found && found.used < found.at.length) link(i, found.at[found.used++]!);
  }
}

/** The keys of {@link pairEqualUnits}' table (-1: a free slot) and their values; reused, grown as needed. */
let tableKeys: Int32Array = new Int32Array(64);
let tableValues: Int32Array = new Int32Array(64);
/** The value of a key whose only unit was taken. */
const TAKEN = -0x80000000;

/** Makes the table ready for `count` keys (at most half full); returns the mask of its slots. */
function tableFor(count: number): number {
  let size = 64;
  while (size < count * 2) size *= 2;
  if (tableKeys.length < size) {
    tableKeys = new Int32Array(size);
    tableValues = new Int32Array(size);
  }
  tableKeys.fill(-1, 0, size);
  return size - 1;
}

/** The slot holding `key`, or the free slot where it goes (keys are never removed). */
function slotOf(keys: Int32Array, mask: number, key: number): number {
  let slot = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) & mask;
  while (keys[slot] !== key && keys[slot] !== -1) slot = (slot + 1) & mask;
  return slot;
}

function findText(bucket: Bucket, text: string): Occurrences | undefined {
  if (bucket.exact) return bucket.exact.get(text);
  for (const entry of bucket.texts) if (entry.text === text) return entry;
  return undefined;
}

function addText(bucket: Bucket, entry: Occurrences): void {
  bucket.texts.push(entry);
  if (bucket.exact) bucket.exact.set(entry.text, entry);
  else if (bucket.texts.length > COLLISIONS) bucket.exact = new Map(bucket.texts.map((other) => [other.text, other]));
}

/**
 * A small-integer key of unit `i`'s text: its length and its first and last code units (all of
 * a short text). Only the ends are read, a few cache lines of a unit that may be long and far
 * from the last one read (the middle of a long text is compared when the keys agree).
 */
function sampleKey(units: Units, i: number): number {
  const { text } = units;
  const from = units.start(i);
  const to = units.coreEnd(i);
  let hash = Math.imul((to - from) ^ 0x811c9dc5, 0x01000193);
  const head = Math.min(to, from + SAMPLED);
  for (let index = from; index < head; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  for (let index = Math.max(head, to - SAMPLED); index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash & 0x3fffffff;
}

/** Whether old unit `i` and new unit `j` have the same text (sliced only when their lengths agree). */
function sameText(before: Units, i: number, after: Units, j: number): boolean {
  return before.coreLength(i) === after.coreLength(j) && before.core(i) === after.core(j);
}

/** Old indices of the pairs that keep their place (heaviest in-order subset), ascending. */
function inOrderPairs(pairOf: Int32Array, score: Float64Array, before: Units, after: Units): Int32Array {
  // Typed lists made at their size: a long text's lists of units would otherwise be large
  // objects grown by copying, each growth in fresh memory.
  let count = 0;
  let increasing = true;
  let last = -1;
  for (let i = 0; i < pairOf.length; i++) {
    const j = pairOf[i]!;
    if (j < 0) continue;
    count++;
    if (j < last) increasing = false;
    last = j;
  }
  const olds = new Int32Array(count);
  for (let i = 0, k = 0; i < pairOf.length; i++) if (pairOf[i]! >= 0) olds[k++] = i;
  // Pairs all in order (the usual revision) all stay: every pair weighs something.
  if (increasing) return olds;
  // Each pair weighs its similarity, so that the fewest units show as moved: a long clause moved
  // past two short ones is the one that moved, and a long paragraph equal by chance to one far
  // away does not make the short clauses between it and its place look moved. Of pairs as alike,
  // the longer stays: its share of all the text (under 1 for all pairs together) breaks the tie.
  const positions = new Int32Array(count);
  const weights = new Float64Array(count);
  let total = 1;
  for (let k = 0; k < count; k++) {
    const i = olds[k]!;
    positions[k] = pairOf[i]!;
    weights[k] = before.coreLength(i) + after.coreLength(pairOf[i]!) + 2;
    total += weights[k]!;
  }
  for (let k = 0; k < count; k++) weights[k] = score[olds[k]!]! + weights[k]! / total;
  const kept = increasingSubsequence(positions, weights);
  return olds.filter((_, index) => kept[index] === 1);
}

/**
 * Step 2, the equal pairs that are not anchors: unlinked (returned as old and new index, one
 * after the other) so that the gaps between anchors may pair their units in place first. A
 * paragraph can be equal to another far away by chance: in a revision that renumbers clause
 * 13059 as clause 13, its new text is clause 13's old text, while clause 13 is edited in
 * place. Taken as equal, they showed as clause 13 moved down the document, and the two clauses
 * around it paired across as well; each is an edit in place.
 */
function unlinkCrossing(anchors: Int32Array, pairOf: Int32Array, newPaired: Uint8Array, score: Float64Array, equal: Uint8Array): number[] {
  const crossing: number[] = [];
  let anchor = 0;
  for (let i = 0; i < pairOf.length; i++) {
    if (anchor < anchors.length && anchors[anchor] === i) {
      anchor++;
      continue;
    }
    const j = pairOf[i]!;
    if (j < 0) continue;
    crossing.push(i, j);
    pairOf[i] = -1;
    newPaired[j] = 0;
    score[i] = 0;
    equal[i] = 0;
  }
  return crossing;
}

/** Lazily computed signatures of both sides. */
class Signatures {
  // By index, made when first asked: most pairs are settled by their common ends, and lists
  // of a long text's size would be large objects made for a few signatures.
  private old: Map<number, Signature> | undefined;
  private now: Map<number, Signature> | undefined;
  constructor(
    readonly before: Units,
    readonly after: Units,
  ) {}
  oldOf(i: number): Signature {
    const known = (this.old ??= new Map()).get(i);
    if (known) return known;
    const signature = signatureOf(this.before.core(i));
    this.old.set(i, signature);
    return signature;
  }
  newOf(j: number): Signature {
    const known = (this.now ??= new Map()).get(j);
    if (known) return known;
    const signature = signatureOf(this.after.core(j));
    this.now.set(j, signature);
    return signature;
  }
  /** The lengths of the common start and end of the last pair scored. */
  same = 0;
  tail = 0;
  /** How alike old unit i and new unit j are: the common ends settle most pairs without a signature. */
  score(i: number, j: number): number {
    const a = this.before.core(i);
    const b = this.after.core(j);
    this.same = commonStart(a, b);
    this.tail = commonTail(a, b, this.same);
    const longer = Math.max(a.length, b.length);
    const ends = longer === 0 ? 1 : (this.same + this.tail) / longer;
    if (ends >= 0.8) return ends;
    const sampled = sampledShare(a, b, this.same, this.tail);
    if (sampled !== undefined && sampled >= 0.75 && Math.min(a.length, b.length) >= 0.8 * Math.max(a.length, b.length)) return sampled;
    return Math.max(ends, similarity(this.oldOf(i), this.newOf(j)));
  }
}

/**
 * The usual gap: as many units on each side, each edited in place. They pair one to one when
 * every pair is clearly alike; anything less clear is left to the search by similarity. The
 * common ends each comparison measured are kept for the pair.
 */
function pairGap(
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  pairOf: Int32Array,
  newPaired: Uint8Array,
  signatures: Signatures,
  link: (i: number, j: number, score: number) => void,
  same: Int32Array,
  tail: Int32Array,
): void {
  let olds = 0;
  let news = 0;
  let firstOld = -1;
  let firstNew = -1;
  for (let i = oldFrom; i < oldTo; i++) if (pairOf[i]! < 0 && olds++ === 0) firstOld = i;
  for (let j = newFrom; j < newTo; j++) if (newPaired[j] === 0 && news++ === 0) firstNew = j;
  if (olds === 0 || olds !== news) return;
  // The usual gap holds one unit on each side: no lists.
  let pairs: [number, number, number, number, number][] | undefined;
  for (let i = firstOld, j = firstNew; i < oldTo; i++, j++) {
    while (pairOf[i]! >= 0) i++;
    while (newPaired[j] === 1) j++;
    const value = signatures.score(i, j);
    if (value < CLEARLY_ALIKE) return;
    if (olds === 1) {
      link(i, j, value);
      same[i] = signatures.same;
      tail[i] = signatures.tail;
      return;
    }
    (pairs ??= []).push([i, j, value, signatures.same, signatures.tail]);
    if (pairs.length === olds) break;
  }
  for (const [i, j, value, start, end] of pairs ?? []) {
    link(i, j, value);
    same[i] = start;
    tail[i] = end;
  }
}

/**
 * Step 5: in place where it costs nothing. Of two old units next to each other among the paired
 * ones whose partners come in the opposite order, each takes the other's partner when both of
 * those pairs may pair and are at least as alike in total. The search by similarity takes the
 * most alike pairs first, and a unit's near-duplicate (the next clause, alike but for its
 * number) can score as high as its own edited text: without this, two clauses edited in place
 * showed as one moved past the other. A real move stays one: its swap would be less alike.
 */
function uncrossNeighbours(pairOf: Int32Array, score: Float64Array, equal: Uint8Array, same: Int32Array, tail: Int32Array, signatures: Signatures): void {
  let previous = -1;
  for (let i = 0; i < pairOf.length; i++) {
    const j = pairOf[i]!;
    if (j < 0) continue;
    const p = previous;
    previous = i;
    if (p < 0 || pairOf[p]! < j || equal[p] === 1 || equal[i] === 1) continue;
    const k = pairOf[p]!;
    const first = signatures.score(p, j);
    const second = signatures.score(i, k);
    if (first < PAIR_THRESHOLD || second < PAIR_THRESHOLD || first + second < score[p]! + score[i]!) continue;
    pairOf[p] = j;
    pairOf[i] = k;
    score[p] = first;
    score[i] = second;
    // The common ends the pairing measured were those of the old pairs.
    same[p] = tail[p] = same[i] = tail[i] = -1;
  }
}

/** Pairs units still unpaired with their most similar unpaired partner, best pairs first, in place preferred. */
function pairBySimilarity(
  pairOf: Int32Array,
  newPaired: Uint8Array,
  signatures: Signatures,
  oldGap: Int32Array,
  newGap: Int32Array,
  link: (i: number, j: number, score: number) => void,
): void {
  const olds: number[] = [];
  const news: number[] = [];
  for (let i = 0; i < pairOf.length; i++) if (pairOf[i]! < 0) olds.push(i);
  for (let j = 0; j < newPaired.length; j++) if (newPaired[j] === 0) news.push(j);
  if (olds.length === 0 || news.length === 0) return;
  const candidates: { i: number; j: number; score: number; rank: number }[] = [];
  const consider = (i: number, j: number) => {
    const value = signatures.score(i, j);
    if (value >= PAIR_THRESHOLD) candidates.push({ i, j, score: value, rank: value + (oldGap[i] === newGap[j] ? IN_PLACE_BONUS : 0) });
  };
  if (olds.length * news.length <= ALL_PAIRS) {
    for (const i of olds) for (const j of news) consider(i, j);
  } else {
    // An index of the new units by feature; each old unit meets the new units that share its
    // rarest features, and compares itself with the few that share the most.
    const index = new Map<number, number[]>();
    for (const j of news) {
      let previous: number | undefined;
      for (const feature of signatures.newOf(j)) {
        if (feature === previous) continue;
        previous = feature;
        const list = index.get(feature);
        if (!list) index.set(feature, [j]);
        else if (list.length <= RARE) list.push(j);
      }
    }
    const hits = new Map<number, number>();
    for (const i of olds) {
      hits.clear();
      let previous: number | undefined;
      for (const feature of signatures.oldOf(i)) {
        if (feature === previous) continue;
        previous = feature;
        const list = index.get(feature);
        if (!list || list.length > RARE) continue;
        for (const j of list) hits.set(j, (hits.get(j) ?? 0) + 1);
      }
      const top = [...hits].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, CANDIDATES);
      for (const [j] of top) consider(i, j);
    }
  }
  candidates.sort((p, q) => q.rank - p.rank || p.i - q.i || p.j - q.j);
  for (const { i, j, score } of candidates) {
    if (pairOf[i]! >= 0 || newPaired[j] === 1) continue;
    link(i, j, score);
  }
}

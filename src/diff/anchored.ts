/**
 * An edit script for sequences too long, or too different, for one bounded Myers run. Runs of
 * a few tokens that occur once in each sequence anchor the two (as patience diff anchors on
 * unique lines; only runs whose hash falls on a sample are looked at, so memory stays a fraction
 * of the text), the heaviest in-order set of anchors is kept, and Myers compares what lies
 * between consecutive anchors. A stretch between anchors that is still long (repetitive text
 * has no unique runs) is compared in windows of a few hundred tokens, matched in proportion on
 * both sides, each with a small budget. Linear in the length: a megabyte-long line with
 * scattered edits is diffed word by word, and a window that differs beyond its budget is shown
 * removed and added whole (still lossless).
 */
import { increasingSubsequence } from './increasing.js';
import { diffSequences, type Op, type OpType } from './myers.js';

/** Tokens per run looked up as an anchor: long enough to be rare in real text, short enough to fit between edits. */
const SHINGLE = 6;
/** One run in this many (by hash) is looked at. */
const SAMPLE = 4;
/** Stretches up to this many tokens (both sides) get one Myers run with the caller's budget. */
const DIRECT = 4000;
/** Tokens per side of a window of a longer stretch, and the edits each may look for. */
const WINDOW = 256;
const WINDOW_EDITS = 64;

/**
 * The edit script between two sequences of strings, found through unique anchors.
 *
 * @param before - The old sequence.
 * @param after - The new sequence.
 * @param maxEdits - The budget of each short stretch between anchors.
 * @returns Runs in order, as `diffSequences` returns them (not always minimal).
 * @example
 * anchoredDiff(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'y'], 10);
 * //=> [{ type: 'equal', count: 7 }, { type: 'removed', count: 1 }, { type: 'added', count: 1 }]
 */
export function anchoredDiff(before: readonly string[], after: readonly string[], maxEdits: number): Op[] {
  const oldHashes = shingleHashes(before);
  const newHashes = shingleHashes(after);
  // Sampled runs that occur once on each side (-1: seen more than once).
  const oldAt = new Map<number, number>();
  oldHashes.forEach((hash, i) => {
    if (hash % SAMPLE !== 0) return;
    oldAt.set(hash, oldAt.has(hash) ? -1 : i);
  });
  const newAt = new Map<number, number>();
  newHashes.forEach((hash, j) => {
    if (hash % SAMPLE !== 0 || !oldAt.has(hash)) return;
    newAt.set(hash, newAt.has(hash) ? -1 : j);
  });
  const olds: number[] = [];
  const news: number[] = [];
  for (const [hash, j] of newAt) {
    const i = oldAt.get(hash)!;
    if (i >= 0 && j >= 0) {
      olds.push(i);
      news.push(j);
    }
  }
  // In old order, for the increasing subsequence.
  const order = olds.map((_, k) => k).sort((x, y) => olds[x]! - olds[y]!);
  const sortedOld = order.map((k) => olds[k]!);
  const sortedNew = order.map((k) => news[k]!);
  const kept = increasingSubsequence(sortedNew);

  const ops: Op[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  for (let k = 0; k < sortedOld.length; k++) {
    if (kept[k] !== 1) continue;
    const i = sortedOld[k]!;
    const j = sortedNew[k]!;
    if (i < oldFrom || j < newFrom) continue; // overlaps the anchor before it
    if (!sameRun(before, i, after, j)) continue; // a hash collision
    stretch(before, after, oldFrom, i, newFrom, j, maxEdits, ops);
    push(ops, 'equal', SHINGLE);
    oldFrom = i + SHINGLE;
    newFrom = j + SHINGLE;
  }
  stretch(before, after, oldFrom, before.length, newFrom, after.length, maxEdits, ops);
  return ops;
}

/** The script of one stretch between anchors: directly when short, window by window when long. */
function stretch(
  before: readonly string[],
  after: readonly string[],
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  maxEdits: number,
  ops: Op[],
): void {
  const n = oldTo - oldFrom;
  const m = newTo - newFrom;
  const compare = (i0: number, i1: number, j0: number, j1: number, budget: number) => {
    const script = diffSequences(before.slice(i0, i1), after.slice(j0, j1), budget) ?? [
      { type: 'removed' as const, count: i1 - i0 },
      { type: 'added' as const, count: j1 - j0 },
    ];
    for (const op of script) push(ops, op.type, op.count);
  };
  if (n + m <= DIRECT) {
    compare(oldFrom, oldTo, newFrom, newTo, maxEdits);
    return;
  }
  const windows = Math.ceil(Math.max(n, m) / WINDOW);
  for (let w = 0; w < windows; w++) {
    compare(
      oldFrom + Math.floor((w * n) / windows),
      oldFrom + Math.floor(((w + 1) * n) / windows),
      newFrom + Math.floor((w * m) / windows),
      newFrom + Math.floor(((w + 1) * m) / windows),
      Math.min(maxEdits, WINDOW_EDITS),
    );
  }
}

function sameRun(before: readonly string[], i: number, after: readonly string[], j: number): boolean {
  for (let k = 0; k < SHINGLE; k++) if (before[i + k] !== after[j + k]) return false;
  return true;
}

/** A 31-bit hash of the run of {@link SHINGLE} tokens starting at each position that has a full one. */
function shingleHashes(tokens: readonly string[]): number[] {
  const single = tokens.map(hashOf);
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) hash = Math.imul(hash ^ single[i + k]!, 0x01000193);
    hashes.push(hash >>> 1);
  }
  return hashes;
}

function hashOf(token: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) hash = Math.imul(hash ^ token.charCodeAt(index), 0x01000193);
  return hash;
}

function push(ops: Op[], type: OpType, count: number): void {
  if (count <= 0) return;
  const last = ops.at(-1);
  if (last && last.type === type) last.count += count;
  else ops.push({ type, count });
}

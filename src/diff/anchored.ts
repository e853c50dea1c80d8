/**
 * An edit script for sequences too long, or too different, for one bounded Myers run: tokens
 * that open a run of a few tokens occurring once in each sequence anchor the two (as patience
 * diff anchors on unique lines), the heaviest in-order set of anchors is kept, and Myers
 * compares what lies between consecutive anchors, each gap with its own budget. Linear in the
 * length plus the cost of the gaps, so a megabyte-long line with scattered edits is diffed
 * precisely instead of being replaced whole.
 */
import { increasingSubsequence } from './increasing.js';
import { diffSequences, type Op, type OpType } from './myers.js';

/** Tokens per shingle: long enough to be rare in real text, short enough to fit between edits. */
const SHINGLE = 6;

/**
 * The edit script between two sequences of strings, found through unique anchors.
 *
 * @param before - The old sequence.
 * @param after - The new sequence.
 * @param maxEdits - The budget of each gap between anchors; a gap that needs more is replaced whole.
 * @returns Runs in order, as `diffSequences` returns them (not always minimal).
 * @example
 * anchoredDiff(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'y'], 10);
 * //=> [{ type: 'equal', count: 7 }, { type: 'removed', count: 1 }, { type: 'added', count: 1 }]
 */
export function anchoredDiff(before: readonly string[], after: readonly string[], maxEdits: number): Op[] {
  const n = before.length;
  const m = after.length;
  const oldShingles = shingles(before);
  const newShingles = shingles(after);
  // Shingles that occur once on each side.
  const counts = new Map<string, number>();
  for (const shingle of oldShingles) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  const newAt = new Map<string, number>();
  newShingles.forEach((shingle, j) => {
    if (counts.get(shingle) !== 1) return;
    newAt.set(shingle, newAt.has(shingle) ? -1 : j);
  });
  const olds: number[] = [];
  const news: number[] = [];
  oldShingles.forEach((shingle, i) => {
    const j = newAt.get(shingle);
    if (j !== undefined && j >= 0 && counts.get(shingle) === 1) {
      olds.push(i);
      news.push(j);
    }
  });
  const kept = increasingSubsequence(news);

  const ops: Op[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  const gap = (oldTo: number, newTo: number) => {
    const a = before.slice(oldFrom, oldTo);
    const b = after.slice(newFrom, newTo);
    const script = diffSequences(a, b, maxEdits) ?? [
      { type: 'removed' as const, count: a.length },
      { type: 'added' as const, count: b.length },
    ];
    for (const op of script) push(ops, op.type, op.count);
  };
  for (let k = 0; k < olds.length; k++) {
    if (kept[k] !== 1) continue;
    const i = olds[k]!;
    const j = news[k]!;
    if (i < oldFrom || j < newFrom) continue; // overlaps the anchor before it
    if (!sameRun(before, i, after, j)) continue; // a shingle collision (a token holding the separator)
    gap(i, j);
    push(ops, 'equal', SHINGLE);
    oldFrom = i + SHINGLE;
    newFrom = j + SHINGLE;
  }
  gap(n, m);
  return ops;
}

function sameRun(before: readonly string[], i: number, after: readonly string[], j: number): boolean {
  for (let k = 0; k < SHINGLE; k++) if (before[i + k] !== after[j + k]) return false;
  return true;
}

/** The shingle starting at each position that has a full one: its tokens joined by a separator no token holds. */
function shingles(tokens: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    let shingle = tokens[i]!;
    for (let k = 1; k < SHINGLE; k++) shingle += `\u0000${tokens[i + k]!}`;
    result.push(shingle);
  }
  return result;
}

function push(ops: Op[], type: OpType, count: number): void {
  if (count <= 0) return;
  const last = ops.at(-1);
  if (last && last.type === type) last.count += count;
  else ops.push({ type, count });
}

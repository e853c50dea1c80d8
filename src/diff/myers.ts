/**
 * The shortest edit script between two sequences of integers (Myers 1986, "An O(ND)
 * Difference Algorithm"), greedy forward pass with the frontier of every step kept for the
 * walk back. Time O((N+M)·D), memory O(D²) for D edits, so the caller bounds D: texts are
 * diffed paragraph by paragraph, and a comparison that would need more edits than the bound
 * gives up (returns undefined) instead of running for minutes.
 *
 * Items are compared with `===`: tokens are short strings, and comparing them directly costs
 * less than interning them into numbers first (measured: interning was 14% of a corpus diff).
 */

/** What an edit-script run does: keep, remove from the old sequence, add from the new one. */
export type OpType = 'equal' | 'removed' | 'added';

/** A run of one kind of edit over `count` consecutive items. */
export interface Op {
  type: OpType;
  count: number;
}

/**
 * The edit script turning `before` into `after`, as runs in order. The runs are minimal in
 * number of removed plus added items. Equal and removed runs walk `before` from start to end;
 * equal and added runs walk `after`.
 *
 * @param before - The old sequence.
 * @param after - The new sequence.
 * @param maxEdits - Give up when more edits than this would be needed. @default Infinity
 * @returns The runs, or undefined when more than `maxEdits` edits are needed.
 * @example
 * diffSequences([1, 2, 3], [1, 4, 3]);
 * //=> [{ type: 'equal', count: 1 }, { type: 'removed', count: 1 }, { type: 'added', count: 1 }, { type: 'equal', count: 1 }]
 */
export function diffSequences<T>(
  before: ArrayLike<T>,
  after: ArrayLike<T>,
  maxEdits = Number.POSITIVE_INFINITY,
): Op[] | undefined {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }

  const ops: Op[] = [];
  push(ops, 'equal', start);
  const middle = middleOps(before, after, start, endBefore, start, endAfter, maxEdits);
  if (middle === undefined) return undefined;
  for (const op of middle) push(ops, op.type, op.count);
  push(ops, 'equal', before.length - endBefore);
  return ops;
}

/** Myers on before[b0, b1) and after[a0, a1), whose first and last items differ. */
function middleOps<T>(
  before: ArrayLike<T>,
  after: ArrayLike<T>,
  b0: number,
  b1: number,
  a0: number,
  a1: number,
  maxEdits: number,
): Op[] | undefined {
  const n = b1 - b0;
  const m = a1 - a0;
  if (n === 0 || m === 0) {
    const ops: Op[] = [];
    push(ops, 'removed', n);
    push(ops, 'added', m);
    return ops;
  }
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // v[offset + k] = furthest x reached on diagonal k (x indexes `before`, y = x - k indexes `after`).
  const v = new Int32Array(2 * limit + 3);
  // trace[d] = v[offset - d .. offset + d] after step d: enough to walk back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && before[b0 + x] === after[a0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return walkBack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return undefined;
}

/** Rebuilds the runs from the frontiers, from the end back to the start. */
function walkBack(trace: readonly Int32Array[], n: number, m: number): Op[] {
  const reversed: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!; // indexed by k + (d - 1)
    const at = (k: number) => previous[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    // Forward, step d is one edit out of (previousX, previousY), then a run of equal items to (x, y).
    push(reversed, 'equal', down ? x - previousX : x - previousX - 1);
    x = previousX;
    y = previousY;
    push(reversed, down ? 'added' : 'removed', 1);
  }
  push(reversed, 'equal', x); // the snake of step 0: x === y here
  return reversed.reverse();
}

function push(ops: Op[], type: OpType, count: number): void {
  if (count <= 0) return;
  const last = ops.at(-1);
  if (last && last.type === type) last.count += count;
  else ops.push({ type, count });
}

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

  runCount = 0;
  addRun(EQUAL, start);
  if (!middleOps(before, after, start, endBefore, start, endAfter, maxEdits)) return undefined;
  addRun(EQUAL, before.length - endBefore);
  // A list of the right size (a list grown by pushing holds 17 places; a text diff makes thousands).
  const ops = new Array<Op>(runCount / 2);
  for (let run = 0; run < runCount; run += 2) ops[run / 2] = opOf(runs[run]!, runs[run + 1]!);
  return ops;
}

/**
 * Runs of up to this many items are shared objects, made once each: a text diff makes
 * thousands of scripts of a few short runs. A run is never changed once made (whoever joins
 * runs makes runs of its own, as anchored.ts does).
 */
const SHARED_COUNT = 64;
const sharedOps: (Op | undefined)[] = new Array<Op | undefined>(3 * (SHARED_COUNT + 1)).fill(undefined);

function opOf(kind: number, count: number): Op {
  if (count > SHARED_COUNT) return { type: KINDS[kind]!, count };
  const slot = kind * (SHARED_COUNT + 1) + count;
  return (sharedOps[slot] ??= { type: KINDS[kind]!, count });
}

/** The runs of the script being built, a kind and a count each (consecutive runs of a kind joined). */
let runs = new Int32Array(256);
let runCount = 0;
const EQUAL = 0;
const REMOVED = 1;
const ADDED = 2;
const KINDS: readonly OpType[] = ['equal', 'removed', 'added'];

function addRun(kind: number, count: number): void {
  if (count <= 0) return;
  if (runCount > 0 && runs[runCount - 2] === kind) {
    runs[runCount - 1]! += count;
    return;
  }
  if (runCount + 2 > runs.length) {
    const grown = new Int32Array(runs.length * 2);
    grown.set(runs);
    runs = grown;
  }
  runs[runCount++] = kind;
  runs[runCount++] = count;
}

/**
 * Frontiers of the steps of one run, row d (the furthest x on diagonals -d..d) at index d²:
 * one buffer reused from call to call, since a text diff makes thousands of small runs and a
 * typed array per step was a quarter of the diff's allocations. Kept only while small.
 */
let frontiers = new Int32Array(1024);
const KEPT_FRONTIERS = 1 << 16;

/** Myers on before[b0, b1) and after[a0, a1), whose first and last items differ: adds the runs, or returns false. */
function middleOps<T>(
  before: ArrayLike<T>,
  after: ArrayLike<T>,
  b0: number,
  b1: number,
  a0: number,
  a1: number,
  maxEdits: number,
): boolean {
  const n = b1 - b0;
  const m = a1 - a0;
  if (n === 0 || m === 0) {
    addRun(REMOVED, n);
    addRun(ADDED, m);
    return true;
  }
  const limit = Math.min(n + m, maxEdits);
  let trace = frontiers;
  for (let d = 0; d <= limit; d++) {
    const row = d * d;
    if (row + 2 * d + 1 > trace.length) {
      const grown = new Int32Array(Math.max(trace.length * 2, row + 2 * d + 1));
      grown.set(trace.subarray(0, row));
      trace = grown;
      if (trace.length <= KEPT_FRONTIERS) frontiers = trace;
    }
    // Row d - 1 starts at (d - 1)², diagonal k at index k + d - 1 (step 0 starts from x = 0).
    const previous = row - 2 * d + 1;
    for (let k = -d; k <= d; k += 2) {
      let x =
        d === 0
          ? 0
          : k === -d || (k !== d && trace[previous + k - 1 + d - 1]! < trace[previous + k + 1 + d - 1]!)
            ? trace[previous + k + 1 + d - 1]!
            : trace[previous + k - 1 + d - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && before[b0 + x] === after[a0 + y]) {
        x++;
        y++;
      }
      trace[row + k + d] = x;
      if (x >= n && y >= m) {
        walkBack(trace, d, n, m);
        return true;
      }
    }
  }
  return false;
}

/** The runs found walking back, last first: a kind (0 equal, 1 removed, 2 added) and a count each. */
let walked = new Int32Array(256);

/** Rebuilds the runs from the frontiers of steps 0..last, from the end back to the start, and adds them in order. */
function walkBack(trace: Int32Array, last: number, n: number, m: number): void {
  // At most two runs per step, and the first snake.
  if (walked.length < 4 * last + 2) walked = new Int32Array(4 * last + 2);
  let count = 0;
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const previous = (d - 1) * (d - 1) + d - 1; // row d - 1: diagonal k at previous + k
    const k = x - y;
    const down = k === -d || (k !== d && trace[previous + k - 1]! < trace[previous + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = trace[previous + previousK]!;
    const previousY = previousX - previousK;
    // Forward, step d is one edit out of (previousX, previousY), then a run of equal items to (x, y).
    count = noteWalked(count, EQUAL, down ? x - previousX : x - previousX - 1);
    x = previousX;
    y = previousY;
    count = noteWalked(count, down ? ADDED : REMOVED, 1);
  }
  count = noteWalked(count, EQUAL, x); // the snake of step 0: x === y here
  for (let run = count - 2; run >= 0; run -= 2) addRun(walked[run]!, walked[run + 1]!);
}

/** Adds a run to the runs walked back (last first); returns their new count of numbers. */
function noteWalked(count: number, kind: number, length: number): number {
  if (length <= 0) return count;
  if (count > 0 && walked[count - 2] === kind) {
    walked[count - 1]! += length;
    return count;
  }
  walked[count] = kind;
  walked[count + 1] = length;
  return count + 2;
}

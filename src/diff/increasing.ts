/**
 * The heaviest increasing subsequence: of items given in one order (old positions), the
 * subset of greatest total weight whose other order (new positions) also increases. It is
 * what stays in place when two orders are compared — the rest moved — and it runs in
 * O(n log n) with a Fenwick tree of running maxima, where a longest common subsequence by
 * dynamic programming costs O(n²).
 */

/**
 * Which items keep their order.
 *
 * @param positions - The new position of each item, items listed in old order; positions are distinct non-negative integers.
 * @param weights - The weight of each item (all 1 counts items). @default every item 1
 * @returns One flag per item: 1 when it belongs to the chosen subsequence. Of equally heavy
 *   choices, the one keeping later items is taken (so that of two swapped items, the one
 *   that moved forward is reported as moved).
 * @example
 * Array.from(increasingSubsequence([0, 3, 1, 2]));
 * //=> [1, 0, 1, 1]
 */
export function increasingSubsequence(positions: ArrayLike<number>, weights?: ArrayLike<number>): Uint8Array {
  const count = positions.length;
  const kept = new Uint8Array(count);
  if (count === 0) return kept;
  let size = 0;
  for (let index = 0; index < count; index++) size = Math.max(size, positions[index]! + 1);
  // tree[i]: the best chain ending at a position in i's Fenwick range; best/ends per item.
  const treeWeight = new Float64Array(size + 1).fill(-1);
  const treeItem = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(count);
  const total = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const position = positions[index]!;
    // The best chain ending before `position`.
    let bestWeight = 0;
    let bestItem = -1;
    for (let i = position; i > 0; i -= i & -i) {
      if (treeWeight[i]! > bestWeight || (treeWeight[i] === bestWeight && treeItem[i]! > bestItem && bestItem >= 0)) {
        bestWeight = treeWeight[i]!;
        bestItem = treeItem[i]!;
      }
    }
    const weight = weights === undefined ? 1 : weights[index]!;
    total[index] = bestWeight + weight;
    previous[index] = bestItem;
    for (let i = position + 1; i <= size; i += i & -i) {
      if (total[index]! >= treeWeight[i]!) {
        treeWeight[i] = total[index]!;
        treeItem[i] = index;
      }
    }
  }
  let end = 0;
  for (let index = 1; index < count; index++) if (total[index]! >= total[end]!) end = index;
  for (let index = end; index >= 0; index = previous[index]!) kept[index] = 1;
  return kept;
}

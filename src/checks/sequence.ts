/** Comparing orders of ids: which stayed in order, which moved. */

/**
 * The items of a longest common subsequence of two lists of distinct ids: the ids that kept
 * their relative order. Ids outside it moved. Quadratic, for lists of clauses or sections.
 *
 * @param a - The first order.
 * @param b - The second order.
 * @returns The ids that kept their relative order.
 * @example
 * [...keptInOrder(['a', 'b', 'c'], ['b', 'c', 'a'])];
 * //=> ['b', 'c']
 */
export function keptInOrder(a: readonly string[], b: readonly string[]): Set<string> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

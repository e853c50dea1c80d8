/**
 * The candidate a mistyped `input` most plausibly meant, when one is close enough; otherwise
 * `undefined`. Compared in lower case by edit distance, where swapping two neighbouring letters
 * counts as one edit (`shwo` → `show`, as git suggests commands), or else the only candidate
 * that `input` begins (`warn` → `warning`).
 *
 * @param input - What was typed.
 * @param candidates - What exists.
 * @returns The suggestion, or `undefined`.
 * @example
 * didYouMean('shwo', ['list', 'show', 'render']);
 * //=> 'show'
 * didYouMean('warn', ['error', 'warning', 'note', 'never']);
 * //=> 'warning'
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const typed = input.toLowerCase();
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const extending: string[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (typed.length >= 2 && lower.length > typed.length && lower.startsWith(typed)) extending.push(candidate);
    // The distance is at least the difference in length: a long input (a pasted file) costs nothing.
    if (Math.abs(lower.length - typed.length) >= bestDistance) continue;
    const distance = editDistance(typed, lower);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best ?? (extending.length === 1 ? extending[0] : undefined);
}

/**
 * Optimal string alignment distance (Levenshtein plus transpositions of neighbours) by UTF-16
 * code unit, with three rolling rows; ids and option values are short.
 */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current.push(distance);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/**
 * `a, b, c and 4 more`: a readable list of what exists, bounded for very large corpora.
 *
 * @param items - What exists.
 * @param max - How many to name.
 * @returns The list, or `(none)`.
 * @example
 * listForMessage(['a', 'b', 'c', 'd'], 2);
 * //=> 'a, b and 2 more'
 */
export function listForMessage(items: readonly string[], max = 12): string {
  if (items.length === 0) return '(none)';
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

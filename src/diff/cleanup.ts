/**
 * Making a minimal edit script readable. The shortest script is not the clearest redline:
 * it matches stray spaces and common characters inside rewritten text ("chaff"), and it may
 * place an insertion anywhere in a run of repeated tokens. Two passes fix that, both moving
 * whole tokens, so neither can split a word or a surrogate pair, and neither loses text:
 *
 * 1. Fold small equalities into the changes around them (diff-match-patch's semantic cleanup):
 *    an equality no longer than the larger side of the change on each side of it becomes
 *    part of both. This merges two highlights separated by one character. An equality holding
 *    a line break is never folded, so changes in different paragraphs stay apart; a change the
 *    keyed alignment found (typographic: `YOU` → `you`) is folded only with another such change,
 *    so that a real edit inside a re-cased sentence stays its own change; a piece of a moved
 *    unit is never folded.
 * 2. Slide a pure insertion or removal, where repeated tokens allow it, to the position whose
 *    edges fall on the clearest boundaries (line, then space, then punctuation), preferring
 *    one that starts with a word rather than a space. The search is bounded and looks only at
 *    the tokens at the edges, so it stays linear on repeated text.
 */
import type { Change, Redline } from './redline.js';
import { appendTokens, equalityOf, holdsLineBreak } from './redline.js';

/**
 * Cleans up a redline in place (see the module comment) and returns it.
 *
 * @param redline - A redline whose equal and removed tokens rebuild the old text and whose
 *   equal and added tokens rebuild the new one; this still holds afterwards.
 * @returns The same redline.
 * @example
 * // Two one-character changes one character apart become one change:
 * const builder = new RedlineBuilder();
 * builder.equal(['甲']), builder.remove(['乙']), builder.add(['子']), builder.equal(['丙']);
 * builder.remove(['丁']), builder.add(['寅']), builder.equal(['戊']);
 * redlineToSegments(cleanupRedline(builder.finish()), '甲乙丙丁戊', '甲子丙寅戊');
 * //=> [{ type: 'equal', value: '甲' }, { type: 'removed', value: '乙丙丁', class: 'substantive' }, { type: 'added', value: '子丙寅', class: 'substantive' }, { type: 'equal', value: '戊' }]
 */
export function cleanupRedline(redline: Redline): Redline {
  foldSmallEqualities(redline);
  slideEdits(redline);
  return redline;
}

function foldSmallEqualities(redline: Redline): void {
  if (redline.changes.length < 2) return;
  // One pass with the result as a stack: each change is pushed, then the equality before it is
  // folded while it is small enough, which may make the one before that foldable in turn.
  // Linear in the number of changes (a text with thousands of edits must not cost n²). The
  // stack is the start of the redline's own lists (`kept` changes and the equalities around
  // them): it never grows past the change being read, so no new lists are made.
  const { equalities, changes } = redline;
  let kept = 0;
  for (let index = 0; index < changes.length; index++) {
    changes[kept] = changes[index]!;
    equalities[kept + 1] = equalities[index + 1]!;
    kept++;
    while (kept >= 2) {
      const equality = equalities[kept - 1]!;
      const left = changes[kept - 2]!;
      const right = changes[kept - 1]!;
      if (
        left.move !== undefined ||
        right.move !== undefined ||
        left.keyed !== right.keyed ||
        equality.weight > Math.max(left.removedWeight, left.addedWeight) ||
        equality.weight > Math.max(right.removedWeight, right.addedWeight) ||
        holdsLineBreak(equality)
      ) {
        break;
      }
      append(left, equality.tokens, equality.weight, 'removed');
      append(left, equality.tokens, equality.weight, 'added');
      append(left, right.removed, right.removedWeight, 'removed');
      append(left, right.added, right.addedWeight, 'added');
      equalities[kept - 1] = equalities[kept]!;
      kept--;
    }
  }
  changes.length = kept;
  equalities.length = kept + 1;
}

function append(change: Change, tokens: readonly string[], weight: number, side: 'removed' | 'added'): void {
  appendTokens(change, side, tokens);
  if (side === 'removed') change.removedWeight += weight;
  else change.addedWeight += weight;
}

function slideEdits({ equalities, changes }: Redline): void {
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    if (change.move || change.keyed) continue;
    const side = change.removed.length === 0 ? 'added' : change.added.length === 0 ? 'removed' : undefined;
    if (side === undefined) continue;
    const before = equalities[index]!;
    const after = equalities[index + 1]!;
    const slid = bestPlace(before.tokens, change[side], after.tokens, index > 0, index < changes.length - 1);
    if (slid === undefined) continue;
    equalities[index] = equalityOf(slid.before);
    equalities[index + 1] = equalityOf(slid.after);
    change[side] = slid.edit;
  }
}

/**
 * The best place for `edit` between `before` and `after`, or undefined when it cannot move.
 * An inner equality keeps at least one token, so that two changes never touch.
 */
function bestPlace(
  before: readonly string[],
  edit: readonly string[],
  after: readonly string[],
  innerBefore: boolean,
  innerAfter: boolean,
): { before: string[]; edit: string[]; after: string[] } | undefined {
  // How far the edit can move left (its last token equals the token before it) and right;
  // bounded, so that a run of repeated lines costs at most a few times the edit's length.
  const bound = Math.min(edit.length * 8, 256);
  const minBefore = innerBefore ? 1 : 0;
  let left = 0;
  while (
    before.length - left > minBefore &&
    left < bound &&
    before[before.length - 1 - left] === edit[(((edit.length - 1 - left) % edit.length) + edit.length) % edit.length]
  ) {
    left++;
  }
  const minAfter = innerAfter ? 1 : 0;
  let right = 0;
  while (after.length - right > minAfter && right < bound && after[right] === edit[right % edit.length]) {
    right++;
  }
  if (left === 0 && right === 0) return undefined;

  // Candidate shift s in [-left, right]: the edit becomes the tokens at that offset of the run
  // before.slice(-left) + edit + after.slice(0, right). Only the tokens at its edges are scored.
  const runLength = left + edit.length + right;
  const runAt = (k: number): string | undefined =>
    k < 0 ? before[before.length - left + k] : k < left ? before[before.length - left + k] : k < left + edit.length ? edit[k - left] : k < runLength ? after[k - left - edit.length] : after[right + k - runLength];
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let shift = -left; shift <= right; shift++) {
    const start = shift + left;
    const first = runAt(start)!;
    const last = runAt(start + edit.length - 1);
    const score = boundaryScore(runAt(start - 1), first) + boundaryScore(last, runAt(start + edit.length)) + (/^\s/u.test(first) ? 0 : 0.5);
    if (score > bestScore) {
      bestScore = score;
      best = shift;
    }
  }
  if (best === 0) return undefined;
  const run = [...before.slice(before.length - left), ...edit, ...after.slice(0, right)];
  const start = best + left;
  return {
    before: [...before.slice(0, before.length - left), ...run.slice(0, start)],
    edit: run.slice(start, start + edit.length),
    after: [...run.slice(start + edit.length), ...after.slice(right)],
  };
}

/** How clear a boundary between two tokens is: edge of text, line, space, punctuation, other. */
function boundaryScore(left: string | undefined, right: string | undefined): number {
  if (left === undefined || right === undefined) return 6;
  if (/[\n\r]$/.test(left) || /^[\n\r]/.test(right)) return 5;
  if (/\s$/u.test(left) || /^\s/u.test(right)) return 3;
  if (/^[\p{P}\p{S}]/u.test(left) || /^[\p{P}\p{S}]/u.test(right)) return 2;
  return 1;
}

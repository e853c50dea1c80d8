/**
 * The inline diff of two texts: a lossless redline at word level for English and character
 * level for Chinese. Structure first, then detail: lines (paragraphs) are aligned, then the
 * sentences of the lines that differ, then the tokens of the sentences that differ. The cost
 * follows the size of the changes, not of the text, and a sentence moved as a whole is
 * aligned as a whole (one removal, one insertion) instead of being matched character by
 * character against the text it jumped over. The result is cleaned up for reading (cleanup.ts).
 */
import { InvalidOptionsError } from '../errors.js';
import { checkArguments, text } from '../util/arguments.js';
import { TEXT_DIFF_OPTIONS } from './arguments.js';
import { cleanupRedline } from './cleanup.js';
import { diffSequences, type Op } from './myers.js';
import { RedlineBuilder, redlineToSegments } from './redline.js';
import { splitLines, splitSentences } from './split.js';
import { tokenize } from './tokenize.js';
import type { Segment } from './types.js';

/** Options of {@link diffText}. */
export interface TextDiffOptions {
  /**
   * The most edits (removed plus added units) one comparison may look for before it settles
   * for less detail: sentences are then paired in order, and a pair that still differs more
   * is shown as removed and added whole. Bounds time and memory on texts that share little.
   * @default 2000
   */
  maxEdits?: number | undefined;
}

/** Changed sentences holding more tokens than this are compared sentence by sentence, not as one block. */
const BLOCK_TOKENS = 20_000;

/** The coarse levels, coarsest first; after the last one come tokens. */
const LEVELS = [splitLines, splitSentences] as const;

/**
 * A redline of two texts: segments whose `equal` and `removed` values joined give `before`
 * exactly, and whose `equal` and `added` values joined give `after` exactly. English changes
 * by whole words, Chinese by characters; whitespace changes (a removed stray space, a
 * no-break space) are shown; highlights one character apart are merged; a sentence moved
 * whole reads as one removal and one insertion; a surrogate pair or emoji sequence is never split.
 *
 * @param before - The old text.
 * @param after - The new text.
 * @param options - See {@link TextDiffOptions}.
 * @returns The segments, in reading order: `[]` when both texts are empty.
 * @throws {InvalidOptionsError} When `maxEdits` is not a positive integer.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * diffText('不得用于商业用途', '不应用于商业用途');
 * //=> [{ type: 'equal', value: '不' }, { type: 'removed', value: '得' }, { type: 'added', value: '应' }, { type: 'equal', value: '用于商业用途' }]
 * diffText('no warrantees', 'no warranties');
 * //=> [{ type: 'equal', value: 'no ' }, { type: 'removed', value: 'warrantees' }, { type: 'added', value: 'warranties' }]
 */
export function diffText(before: string, after: string, options: TextDiffOptions = {}): Segment[] {
  checkArguments('diffText', ['before', before, text], ['after', after, text], ['options', options, TEXT_DIFF_OPTIONS]);
  const maxEdits = options.maxEdits ?? 2000;
  if (!Number.isInteger(maxEdits) || maxEdits < 1) {
    throw new InvalidOptionsError(`maxEdits must be a positive integer (received ${String(maxEdits)})`);
  }
  if (before === after) return before === '' ? [] : [{ type: 'equal', value: before }];
  const builder = new RedlineBuilder();
  diffHunk(builder, [before], [after], -1, maxEdits);
  return redlineToSegments(cleanupRedline(builder.finish()));
}

/**
 * Compares one hunk (the units of `level` between two equal runs) at the next finer level.
 * Level -1 is the whole text.
 */
function diffHunk(
  builder: RedlineBuilder,
  removed: readonly string[],
  added: readonly string[],
  level: number,
  maxEdits: number,
): void {
  if (removed.length === 0 || added.length === 0) {
    builder.remove(removed, true);
    builder.add(added, true);
    return;
  }
  const before = removed.join('');
  const after = added.join('');
  const split = LEVELS[level + 1];
  if (split) {
    diffUnits(builder, split(before), split(after), level + 1, maxEdits);
    return;
  }
  if (diffTokens(builder, before, after, maxEdits)) return;
  if (removed.length > 1 || added.length > 1) {
    // Too large or too different as a block: pair the units in order.
    const paired = Math.min(removed.length, added.length);
    for (let index = 0; index < paired; index++) {
      diffHunk(builder, [removed[index]!], [added[index]!], level, maxEdits);
    }
    builder.remove(removed.slice(paired), true);
    builder.add(added.slice(paired), true);
    return;
  }
  builder.remove(removed, true);
  builder.add(added, true);
}

/** Aligns two lists of units; equal runs go to the builder, each hunk one level finer. */
function diffUnits(
  builder: RedlineBuilder,
  oldUnits: readonly string[],
  newUnits: readonly string[],
  level: number,
  maxEdits: number,
): void {
  const ops = diffSequences(oldUnits, newUnits, maxEdits) ?? diffInWindows(oldUnits, newUnits, maxEdits);
  let oldAt = 0;
  let newAt = 0;
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index]!;
    if (op.type === 'equal') {
      builder.equal(oldUnits.slice(oldAt, oldAt + op.count), true);
      oldAt += op.count;
      newAt += op.count;
      continue;
    }
    let removed = 0;
    let added = 0;
    for (; index < ops.length && ops[index]!.type !== 'equal'; index++) {
      if (ops[index]!.type === 'removed') removed += ops[index]!.count;
      else added += ops[index]!.count;
    }
    index--;
    diffHunk(builder, oldUnits.slice(oldAt, oldAt + removed), newUnits.slice(newAt, newAt + added), level, maxEdits);
    oldAt += removed;
    newAt += added;
  }
}

/** Units per side in one window of {@link diffInWindows}: small enough for any budget to cover it. */
const WINDOW = 200;

/**
 * An edit script for when aligning all units at once would need more than `maxEdits` edits
 * (most lines of a long text changed): the units between the common start and end are cut into
 * windows of about {@link WINDOW} units, in proportion on both sides, and each window pair is
 * aligned on its own. A unit inserted or removed shifts the alignment only near a window edge;
 * the cost stays linear in the length.
 */
function diffInWindows(before: readonly string[], after: readonly string[], maxEdits: number): Op[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) {
    end++;
  }
  const n = before.length - start - end;
  const m = after.length - start - end;
  const windows = Math.max(1, Math.ceil(Math.max(n, m) / WINDOW));
  const ops: Op[] = [{ type: 'equal', count: start }];
  for (let window = 0; window < windows; window++) {
    const oldFrom = start + Math.floor((window * n) / windows);
    const oldTo = start + Math.floor(((window + 1) * n) / windows);
    const newFrom = start + Math.floor((window * m) / windows);
    const newTo = start + Math.floor(((window + 1) * m) / windows);
    const oldSlice = before.slice(oldFrom, oldTo);
    const newSlice = after.slice(newFrom, newTo);
    ops.push(
      ...(diffSequences(oldSlice, newSlice, Math.max(maxEdits, 2 * WINDOW + 2)) ?? [
        { type: 'removed', count: oldSlice.length },
        { type: 'added', count: newSlice.length },
      ]),
    );
  }
  ops.push({ type: 'equal', count: end });
  return ops.filter((op) => op.count > 0);
}

/**
 * Feeds the token diff to the builder; false (and nothing fed) when it would cost too much.
 * The common start and end are cut off first, at a place where a token must end in both texts,
 * so that only the part that differs is split into tokens.
 */
function diffTokens(builder: RedlineBuilder, before: string, after: string, maxEdits: number): boolean {
  const [start, end] = commonEnds(before, after);
  const oldTokens = tokenize(before.slice(start, before.length - end));
  const newTokens = tokenize(after.slice(start, after.length - end));
  if (oldTokens.length + newTokens.length > BLOCK_TOKENS) return false;
  const ops = diffSequences(oldTokens, newTokens, maxEdits);
  if (ops === undefined) return false;
  if (start > 0) builder.equal([before.slice(0, start)], true);
  let oldAt = 0;
  let newAt = 0;
  for (const { type, count } of ops) {
    if (type === 'equal') {
      builder.equal(oldTokens, false, oldAt, oldAt + count);
      oldAt += count;
      newAt += count;
    } else if (type === 'removed') {
      builder.remove(oldTokens, false, oldAt, oldAt + count);
      oldAt += count;
    } else {
      builder.add(newTokens, false, newAt, newAt + count);
      newAt += count;
    }
  }
  if (end > 0) builder.equal([before.slice(before.length - end)], true);
  return true;
}

/**
 * Lengths of the common start and end of two texts, each shortened to a place where a token
 * ends whatever comes next: before a space (not the \n of \r\n) or before a CJK ideograph, since
 * no token runs into either. Cutting there tokenizes the rest exactly as the whole text would be.
 */
function commonEnds(before: string, after: string): [number, number] {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // The cut is before index `start` (resp. before.length - end), which must hold a common character.
  while (start > 0 && !(stableCut(before, start - 1) && stableCut(after, start - 1))) start--;
  if (start > 0) start--;
  while (end > 0 && !(stableCut(before, before.length - end) && stableCut(after, after.length - end))) end--;
  return [start, end];
}

/** Whether a token boundary falls right before `text[index]`, whatever follows it. */
function stableCut(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x0a) return index === 0 || text.charCodeAt(index - 1) !== 0x0d;
  // Whitespace (\s) and the CJK Unified Ideographs (and extension A, compatibility): never inside a token.
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * The inline diff of two texts: a lossless redline at word level for English and character
 * level for Chinese, with every change classified. Structure first, then detail:
 *
 * 1. paragraphs (separated by blank lines) are paired, by identity and then by content, so a
 *    revision that reorders and rewrites still shows each paragraph against itself, and a
 *    paragraph that moved is one move (with its own redline when it was also edited);
 * 2. lines of a paired paragraph that holds line breaks (preformatted text) are aligned where
 *    they are equal; the rest goes to sentences whole, so that re-wrapped text is compared
 *    word by word whatever its line breaks;
 * 3. sentences of paired paragraphs are paired the same way as paragraphs;
 * 4. tokens of paired sentences are compared by a Myers diff of their typographic keys
 *    (typography.ts): `YOU` lines up with `you` as a case change, so a re-cased sentence shows
 *    its real edits as edits.
 *
 * The result is cleaned up for reading (cleanup.ts) and each change classified (redline.ts).
 */
import { InvalidOptionsError } from '../errors.js';
import { anchoredDiff } from './anchored.js';
import { checkArguments, text } from '../util/arguments.js';
import { TEXT_DIFF_OPTIONS } from './arguments.js';
import { cleanupRedline } from './cleanup.js';
import { diffSequences, type Op } from './myers.js';
import { pairUnits } from './pair-units.js';
import { equalSegment } from './plain.js';
import { commonEnds } from './similarity.js';
import { appendSegments, RedlineBuilder, type MoveMark, type Redline, type SegmentCursor } from './redline.js';
import { tokenizeInto, tokensOf } from './tokenize.js';
import type { Segment } from './types.js';
import { keyOf } from './typography.js';
import { splitLines, splitParagraphs, splitSentences, unitStartAtOrAfter, unitStartAtOrBefore, type Units } from './units.js';

/** Options of {@link diffText}. */
export interface TextDiffOptions {
  /**
   * The most edits (removed plus added tokens) one comparison of two sentences may look for
   * before it settles for less detail: longer or more different texts are then compared
   * through anchors (runs of tokens that occur once on each side), and a stretch between two
   * anchors that still differs more is shown as removed and added whole. Bounds time and
   * memory on texts that share little.
   * @default 2000
   */
  maxEdits?: number | undefined;
}

/** The levels a text is compared at, coarsest first. */
type Level = 0 | 1 | 2 | 3;
const Level = { Paragraphs: 0, Lines: 1, Sentences: 2, Tokens: 3 } as const;

function finer(level: Level): Level {
  return Math.min(level + 1, Level.Tokens) as Level;
}

/** State shared by one call: the budget and the numbering of moves. */
interface Context {
  maxEdits: number;
  moves: number;
}

/** Changed sentences holding more tokens than this are compared through anchors, not in one Myers run. */
const BLOCK_TOKENS = 4000;

/**
 * A redline of two texts: segments whose `equal` and `removed` values joined give `before`
 * exactly, and whose `equal` and `added` values joined give `after` exactly. English changes
 * by whole words, Chinese by characters, punctuation or spaces inside a word by character;
 * every change says whether it is substantive or typographic (and which kinds: whitespace,
 * wrapping, punctuation-width, quotes, case); a paragraph or sentence that moved is one
 * `removed` piece and one `added` piece sharing a `move` number, the added one carrying the
 * unit's own redline in `edits`.
 *
 * @param before - The old text.
 * @param after - The new text.
 * @param options - See {@link TextDiffOptions}.
 * @returns The segments, in reading order: `[]` when both texts are empty.
 * @throws {InvalidOptionsError} When `maxEdits` is not a positive integer.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * diffText('不得用于商业用途', '不应用于商业用途');
 * //=> [{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }, { type: 'equal', value: '用于商业用途' }]
 * diffText("the user’s data", "the user's data").filter((s) => s.type !== 'equal');
 * //=> [{ type: 'removed', value: '’', class: 'typographic', kinds: ['quotes'] }, { type: 'added', value: "'", class: 'typographic', kinds: ['quotes'] }]
 */
export function diffText(before: string, after: string, options: TextDiffOptions = {}): Segment[] {
  checkArguments('diffText', ['before', before, text], ['after', after, text], ['options', options, TEXT_DIFF_OPTIONS]);
  return textRedline(before, after, options);
}

/**
 * {@link diffText} for a caller that has checked the kinds of its arguments (`diffEditions`
 * checks its options once, then compares thousands of texts): the same redline, without the
 * lists that checking makes on every call.
 *
 * @param before - The old text.
 * @param after - The new text.
 * @param options - See {@link TextDiffOptions}.
 * @returns The segments, as {@link diffText} gives them.
 * @throws {InvalidOptionsError} When `maxEdits` is not a positive integer.
 * @example
 * textRedline('不得用于', '不应用于');
 * //=> [{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }, { type: 'equal', value: '用于' }]
 */
export function textRedline(before: string, after: string, options: TextDiffOptions = {}): Segment[] {
  const maxEdits = options.maxEdits ?? 2000;
  if (!Number.isInteger(maxEdits) || maxEdits < 1) {
    throw new InvalidOptionsError(`maxEdits must be a positive integer (received ${String(maxEdits)})`);
  }
  if (before === after) return before === '' ? [] : Array.of<Segment>(equalSegment(before));
  return redlineOf(before, after, Level.Paragraphs, { maxEdits, moves: 0 });
}

function redlineOf(before: string, after: string, level: Level, context: Context): Segment[] {
  // Paragraph by paragraph: the redline up to a paragraph break both texts share is cleaned up
  // and turned into segments as soon as it is built (no cleanup reaches across such a break),
  // so that a long text never holds the working form of its whole redline.
  const segments: Segment[] = [];
  const at: SegmentCursor = { old: 0, new: 0, equalFrom: -1 };
  const take = (redline: Redline, overlap: number) => {
    appendSegments(cleanupRedline(redline), before, after, at, segments);
    if (overlap === 0) return;
    // The next part starts again with the barrier's token, ending this part's closing equal
    // text: that segment is taken back and continued, as the whole redline would have it.
    const last = segments.pop()!;
    at.equalFrom = at.old - last.value.length;
    at.old -= overlap;
    at.new -= overlap;
  };
  const builder = new RedlineBuilder(level === Level.Paragraphs ? take : undefined);
  diffAt(builder, before, after, level, context);
  take(builder.finish(), 0);
  // A list grown by pushing holds at least 17 places: a report keeps one per text it
  // compared, most holding a few segments. A long text's list is kept as it grew.
  return segments.length <= SMALL_LIST ? segments.slice() : segments;
}

/** Lists up to this long are copied to their size before they are kept. */
const SMALL_LIST = 64;

/**
 * Compares two texts at `level` and finer. `same` and `tail` are the lengths of their common
 * start and end in characters when the caller knows them (-1 otherwise): each level reuses
 * them instead of comparing the shared text again.
 */
function diffAt(
  builder: RedlineBuilder,
  before: string,
  after: string,
  level: Level,
  context: Context,
  same = -1,
  tail = -1,
  known?: TokenScript,
): void {
  if (before === after) {
    builder.equalText(before);
    return;
  }
  if (before === '' || after === '') {
    builder.remove([before], true);
    builder.add([after], true);
    return;
  }
  if (same < 0 || tail < 0) [same, tail] = commonEnds(before, after);
  // Text without line breaks has one paragraph and one line: go straight to its sentences.
  if (level < Level.Sentences && !before.includes('\n') && !after.includes('\n')) level = Level.Sentences;
  if (level === Level.Tokens) {
    diffTokens(builder, before, after, context.maxEdits, same, tail, known);
    return;
  }
  // The direct comparison, when it was not local, is kept for the parts compared next.
  let rejected: TokenScript | undefined;
  if (level === Level.Sentences) {
    const script = known ?? tokenScript(before, after, LOCAL_EDITS, same, tail, LOCAL_TOKENS);
    if (script && isLocal(script)) {
      feedTokens(builder, before, after, script);
      return;
    }
    rejected = script;
  }
  // Only the units between the shared start and end are split and paired.
  const kind = level === Level.Paragraphs ? 'paragraphs' : level === Level.Lines ? 'lines' : 'sentences';
  // A cut found in the old text must also be clean in the new one (not inside a surrogate pair, not before a mark).
  let start = unitStartAtOrBefore(before, same, kind);
  let end = before.length - unitStartAtOrAfter(before, before.length - tail, kind);
  if (!cleanCut(before, start) || !cleanCut(after, start)) start = 0;
  if (!cleanCut(before, before.length - end) || !cleanCut(after, after.length - end)) end = 0;
  if ((start > 0 || end > 0) && start <= before.length - end && start <= after.length - end) {
    if (start > 0) builder.equalText(before.slice(0, start));
    const middleBefore = before.slice(start, before.length - end);
    const middleAfter = after.slice(start, after.length - end);
    const script = rejected && within(rejected, start, end) ? cut(rejected, start, end) : undefined;
    diffAt(builder, middleBefore, middleAfter, level, context, same - start, Math.min(tail - end, middleBefore.length, middleAfter.length), script);
    if (end > 0) builder.equalText(before.slice(before.length - end));
    return;
  }
  const split = level === Level.Paragraphs ? splitParagraphs : level === Level.Lines ? splitLines : splitSentences;
  const a = split(before);
  const b = split(after);
  if (a.count === 1 && b.count === 1) {
    const oldCore = a.core(0);
    const newCore = b.core(0);
    const oldSeparator = a.separator(0);
    const newSeparator = b.separator(0);
    const separatorsSame = oldSeparator === newSeparator;
    const coreSame = Math.min(same, oldCore.length, newCore.length);
    const coreTail = separatorsSame ? Math.min(tail - oldSeparator.length, oldCore.length, newCore.length) : -1;
    // The core's token comparison is the one already made, when it lay inside the core and fits the budget.
    const script =
      rejected && separatorsSame && within(rejected, 0, oldSeparator.length) && rejected.windows.every((window) => editsOf(window.ops) <= context.maxEdits)
        ? cut(rejected, 0, oldSeparator.length)
        : undefined;
    diffAt(builder, oldCore, newCore, finer(level), context, coreSame, coreTail, script);
    diffSeparator(builder, oldSeparator, newSeparator, context);
    return;
  }
  diffUnits(builder, a, b, level, context);
}

/** Pairs two texts' units and feeds the builder in reading order (see {@link diffText}). */
function diffUnits(builder: RedlineBuilder, a: Units, b: Units, level: Level, context: Context): void {
  const n = a.count;
  const m = b.count;
  const { pairOf, inOrder, equal, same, tail } = pairUnits(a, b, level !== Level.Lines);
  const barriers = level === Level.Paragraphs && emptyOnlyAtEnd(a, b);
  const newPair = new Int32Array(m).fill(-1);
  const moveOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (pairOf[i]! < 0) continue;
    // Lines are aligned in place only: a line that moved is compared with the sentences around it.
    if (level === Level.Lines && inOrder[i] === 0) pairOf[i] = -1;
    else newPair[pairOf[i]!] = i;
  }
  // Moves are numbered in the new text's order.
  const marks = new Map<number, MoveMark>();
  for (let j = 0; j < m; j++) {
    const i = newPair[j]!;
    if (i >= 0 && inOrder[i] === 0) {
      moveOf[i] = ++context.moves;
      marks.set(moveOf[i]!, { id: moveOf[i]!, edits: undefined });
    }
  }
  // Made at its size: the paragraphs of a long text would make a large list grown by copying.
  let keptCount = 0;
  for (let i = 0; i < n; i++) if (pairOf[i]! >= 0 && inOrder[i] === 1) keptCount++;
  const kept = new Int32Array(keptCount);
  for (let i = 0, k = 0; i < n; i++) if (pairOf[i]! >= 0 && inOrder[i] === 1) kept[k++] = i;
  const lastOld = kept.length > 0 ? kept[kept.length - 1]! : -1;
  const lastNew = kept.length > 0 ? pairOf[lastOld]! : -1;

  // A unit taken out of its text takes one separator with it: the one after it, or for units
  // after the last kept one, the one before it (so that what stays keeps its separators).
  const piece = (units: Units, u: number, last: number) =>
    last >= 0 && u > last ? units.text.slice(units.coreEnd(u - 1), units.coreEnd(u)) : units.text.slice(units.start(u), units.end(u));
  const oldPiece = (u: number) => piece(a, u, lastOld);
  const newPiece = (v: number) => piece(b, v, lastNew);

  const gap = (oldFrom: number, oldTo: number, newFrom: number, newTo: number) => {
    if (level === Level.Lines) {
      let removed = '';
      let added = '';
      for (let u = oldFrom; u < oldTo; u++) removed += oldPiece(u);
      for (let v = newFrom; v < newTo; v++) added += newPiece(v);
      diffAt(builder, removed, added, Level.Sentences, context);
      return;
    }
    for (let u = oldFrom; u < oldTo; u++) {
      if (pairOf[u]! >= 0) builder.move('removed', oldPiece(u), marks.get(moveOf[u]!)!);
      else builder.remove([oldPiece(u)], true);
    }
    for (let v = newFrom; v < newTo; v++) {
      const u = newPair[v]!;
      if (u >= 0) {
        const mark = marks.get(moveOf[u]!)!;
        mark.edits = redlineOf(a.core(u), b.core(v), finer(level), context);
        builder.move('added', newPiece(v), mark);
      } else {
        builder.add([newPiece(v)], true);
      }
    }
  };

  let oldFrom = 0;
  let newFrom = 0;
  for (const i of kept) {
    const j = pairOf[i]!;
    gap(oldFrom, i, newFrom, j);
    // The pairing already compared them: equal, or sharing ends of known lengths.
    if (equal[i] === 1) builder.equalText(a.core(i));
    else diffAt(builder, a.core(i), b.core(j), levelOf(a, i, b, j, finer(level)), context, same[i]!, tail[i]!);
    if (i !== lastOld) {
      const oldSeparator = a.separator(i);
      const newSeparator = b.separator(j);
      diffSeparator(builder, oldSeparator, newSeparator, context);
      // A paragraph break both texts share ends a part of the redline (see RedlineBuilder.barrier):
      // no change holds a break alone, since no paragraph is empty.
      if (barriers && oldSeparator === newSeparator && oldSeparator !== '') builder.barrier();
    }
    oldFrom = i + 1;
    newFrom = j + 1;
  }
  gap(oldFrom, n, newFrom, m);
  // The last kept unit's separator is the text's last one: it closes the text.
  if (lastOld >= 0) diffSeparator(builder, a.separator(n - 1), b.separator(m - 1), context);
}

/**
 * Whether no paragraph of either text is empty, but for a last one both texts have (then
 * paired, equal, in place): a text cut after its last changed paragraph ends with the blank
 * line before the equal rest, which the split reads as an empty paragraph after it. An empty
 * paragraph anywhere else could be a change holding a paragraph break alone, which a barrier
 * must not cut from its neighbours.
 */
function emptyOnlyAtEnd(before: Units, after: Units): boolean {
  const ending = before.coreLength(before.count - 1) === 0 && after.coreLength(after.count - 1) === 0 ? 1 : 0;
  for (let i = 0; i < before.count - ending; i++) if (before.coreLength(i) === 0) return false;
  for (let j = 0; j < after.count - ending; j++) if (after.coreLength(j) === 0) return false;
  return true;
}

/** The level two paired units are compared at: paragraphs without line breaks (as the split saw) go straight to sentences. */
function levelOf(a: Units, i: number, b: Units, j: number, level: Level): Level {
  return level < Level.Sentences && a.breaks?.[i] === 0 && b.breaks?.[j] === 0 ? Level.Sentences : level;
}

function diffSeparator(builder: RedlineBuilder, before: string, after: string, context: Context): void {
  if (before === after) builder.equalText(before);
  else diffTokens(builder, before, after, context.maxEdits, ...commonEnds(before, after));
}

/**
 * Feeds the token diff of two texts to the builder. The common start and end are cut off
 * first, at a place where a token must end in both texts, so that only the part that differs
 * is split into tokens; tokens are aligned by their typographic keys, and tokens equal by key
 * but not by text become typographic changes.
 */
function diffTokens(builder: RedlineBuilder, before: string, after: string, maxEdits: number, same: number, tail: number, known?: TokenScript): void {
  feedTokens(builder, before, after, known ?? tokenScript(before, after, maxEdits, same, tail, Number.POSITIVE_INFINITY)!);
}

/** One stretch where two texts differ, its tokens and their edit script. */
interface TokenWindow {
  /** Where it starts in each text. */
  oldFrom: number;
  newFrom: number;
  oldTokens: string[];
  newTokens: string[];
  ops: Op[];
}

/**
 * The token alignment of two texts: the stretches where they differ, in order; between them
 * the texts are equal. `start` and `end` say where the texts were cut to their common start
 * and end before the stretches were looked for (the lengths cut off, each at a place where a
 * token must end), which is what decides whether the same alignment holds for a part of them.
 */
interface TokenScript {
  windows: TokenWindow[];
  start: number;
  end: number;
}

/**
 * Whether the alignment of two texts is also the alignment of their parts without the first
 * `start` and last `end` code units (cut at a unit boundary): it is when the common start and
 * end it cut off reach into those parts, since the stretches are then found the same way,
 * from the same text (whatever lies outside them is never read).
 */
function within(script: TokenScript, start: number, end: number): boolean {
  return script.start >= start && script.end >= end;
}

/** The alignment of the part of two texts without their first `start` and last `end` code units (see {@link within}). */
function cut(script: TokenScript, start: number, end: number): TokenScript {
  if (start === 0 && end === 0) return script;
  return {
    windows: script.windows.map((window) => ({ ...window, oldFrom: window.oldFrom - start, newFrom: window.newFrom - start })),
    start: script.start - start,
    end: script.end - end,
  };
}

/** Tokens removed plus added by an edit script. */
function editsOf(ops: readonly Op[]): number {
  let edits = 0;
  for (const { type, count } of ops) if (type !== 'equal') edits += count;
  return edits;
}

/** A stretch shorter than this (both sides, in code units) is not split further by {@link differingStretches}. */
const SMALL_STRETCH = 96;
/** Length of the piece of text looked up to split a long stretch. */
const PROBE = 24;

/**
 * The stretches where two texts differ, each starting and ending where a token must end in
 * both: the common start and end are cut off (`start` and `end` long, from {@link stableEnds}),
 * then a long stretch is split where a piece of it
 * occurs exactly once on each side, and the equal text around that piece is cut off too. Only
 * the stretches are then split into tokens: two edits far apart in a paragraph cost two small
 * comparisons, not the tokenizing of everything between them.
 */
function differingStretches(before: string, after: string, start: number, end: number): number {
  stretchCount = 0;
  pendingCount = 0;
  pushStretch(PENDING, start, before.length - end, start, after.length - end);
  while (pendingCount > 0) {
    pendingCount -= 4;
    const oldFrom = pendingStretches[pendingCount]!;
    const oldTo = pendingStretches[pendingCount + 1]!;
    const newFrom = pendingStretches[pendingCount + 2]!;
    const newTo = pendingStretches[pendingCount + 3]!;
    if (oldTo - oldFrom + newTo - newFrom > SMALL_STRETCH && splitStretch(before, after, oldFrom, oldTo, newFrom, newTo)) continue;
    if (oldTo > oldFrom || newTo > newFrom) pushStretch(FOUND, oldFrom, oldTo, newFrom, newTo);
  }
  return stretchCount;
}

/**
 * The stretches found (read by the caller before the next search) and those still to split, four
 * numbers each (oldFrom, oldTo, newFrom, newTo): buffers reused from search to search.
 */
let stretches = new Int32Array(64);
let stretchCount = 0;
let pendingStretches = new Int32Array(64);
let pendingCount = 0;
const FOUND = 0;
const PENDING = 1;

function pushStretch(list: typeof FOUND | typeof PENDING, oldFrom: number, oldTo: number, newFrom: number, newTo: number): void {
  let buffer = list === FOUND ? stretches : pendingStretches;
  const count = list === FOUND ? stretchCount : pendingCount;
  if (count + 4 > buffer.length) {
    const grown = new Int32Array(buffer.length * 2);
    grown.set(buffer);
    buffer = grown;
    if (list === FOUND) stretches = grown;
    else pendingStretches = grown;
  }
  buffer[count] = oldFrom;
  buffer[count + 1] = oldTo;
  buffer[count + 2] = newFrom;
  buffer[count + 3] = newTo;
  if (list === FOUND) stretchCount += 4;
  else pendingCount += 4;
}

/** Splits a stretch around a piece of text found once on each side, the two parts left to split further; false when there is none. */
function splitStretch(before: string, after: string, oldFrom: number, oldTo: number, newFrom: number, newTo: number): boolean {
  if (oldTo - oldFrom < PROBE * 2 || newTo - newFrom < PROBE * 2) return false;
  for (const share of [0.5, 0.25, 0.75]) {
    const at = oldFrom + Math.floor((oldTo - oldFrom - PROBE) * share);
    const probe = before.slice(at, at + PROBE);
    const found = after.indexOf(probe, newFrom);
    if (found < 0 || found + PROBE > newTo) continue;
    const again = after.indexOf(probe, found + 1);
    if (again >= 0 && again + PROBE <= newTo) continue;
    const oldAgain = before.indexOf(probe, oldFrom);
    if (oldAgain !== at) continue;
    const oldNext = before.indexOf(probe, at + 1);
    if (oldNext >= 0 && oldNext + PROBE <= oldTo) continue;
    // The equal text around the piece, cut where tokens end in both texts.
    let left = 0;
    while (at - left > oldFrom && found - left > newFrom && before.charCodeAt(at - left - 1) === after.charCodeAt(found - left - 1)) left++;
    let right = PROBE;
    while (at + right < oldTo && found + right < newTo && before.charCodeAt(at + right) === after.charCodeAt(found + right)) right++;
    let cutLeft = at - left + 1;
    while (cutLeft < at + right && !(stableCut(before, cutLeft) && stableCut(after, found - at + cutLeft))) cutLeft++;
    let cutRight = at + right - 1;
    while (cutRight > cutLeft && !(stableCut(before, cutRight) && stableCut(after, found - at + cutRight))) cutRight--;
    if (cutRight <= cutLeft) continue;
    const shift = found - at;
    pushStretch(PENDING, cutRight, oldTo, cutRight + shift, newTo);
    pushStretch(PENDING, oldFrom, cutLeft, newFrom, cutLeft + shift);
    return true;
  }
  return false;
}

/**
 * Aligns the tokens of two texts by their typographic keys, stretch by stretch. With a finite
 * `limit` (the most tokens to look at), gives up (undefined) on larger texts or when `maxEdits`
 * is not enough; without one, falls back to the anchored diff.
 */
function tokenScript(before: string, after: string, maxEdits: number, same: number, tail: number, limit: number): TokenScript | undefined {
  const [start, end] = stableEnds(before, after, same, tail);
  const found = differingStretches(before, after, start, end);
  const windows: TokenWindow[] = [];
  let tokens = 0;
  // Nothing below searches for stretches again before the loop ends (the buffer stays as found).
  for (let k = 0; k < found; k += 4) {
    const oldFrom = stretches[k]!;
    const oldTo = stretches[k + 1]!;
    const newFrom = stretches[k + 2]!;
    const newTo = stretches[k + 3]!;
    if (oldTo - oldFrom + newTo - newFrom > limit * 8) return undefined;
    const oldTokens = tokensOf(before, oldFrom, oldTo);
    const newTokens = tokensOf(after, newFrom, newTo);
    tokens += oldTokens.length + newTokens.length;
    if (tokens > limit) return undefined;
    const oldKeys = keysOf(oldTokens);
    const newKeys = keysOf(newTokens);
    let ops: Op[] | undefined;
    if (oldTokens.length + newTokens.length <= BLOCK_TOKENS) ops = diffSequences(oldKeys, newKeys, maxEdits);
    if (ops === undefined) {
      if (Number.isFinite(limit)) return undefined;
      ops = anchoredDiff(oldKeys, newKeys, maxEdits);
    }
    windows.push({ oldFrom, newFrom, oldTokens, newTokens, ops });
  }
  return { windows, start, end };
}

/** The typographic keys of tokens: the same list when no token has anything to fold (most often). */
function keysOf(tokens: string[]): string[] {
  let keys: string[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const key = keyOf(tokens[index]!);
    if (keys) keys.push(key);
    else if (key !== tokens[index]) {
      keys = tokens.slice(0, index);
      keys.push(key);
    }
  }
  return keys ?? tokens;
}

/** Feeds a token alignment to the builder; tokens equal by key but not by text become typographic changes. */
function feedTokens(builder: RedlineBuilder, before: string, after: string, script: TokenScript): void {
  let oldEnd = 0;
  for (const { oldFrom, oldTokens, newTokens, ops } of script.windows) {
    if (oldFrom > oldEnd) builder.equalText(before.slice(oldEnd, oldFrom));
    let oldAt = 0;
    let newAt = 0;
    let length = 0;
    for (const { type, count } of ops) {
      if (type === 'equal') {
        let run = oldAt;
        for (let k = 0; k < count; k++) {
          const old = oldTokens[oldAt + k]!;
          length += old.length;
          const now = newTokens[newAt + k]!;
          if (old === now) continue;
          builder.equal(oldTokens, false, run, oldAt + k);
          builder.restyle(old, now);
          run = oldAt + k + 1;
        }
        builder.equal(oldTokens, false, run, oldAt + count);
        oldAt += count;
        newAt += count;
      } else if (type === 'removed') {
        for (let k = oldAt; k < oldAt + count; k++) length += oldTokens[k]!.length;
        builder.remove(oldTokens, false, oldAt, oldAt + count);
        oldAt += count;
      } else {
        builder.add(newTokens, false, newAt, newAt + count);
        newAt += count;
      }
    }
    oldEnd = oldFrom + length;
  }
  if (oldEnd < before.length) builder.equalText(before.slice(oldEnd));
  void after;
}

/** Tokens looked at, edits allowed and tokens per change in the direct comparison (see {@link isLocal}). */
const LOCAL_TOKENS = 800;
const LOCAL_EDITS = 24;
const LOCAL_CHANGE = 12;

/**
 * Whether the direct token alignment of two texts (at most {@link LOCAL_TOKENS} tokens and
 * {@link LOCAL_EDITS} edits) shows a few small local edits (the usual revision: a word, a
 * character, a space). Such edits show the same compared directly as sentence by sentence,
 * and skip splitting and pairing the sentences. A change holding a sentence stop, a large
 * change, or changes to much of the text may be a moved or rewritten sentence: the sentences
 * are then paired.
 */
function isLocal(script: TokenScript): boolean {
  let changed = 0;
  let total = 0;
  for (const { oldTokens, newTokens, ops } of script.windows) {
    total += oldTokens.length + newTokens.length;
    let oldAt = 0;
    let newAt = 0;
    let removed = 0;
    let added = 0;
    for (const { type, count } of ops) {
      if (type === 'equal') {
        removed = 0;
        added = 0;
        oldAt += count;
        newAt += count;
        continue;
      }
      const tokens = type === 'removed' ? oldTokens : newTokens;
      const from = type === 'removed' ? oldAt : newAt;
      if (type === 'removed') (removed += count), (oldAt += count);
      else (added += count), (newAt += count);
      changed += count;
      if (removed > LOCAL_CHANGE || added > LOCAL_CHANGE) return false;
      for (let k = from; k < from + count; k++) if (SENTENCE_STOP.has(tokens[k]!)) return false;
    }
  }
  // Words swapped all over a short text may be sentences that moved: pair the sentences.
  return changed <= Math.max(4, total / 4);
}

const SENTENCE_STOP = new Set(['。', '！', '？', '；', '.', '!', '?', ';']);

/**
 * The common start and end, each shortened to a place where a token ends whatever comes
 * next: before a space (not the \n of \r\n) or before a CJK ideograph, since no token runs
 * into either. Cutting there tokenizes the rest exactly as the whole text would be.
 */
function stableEnds(before: string, after: string, same: number, tail: number): [number, number] {
  let start = same;
  let end = Math.min(tail, before.length - same, after.length - same);
  // The cut is before index `start` (resp. before.length - end), which must hold a common character.
  while (start > 0 && !(stableCut(before, start - 1) && stableCut(after, start - 1))) start--;
  if (start > 0) start--;
  while (end > 0 && !(stableCut(before, before.length - end) && stableCut(after, after.length - end))) end--;
  return [start, end];
}

/**
 * Whether cutting `text` before index `at` falls between two tokens (never inside a word, a
 * surrogate pair, an emoji sequence or before a mark): the tokens of a window around the cut
 * say so (a token is far shorter than the window, except long words, which span the cut anyway).
 */
function cleanCut(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  // The usual cut, before a space or an ideograph (after anything but a high surrogate), is clean.
  const previous = text.charCodeAt(at - 1);
  if (stableCut(text, at) && (previous < 0xd800 || previous > 0xdbff) && previous !== 0x200d) return true;
  const from = Math.max(0, at - 24);
  const tokens: string[] = [];
  tokenizeInto(text, from, Math.min(text.length, at + 24), tokens);
  let position = from;
  for (const token of tokens) {
    if (position === at) return true;
    if (position > at) return false;
    position += token.length;
  }
  return position === at;
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

/**
 * The working form of a redline while it is built and cleaned up: equalities and changes
 * alternating, each holding tokens, so that cleanup moves whole tokens (never half a word,
 * never half a surrogate pair) and can weigh each side. A change remembers whether the keyed
 * alignment found it (tokens equal but for typography) and whether it is one piece of a moved
 * unit; the final pass classifies every change and writes the segments.
 */
import { diffSequences } from './myers.js';
import { ATTACHED } from '../util/unicode.js';
import { isIdeographToken, isWordToken, tokenizeInto, tokenWeight } from './tokenize.js';
import { changeSegment, equalSegment } from './plain.js';
import type { ChangeSegment, Segment } from './types.js';
import { classifyChange, mayBeTypographic, sameLetters } from './typography.js';

/** Text both versions share. */
export interface Equality {
  tokens: string[];
  /** Characters a reader sees (see {@link tokenWeight}). */
  weight: number;
}

/** One piece of a moved unit: where it was (`removed`) or where it is (`added`). */
export interface MoveMark {
  /** Shared by the two pieces of one move. */
  id: number;
  /** On the piece where the unit now is: the unit's own redline, old text against new. */
  edits: Segment[] | undefined;
}

/** Text the old version has (`removed`) replaced by text the new one has (`added`); either may be empty. */
export interface Change {
  removed: string[];
  added: string[];
  removedWeight: number;
  addedWeight: number;
  /** Found by the keyed alignment: the tokens are equal but for typography. */
  keyed: boolean;
  /** Set on a piece of a moved unit, which is never folded, slid or merged. */
  move: MoveMark | undefined;
}

/**
 * `equalities[i]` comes before `changes[i]`, and the last equality after the last change, so
 * there is always one more equality than changes (the first and last may be empty).
 */
export interface Redline {
  equalities: Equality[];
  changes: Change[];
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The side of a change that holds no token yet: one shared list, replaced by a list of the
 * change's own when the first token comes (a change usually has one side filled, and two empty
 * lists per change were garbage for the collector). Add tokens through {@link appendTokens},
 * never by pushing. Not frozen: a loop over a frozen list allocates an iterator step per item.
 */
export const NO_TOKENS: string[] = [];

/**
 * Appends tokens to one side of a change, giving the side a list of its own when it has none yet.
 *
 * @param change - The change.
 * @param side - Which side.
 * @param tokens - The tokens, copied (the list given is never kept).
 * @example
 * const change = { removed: NO_TOKENS, added: NO_TOKENS, removedWeight: 0, addedWeight: 0, keyed: false, move: undefined };
 * appendTokens(change, 'added', ['a', ' ']);
 * change.added;
 * //=> ['a', ' ']
 */
export function appendTokens(change: Change, side: 'removed' | 'added', tokens: readonly string[]): void {
  if (tokens.length === 0) return;
  const target = change[side];
  if (target.length === 0) {
    change[side] = tokens.slice();
    return;
  }
  for (let index = 0; index < tokens.length; index++) target.push(tokens[index]!);
}

/**
 * Buffers of the builders' growing equalities, reused from builder to builder (a diff builds one
 * per text it compares, and each buffer grew by copying): a builder takes one when it is made
 * and gives it back, cleared, when it finishes; nested builders (a moved unit's own redline)
 * each take their own.
 */
const PENDING_POOL: (string | undefined)[][] = [];
/** The same for the builders' equalities and changes. */
const EQUALITY_POOL: (Equality | undefined)[][] = [];
const CHANGE_POOL: (Change | undefined)[][] = [];
/** Buffers kept in each pool, and the most places a kept buffer may hold. */
const POOLED_BUFFERS = 8;
const POOLED_LENGTH = 4096;

/** Collects tokens in order and keeps the alternation: consecutive equal or changed tokens join. */
export class RedlineBuilder {
  /**
   * The equalities and changes of the part being built, in buffers reused from builder to
   * builder, with their counts; the redline handed on gets lists of its size (the lists of a
   * redline grown by pushing held at least 17 places, and a diff builds one per text).
   */
  private readonly equalities: (Equality | undefined)[] = EQUALITY_POOL.pop() ?? [];
  private readonly changes: (Change | undefined)[] = CHANGE_POOL.pop() ?? [];
  private equalityCount = 0;
  private changeCount = 0;
  /** The last equality, the one tokens go to. */
  private current: Equality = this.startEquality(0);
  private open: Change | undefined;
  /**
   * The tokens of the last equality while it grows, written to it in a list of the right size
   * when a change follows (a list grown by pushing holds at least 17 places, and a long text
   * has thousands of equalities).
   */
  private readonly pending: (string | undefined)[] = PENDING_POOL.pop() ?? [];
  private pendingCount = 0;

  /**
   * @param onBarrier - Given the redline up to each barrier (see {@link barrier}) and the
   *   length of the barrier's token, which the rest of the redline starts with again.
   */
  constructor(private readonly onBarrier?: (redline: Redline, overlap: number) => void) {}

  /**
   * Marks the last token appended, a whole piece both texts share (a paragraph break), as one
   * that no change may slide across or be folded over: no change holds that same piece, and it
   * holds a line break. The redline up to and with it is then final but for cleanup, and is
   * handed to `onBarrier`; the builder goes on with an equality holding that token, so that
   * what follows sees the same neighbour. Without `onBarrier`, does nothing.
   */
  barrier(): void {
    if (!this.onBarrier || this.pendingCount === 0) return;
    const token = this.pending[this.pendingCount - 1]!;
    this.closeEquality();
    const done = this.take();
    this.startEquality(token.length);
    this.open = undefined;
    this.pending[0] = token;
    this.pendingCount = 1;
    this.onBarrier(done, token.length);
  }

  /**
   * Appends text both versions share.
   * @param tokens - Tokens from `tokenize`, or whole pieces of text when `pieces` is true.
   * @param pieces - Whether the strings are whole pieces (weighed by their length, not as tokens).
   */
  equal(tokens: readonly string[], pieces = false, from = 0, to = tokens.length): void {
    if (to <= from || (to === from + 1 && tokens[from] === '')) return;
    this.open = undefined;
    const equality = this.current;
    for (let index = from; index < to; index++) {
      const token = tokens[index]!;
      if (token === '') continue;
      this.pending[this.pendingCount++] = token;
      equality.weight += weigh(token, pieces);
    }
  }

  /** Appends one whole piece of text both versions share (as `equal([text], true)`). */
  equalText(text: string): void {
    if (text === '') return;
    this.open = undefined;
    this.pending[this.pendingCount++] = text;
    this.current.weight += text.length;
  }

  /** Appends `tokens[from, to)`, text only the old version has. */
  remove(tokens: readonly string[], pieces = false, from = 0, to = tokens.length, keyed = false): void {
    if (to <= from || (to === from + 1 && tokens[from] === '')) return;
    const change = this.change(keyed);
    change.removedWeight += weighAll(tokens, pieces, from, to);
    if (change.removed.length === 0) change.removed = tokens.slice(from, to);
    else for (let index = from; index < to; index++) change.removed.push(tokens[index]!);
  }

  /** Appends `tokens[from, to)`, text only the new version has. */
  add(tokens: readonly string[], pieces = false, from = 0, to = tokens.length, keyed = false): void {
    if (to <= from || (to === from + 1 && tokens[from] === '')) return;
    const change = this.change(keyed);
    change.addedWeight += weighAll(tokens, pieces, from, to);
    if (change.added.length === 0) change.added = tokens.slice(from, to);
    else for (let index = from; index < to; index++) change.added.push(tokens[index]!);
  }

  /** Appends one token changed only typographically (the keyed alignment matched it). */
  restyle(removed: string, added: string): void {
    const change = this.change(true);
    if (change.removed.length === 0) change.removed = [removed];
    else change.removed.push(removed);
    change.removedWeight += tokenWeight(removed);
    if (change.added.length === 0) change.added = [added];
    else change.added.push(added);
    change.addedWeight += tokenWeight(added);
  }

  /** Appends one piece of a moved unit, as its own change. */
  move(side: 'removed' | 'added', text: string, mark: MoveMark): void {
    if (text === '') return;
    this.open = undefined;
    const change = this.change(false);
    change.move = mark;
    // A piece of a move is a change of its own (opened just now): one token.
    change[side] = [text];
    if (side === 'removed') change.removedWeight += text.length;
    else change.addedWeight += text.length;
    this.open = undefined;
  }

  /** The redline built so far. The builder is done with: its buffers go back to the pools. */
  finish(): Redline {
    this.closeEquality();
    const redline = this.take();
    // Cleared by closeEquality and take; buffers grown for one long text are not kept.
    if (PENDING_POOL.length < POOLED_BUFFERS) {
      if (this.pending.length <= POOLED_LENGTH) PENDING_POOL.push(this.pending);
      if (this.equalities.length <= POOLED_LENGTH) EQUALITY_POOL.push(this.equalities);
      if (this.changes.length <= POOLED_LENGTH) CHANGE_POOL.push(this.changes);
    }
    return redline;
  }

  /** The redline of the equalities and changes gathered (their lists at their size); the buffers are cleared. */
  private take(): Redline {
    const redline: Redline = {
      equalities: this.equalities.slice(0, this.equalityCount) as Equality[],
      changes: this.changes.slice(0, this.changeCount) as Change[],
    };
    // Dropped, so that the buffers keep nothing alive.
    this.equalities.fill(undefined, 0, this.equalityCount);
    this.changes.fill(undefined, 0, this.changeCount);
    this.equalityCount = 0;
    this.changeCount = 0;
    return redline;
  }

  private startEquality(weight: number): Equality {
    // Tokens come as a list of their own when the equality closes (see closeEquality).
    const equality: Equality = { tokens: NO_TOKENS, weight };
    this.equalities[this.equalityCount++] = equality;
    this.current = equality;
    return equality;
  }

  private closeEquality(): void {
    if (this.pendingCount === 0) return;
    // Always the first tokens of the equality: it is new, and it grows only through `pending`.
    this.current.tokens = this.pending.slice(0, this.pendingCount) as string[];
    // Dropped, so that a builder kept alive keeps no text alive.
    this.pending.fill(undefined, 0, this.pendingCount);
    this.pendingCount = 0;
  }

  private change(keyed: boolean): Change {
    if (this.open && this.open.keyed === keyed && !this.open.move) return this.open;
    this.closeEquality();
    const change: Change = { removed: NO_TOKENS, added: NO_TOKENS, removedWeight: 0, addedWeight: 0, keyed, move: undefined };
    this.changes[this.changeCount++] = change;
    this.startEquality(0);
    this.open = change;
    return change;
  }
}

/**
 * An equality holding these tokens, weighed.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The equality.
 * @example
 * equalityOf(['the', ' ', '网']);
 * //=> { tokens: ['the', ' ', '网'], weight: 5 }
 */
export function equalityOf(tokens: readonly string[]): Equality {
  const equality = emptyEquality();
  for (const token of tokens) addToEquality(equality, token);
  return equality;
}

/**
 * The segments of a cleaned-up redline: every change classified (substantive, or the
 * typographic kinds that explain it), a change that only touches punctuation or spaces inside
 * words marked character by character (`user[-’-]{+'+}s`), changes that touch merged so that
 * two neighbours share a type only across a move.
 *
 * @param redline - A redline from {@link RedlineBuilder}, cleaned up.
 * @param before - The old text it was built from: values are cut from it, not joined from tokens.
 * @param after - The new text.
 * @returns The segments: equal, removed and added, each change with its class.
 * @example
 * const builder = new RedlineBuilder();
 * builder.equal(['不']);
 * builder.remove(['得']);
 * builder.add(['应']);
 * redlineToSegments(builder.finish(), '不得', '不应');
 * //=> [{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }]
 */
export function redlineToSegments(redline: Redline, before: string, after: string): Segment[] {
  return appendSegments(redline, before, after, { old: 0, new: 0, equalFrom: -1 }, []);
}

/** Where a redline being turned into segments is in each text; `equalFrom` where the equal text being gathered started (-1: none). */
export interface SegmentCursor {
  old: number;
  new: number;
  equalFrom: number;
}

/**
 * Appends the segments of a redline (one part of a longer one, cleaned up) to `segments`, as
 * {@link redlineToSegments} would make them, starting where `at` says and moving it on. With
 * `at.equalFrom` set, the first equal text continues the equal text that started there (the
 * caller took it off the end of `segments`).
 *
 * @param redline - A part of a redline, cleaned up.
 * @param before - The whole old text.
 * @param after - The whole new text.
 * @param at - Where the part starts; where it ends, afterwards.
 * @param segments - Receives the segments.
 * @returns `segments`.
 * @example
 * const builder = new RedlineBuilder();
 * builder.equal(['不']), builder.remove(['得']), builder.add(['应']);
 * appendSegments(builder.finish(), '不得', '不应', { old: 0, new: 0, equalFrom: -1 }, []);
 * //=> [{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }]
 */
export function appendSegments(redline: Redline, before: string, after: string, at: SegmentCursor, segments: Segment[]): Segment[] {
  mergeTouching(redline);
  const from = segments.length;
  const { equalities, changes } = redline;
  // Values are slices of the two texts (cheap, and they share memory with the texts), found by
  // walking both texts: equal and removed text advance the old one, equal and added the new one.
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    equalRun(at, lengthOf(equalities[index]!.tokens));
    const removed = before.slice(at.old, at.old + lengthOf(change.removed));
    const added = after.slice(at.new, at.new + lengthOf(change.added));
    if (change.move) {
      flushEqual(at, before, segments);
      const piece: ChangeSegment = { type: removed === '' ? 'added' : 'removed', value: removed || added, class: 'substantive', move: change.move.id };
      if (change.move.edits && piece.type === 'added') piece.edits = change.move.edits;
      segments.push(piece);
      at.old += removed.length;
      at.new += added.length;
      continue;
    }
    const tokensBefore = equalities[index]!.tokens;
    const tokensAfter = equalities[index + 1]!.tokens;
    const parts = markedInsideWords(removed, added, tokensBefore, tokensAfter);
    if (parts) {
      for (const part of parts) {
        if (part.type === 'equal') {
          equalRun(at, part.value.length);
          continue;
        }
        flushEqual(at, before, segments);
        segments.push(part);
        if (part.type === 'removed') at.old += part.value.length;
        else at.new += part.value.length;
      }
      continue;
    }
    // The usual change, classified whole: its segments written here, without a list of them.
    // The neighbouring characters matter only to a change that may be typographic.
    const kinds = mayBeTypographic(removed, added) ? classifyChange(removed, added, lastChar(tokensBefore), firstChar(tokensAfter)) : null;
    if (removed !== '' || added !== '') flushEqual(at, before, segments);
    if (removed !== '') segments.push(changeSegment('removed', removed, kinds));
    if (added !== '') segments.push(changeSegment('added', added, kinds));
    at.old += removed.length;
    at.new += added.length;
  }
  equalRun(at, lengthOf(equalities.at(-1)!.tokens));
  flushEqual(at, before, segments);
  return joinNeighbours(segments, from);
}

function equalRun(at: SegmentCursor, length: number): void {
  if (length === 0) return;
  if (at.equalFrom < 0) at.equalFrom = at.old;
  at.old += length;
  at.new += length;
}

function flushEqual(at: SegmentCursor, before: string, segments: Segment[]): void {
  if (at.equalFrom >= 0) segments.push(equalSegment(before.slice(at.equalFrom, at.old)));
  at.equalFrom = -1;
}

/**
 * Joins two neighbouring changes of one type (neither part of a move), which refinement and
 * classification can leave side by side: the joined change is substantive if either was, else
 * typographic of both's kinds. Keeps the rule that neighbours share a type only across a move.
 */
function joinNeighbours(segments: Segment[], from = 0): Segment[] {
  // In place, from `from` on: most redlines have nothing to join.
  let kept = from;
  for (let index = from; index < segments.length; index++) {
    const segment = segments[index]!;
    const last = kept > from ? segments[kept - 1] : undefined;
    if (last && last.type === segment.type && last.type !== 'equal' && segment.type !== 'equal' && last.move === undefined && segment.move === undefined) {
      last.value += segment.value;
      if (last.class === 'typographic' && segment.class === 'typographic') {
        last.kinds = [...new Set([...(last.kinds ?? []), ...(segment.kinds ?? [])])];
      } else if (last.class === 'typographic') {
        last.class = 'substantive';
        delete last.kinds;
      }
      continue;
    }
    segments[kept++] = segment;
  }
  segments.length = kept;
  return segments;
}

function lengthOf(tokens: readonly string[]): number {
  let length = 0;
  for (const token of tokens) length += token.length;
  return length;
}

/**
 * A change that only touches punctuation or spaces inside words, as segments marked character
 * by character (so `user’s` → `user's` marks the apostrophe alone), each part classified; or
 * undefined for any other change (then classified whole).
 */
function markedInsideWords(removed: string, added: string, tokensBefore: readonly string[], tokensAfter: readonly string[]): Segment[] | undefined {
  // Emoji sequences (surrogates, joiners) are never split: only words of letters are marked inside.
  if (removed !== '' && added !== '' && removed.length + added.length <= 400 && sameLetters(removed, added) && !EMOJI_PARTS.test(removed) && !EMOJI_PARTS.test(added)) {
    return insideWords(removed, added, lastChar(tokensBefore), firstChar(tokensAfter));
  }
  return undefined;
}


/**
 * A change whose sides hold the same letters, marked character by character, or undefined
 * when that would cut a word of either side where no punctuation or space changed: a space put
 * between a letter and its combining mark (`È` → `E\u00a0\u0300`) leaves the same letters and
 * marks, but the mark then belongs to the space, and marking `È` alone would cut the old word
 * `Èኄ` in two.
 */
function insideWords(removed: string, added: string, before: string, after: string): Segment[] | undefined {
  const oldChars = characters(removed);
  const newChars = characters(added);
  const ops = diffSequences(oldChars, newChars, 64);
  if (!ops) return undefined;
  const parts: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  let left = before;
  // Whether a part changes more than punctuation and spaces (then its cuts are checked).
  let letters = false;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (op.type === 'equal') {
      const value = oldChars.slice(oldAt, oldAt + op.count).join('');
      parts.push(equalSegment(value));
      left = lastChar([value]);
      oldAt += op.count;
      newAt += op.count;
      continue;
    }
    let r = '';
    let a = '';
    for (; k < ops.length && ops[k]!.type !== 'equal'; k++) {
      const { type, count } = ops[k]!;
      if (type === 'removed') {
        r += oldChars.slice(oldAt, oldAt + count).join('');
        oldAt += count;
      } else {
        a += newChars.slice(newAt, newAt + count).join('');
        newAt += count;
      }
    }
    k--;
    if (!PUNCTUATION_OR_SPACE.test(r) || !PUNCTUATION_OR_SPACE.test(a)) letters = true;
    const right = oldAt < oldChars.length ? oldChars[oldAt]!.charAt(0) : after;
    const kinds = classifyChange(r, a, left, right);
    if (r !== '') parts.push(changeSegment('removed', r, kinds));
    if (a !== '') parts.push(changeSegment('added', a, kinds));
  }
  return letters && !cutsBetweenTokens(parts, removed, added) ? undefined : parts;
}

/** What may be marked inside a word: punctuation, symbols, spaces and other characters that are no letter, digit or mark. */
const PUNCTUATION_OR_SPACE = /^[\s\p{P}\p{S}\p{C}]*$/u;

/**
 * Whether every place between two parts of a change falls between two tokens of the side it
 * cuts, or next to a part that changes punctuation or spaces only (what marking inside a word is for).
 */
function cutsBetweenTokens(parts: readonly Segment[], removed: string, added: string): boolean {
  // A change's sides are whole tokens of their texts: tokenized alone, they give the same tokens.
  const oldCuts = tokenEnds(removed);
  const newCuts = tokenEnds(added);
  let oldAt = 0;
  let newAt = 0;
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index]!;
    const next = parts[index + 1]!;
    if (part.type !== 'added') oldAt += part.value.length;
    if (part.type !== 'removed') newAt += part.value.length;
    if (markedInside(part) || markedInside(next)) continue;
    if (!(part.type === 'added' && next.type === 'added') && !oldCuts.has(oldAt)) return false;
    if (!(part.type === 'removed' && next.type === 'removed') && !newCuts.has(newAt)) return false;
  }
  return true;
}

function markedInside(part: Segment): boolean {
  return part.type !== 'equal' && PUNCTUATION_OR_SPACE.test(part.value);
}

function tokenEnds(text: string): Set<number> {
  const tokens: string[] = [];
  tokenizeInto(text, 0, text.length, tokens);
  // Where the text starts counts: a part may start a side (a cut between two parts of the other side).
  const ends = new Set<number>([0]);
  let at = 0;
  for (const token of tokens) ends.add((at += token.length));
  return ends;
}

const EMOJI_PARTS = /[\u200d\ud800-\udfff]/;

/** A code point with what is attached to it. */
const CHARACTER = new RegExp(`[^][${ATTACHED}]*`, 'gu');

/** Code points with their combining marks and joiners, for marking inside a word. */
function characters(text: string): string[] {
  // Nothing attaches below U+0300, and no surrogates: one character per code unit.
  if (!/[\u0300-\uffff]/.test(text)) return text.split('');
  return text.match(CHARACTER) ?? [];
}

/**
 * Merges two changes with nothing between them when their segments would otherwise put two
 * neighbours of one type side by side (a pure insertion after a replacement); move pieces stay apart.
 */
function mergeTouching(redline: Redline): void {
  // Changes touch only across an empty equality: most redlines have none (no new lists then).
  let touching = false;
  for (let index = 1; index < redline.changes.length && !touching; index++) touching = redline.equalities[index]!.tokens.length === 0;
  if (!touching) return;
  // In place, as the cleanup folds: the lists kept are the start of the redline's own.
  const { equalities, changes } = redline;
  let kept = 0;
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    const previous = kept > 0 ? changes[kept - 1] : undefined;
    const between = equalities[kept]!;
    if (
      previous &&
      between.tokens.length === 0 &&
      !previous.move &&
      !change.move &&
      !(previous.added.length > 0 && change.removed.length > 0)
    ) {
      appendTokens(previous, 'removed', change.removed);
      appendTokens(previous, 'added', change.added);
      previous.removedWeight += change.removedWeight;
      previous.addedWeight += change.addedWeight;
      previous.keyed = previous.keyed && change.keyed;
      equalities[kept] = equalities[index + 1]!;
      continue;
    }
    changes[kept] = change;
    equalities[kept + 1] = equalities[index + 1]!;
    kept++;
  }
  changes.length = kept;
  equalities.length = kept + 1;
}

function lastChar(tokens: readonly string[]): string {
  const token = tokens.at(-1);
  if (token === undefined || token === '') return '';
  const code = token.charCodeAt(token.length - 1);
  return code >= 0xdc00 && code <= 0xdfff && token.length > 1 ? token.slice(-2) : token.slice(-1);
}

function firstChar(tokens: readonly string[]): string {
  const token = tokens[0];
  if (token === undefined || token === '') return '';
  return String.fromCodePoint(token.codePointAt(0)!);
}

function emptyEquality(): Equality {
  return { tokens: [], weight: 0 };
}

function weigh(token: string, piece: boolean): number {
  return piece ? token.length : tokenWeight(token);
}

function weighAll(tokens: readonly string[], pieces: boolean, from: number, to: number): number {
  let weight = 0;
  for (let index = from; index < to; index++) weight += weigh(tokens[index]!, pieces);
  return weight;
}

function addToEquality(equality: Equality, token: string, piece = false): void {
  equality.tokens.push(token);
  equality.weight += weigh(token, piece);
}

/**
 * Whether an equality holds a line break: such an equality is never folded into a change.
 * Asked only of equalities small enough to fold, so long ones are never scanned.
 *
 * @param equality - An equality of a redline.
 * @returns True when one of its tokens holds a line break.
 * @example
 * [holdsLineBreak(equalityOf(['a', '\n'])), holdsLineBreak(equalityOf(['a', ' ']))];
 * //=> [true, false]
 */
export function holdsLineBreak(equality: Equality): boolean {
  return equality.tokens.some((token) => (token.length === 1 ? token === '\n' || token === '\r' : LINE_BREAK.test(token)));
}

/**
 * How many words a text holds, as the departures table counts them: English words (letters
 * and digits of scripts written with spaces) and CJK characters, each one word.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The count.
 * @example
 * wordCount(['the', ' ', 'web', '不', '得', ',']);
 * //=> 4
 */
export function wordCount(tokens: readonly string[]): number {
  let count = 0;
  for (const token of tokens) if (isWordToken(token) || isIdeographToken(token)) count++;
  return count;
}

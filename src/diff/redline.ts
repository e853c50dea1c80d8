/**
 * The working form of a redline while it is built and cleaned up: equalities and changes
 * alternating, each holding tokens, so that cleanup moves whole tokens (never half a word,
 * never half a surrogate pair) and can weigh each side. A change remembers whether the keyed
 * alignment found it (tokens equal but for typography) and whether it is one piece of a moved
 * unit; the final pass classifies every change and writes the segments.
 */
import { diffSequences } from './myers.js';
import { ATTACHED } from '../util/unicode.js';
import { isIdeographToken, isWordToken, tokenWeight } from './tokenize.js';
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

/** Collects tokens in order and keeps the alternation: consecutive equal or changed tokens join. */
export class RedlineBuilder {
  private readonly redline: Redline = { equalities: [emptyEquality()], changes: [] };
  private open: Change | undefined;
  /**
   * The tokens of the last equality while it grows, written to it in a list of the right size
   * when a change follows (a list grown by pushing holds at least 17 places, and a long text
   * has thousands of equalities).
   */
  private readonly pending: (string | undefined)[] = [];
  private pendingCount = 0;

  /**
   * Appends text both versions share.
   * @param tokens - Tokens from `tokenize`, or whole pieces of text when `pieces` is true.
   * @param pieces - Whether the strings are whole pieces (weighed by their length, not as tokens).
   */
  equal(tokens: readonly string[], pieces = false, from = 0, to = tokens.length): void {
    if (to <= from || (to === from + 1 && tokens[from] === '')) return;
    this.open = undefined;
    const equality = this.redline.equalities.at(-1)!;
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
    this.redline.equalities.at(-1)!.weight += text.length;
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
    change[side].push(text);
    if (side === 'removed') change.removedWeight += text.length;
    else change.addedWeight += text.length;
    this.open = undefined;
  }

  /** The redline built so far. */
  finish(): Redline {
    this.closeEquality();
    return this.redline;
  }

  private closeEquality(): void {
    if (this.pendingCount === 0) return;
    // Always the first tokens of the equality: it is new, and it grows only through `pending`.
    this.redline.equalities.at(-1)!.tokens = this.pending.slice(0, this.pendingCount) as string[];
    // Dropped, so that a builder kept alive keeps no text alive.
    this.pending.fill(undefined, 0, this.pendingCount);
    this.pendingCount = 0;
  }

  private change(keyed: boolean): Change {
    if (this.open && this.open.keyed === keyed && !this.open.move) return this.open;
    this.closeEquality();
    const change: Change = { removed: [], added: [], removedWeight: 0, addedWeight: 0, keyed, move: undefined };
    this.redline.changes.push(change);
    this.redline.equalities.push(emptyEquality());
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
  mergeTouching(redline);
  const segments: Segment[] = [];
  const { equalities, changes } = redline;
  // Values are slices of the two texts (cheap, and they share memory with the texts), found by
  // walking both texts: equal and removed text advance the old one, equal and added the new one.
  let oldAt = 0;
  let newAt = 0;
  let equalFrom = -1;
  const equalRun = (length: number) => {
    if (length === 0) return;
    if (equalFrom < 0) equalFrom = oldAt;
    oldAt += length;
    newAt += length;
  };
  const flush = () => {
    if (equalFrom >= 0) segments.push({ type: 'equal', value: before.slice(equalFrom, oldAt) });
    equalFrom = -1;
  };
  changes.forEach((change, index) => {
    equalRun(lengthOf(equalities[index]!.tokens));
    const removed = before.slice(oldAt, oldAt + lengthOf(change.removed));
    const added = after.slice(newAt, newAt + lengthOf(change.added));
    if (change.move) {
      flush();
      const piece: ChangeSegment = { type: removed === '' ? 'added' : 'removed', value: removed || added, class: 'substantive', move: change.move.id };
      if (change.move.edits && piece.type === 'added') piece.edits = change.move.edits;
      segments.push(piece);
      oldAt += removed.length;
      newAt += added.length;
      return;
    }
    for (const part of refine(removed, added, equalities[index]!.tokens, equalities[index + 1]!.tokens)) {
      if (part.type === 'equal') {
        equalRun(part.value.length);
        continue;
      }
      flush();
      segments.push(part);
      if (part.type === 'removed') oldAt += part.value.length;
      else newAt += part.value.length;
    }
  });
  equalRun(lengthOf(equalities.at(-1)!.tokens));
  flush();
  return joinNeighbours(segments);
}

/**
 * Joins two neighbouring changes of one type (neither part of a move), which refinement and
 * classification can leave side by side: the joined change is substantive if either was, else
 * typographic of both's kinds. Keeps the rule that neighbours share a type only across a move.
 */
function joinNeighbours(segments: Segment[]): Segment[] {
  const joined: Segment[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
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
    joined.push(segment);
  }
  return joined;
}

function lengthOf(tokens: readonly string[]): number {
  let length = 0;
  for (const token of tokens) length += token.length;
  return length;
}

/**
 * A change as segments: classified, and split character by character when it only touches
 * punctuation or spaces inside words (so `user’s` → `user's` marks the apostrophe alone).
 */
function refine(removed: string, added: string, tokensBefore: readonly string[], tokensAfter: readonly string[]): Segment[] {
  // Emoji sequences (surrogates, joiners) are never split: only words of letters are marked inside.
  if (removed !== '' && added !== '' && removed.length + added.length <= 400 && sameLetters(removed, added) && !EMOJI_PARTS.test(removed) && !EMOJI_PARTS.test(added)) {
    const before = lastChar(tokensBefore);
    const after = firstChar(tokensAfter);
    const oldChars = characters(removed);
    const newChars = characters(added);
    const ops = diffSequences(oldChars, newChars, 64);
    if (ops) {
      const parts: Segment[] = [];
      let oldAt = 0;
      let newAt = 0;
      let left = before;
      for (let k = 0; k < ops.length; k++) {
        const op = ops[k]!;
        if (op.type === 'equal') {
          const value = oldChars.slice(oldAt, oldAt + op.count).join('');
          parts.push({ type: 'equal', value });
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
        const right = oldAt < oldChars.length ? oldChars[oldAt]!.charAt(0) : after;
        for (const part of classified(r, a, left, right)) parts.push(part);
      }
      return parts;
    }
  }
  // The neighbouring characters matter only to a change that may be typographic.
  if (!mayBeTypographic(removed, added)) return classified(removed, added, '', '');
  return classified(removed, added, lastChar(tokensBefore), firstChar(tokensAfter));
}

const EMOJI_PARTS = /[\u200d\ud800-\udfff]/;

function classified(removed: string, added: string, before: string, after: string): ChangeSegment[] {
  const kinds = classifyChange(removed, added, before, after);
  const parts: ChangeSegment[] = [];
  if (kinds === null) {
    if (removed !== '') parts.push({ type: 'removed', value: removed, class: 'substantive' });
    if (added !== '') parts.push({ type: 'added', value: added, class: 'substantive' });
  } else {
    if (removed !== '') parts.push({ type: 'removed', value: removed, class: 'typographic', kinds: [...kinds] });
    if (added !== '') parts.push({ type: 'added', value: added, class: 'typographic', kinds: [...kinds] });
  }
  return parts;
}

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
  const equalities = [redline.equalities[0]!];
  const changes: Change[] = [];
  redline.changes.forEach((change, index) => {
    const previous = changes.at(-1);
    const between = equalities.at(-1)!;
    if (
      previous &&
      between.tokens.length === 0 &&
      !previous.move &&
      !change.move &&
      !(previous.added.length > 0 && change.removed.length > 0)
    ) {
      for (const token of change.removed) previous.removed.push(token);
      for (const token of change.added) previous.added.push(token);
      previous.removedWeight += change.removedWeight;
      previous.addedWeight += change.addedWeight;
      previous.keyed = previous.keyed && change.keyed;
      equalities[equalities.length - 1] = redline.equalities[index + 1]!;
      return;
    }
    changes.push(change);
    equalities.push(redline.equalities[index + 1]!);
  });
  redline.equalities = equalities;
  redline.changes = changes;
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

/**
 * The working form of a redline while it is built and cleaned up: equalities and changes
 * alternating, each holding tokens, so that cleanup moves whole tokens (never half a word,
 * never half a surrogate pair) and can weigh each side.
 */
import type { Segment } from './types.js';
import { tokenWeight } from './tokenize.js';

/** Text both versions share. */
export interface Equality {
  tokens: string[];
  /** Characters a reader sees (see {@link tokenWeight}). */
  weight: number;
  /** Whether it holds a line break: such an equality is never folded into a change. */
  breaks: boolean;
}

/** Text the old version has (`removed`) replaced by text the new one has (`added`); either may be empty. */
export interface Change {
  removed: string[];
  added: string[];
  removedWeight: number;
  addedWeight: number;
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
   * Appends text both versions share.
   * @param tokens - Tokens from {@link tokenize}, or whole lines when `lines` is true.
   * @param lines - Whether the pieces are whole lines (weighed by their length, not as tokens).
   */
  equal(tokens: readonly string[], lines = false, from = 0, to = tokens.length): void {
    if (to <= from) return;
    this.open = undefined;
    const equality = this.redline.equalities.at(-1)!;
    for (let index = from; index < to; index++) addToEquality(equality, tokens[index]!, lines);
  }

  /** Appends `tokens[from, to)`, text only the old version has (tokens, or whole lines when `lines` is true). */
  remove(tokens: readonly string[], lines = false, from = 0, to = tokens.length): void {
    if (to <= from) return;
    const change = this.change();
    for (let index = from; index < to; index++) {
      const token = tokens[index]!;
      change.removed.push(token);
      change.removedWeight += weigh(token, lines);
    }
  }

  /** Appends `tokens[from, to)`, text only the new version has (tokens, or whole lines when `lines` is true). */
  add(tokens: readonly string[], lines = false, from = 0, to = tokens.length): void {
    if (to <= from) return;
    const change = this.change();
    for (let index = from; index < to; index++) {
      const token = tokens[index]!;
      change.added.push(token);
      change.addedWeight += weigh(token, lines);
    }
  }

  /** The redline built so far. */
  finish(): Redline {
    return this.redline;
  }

  private change(): Change {
    if (this.open) return this.open;
    const change: Change = { removed: [], added: [], removedWeight: 0, addedWeight: 0 };
    this.redline.changes.push(change);
    this.redline.equalities.push(emptyEquality());
    this.open = change;
    return change;
  }
}

/**
 * The segments of a redline: each change as its removed text, then its added text.
 *
 * @param redline - A redline from {@link RedlineBuilder}.
 * @returns Segments with no empty values and no two neighbours of one type.
 * @example
 * const builder = new RedlineBuilder();
 * builder.equal(['不']);
 * builder.remove(['得']);
 * builder.add(['应']);
 * redlineToSegments(builder.finish());
 * //=> [{ type: 'equal', value: '不' }, { type: 'removed', value: '得' }, { type: 'added', value: '应' }]
 */
export function redlineToSegments(redline: Redline): Segment[] {
  const segments: Segment[] = [];
  const push = (type: Segment['type'], tokens: readonly string[]) => {
    if (tokens.length > 0) segments.push({ type, value: tokens.join('') });
  };
  redline.changes.forEach((change, index) => {
    push('equal', redline.equalities[index]!.tokens);
    push('removed', change.removed);
    push('added', change.added);
  });
  push('equal', redline.equalities.at(-1)!.tokens);
  return segments;
}

/**
 * An equality holding these tokens, weighed.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The equality.
 * @example
 * equalityOf(['the', ' ', '网']);
 * //=> { tokens: ['the', ' ', '网'], weight: 5, breaks: false }
 */
export function equalityOf(tokens: readonly string[]): Equality {
  const equality = emptyEquality();
  for (const token of tokens) addToEquality(equality, token);
  return equality;
}

function emptyEquality(): Equality {
  return { tokens: [], weight: 0, breaks: false };
}

function weigh(token: string, line: boolean): number {
  return line ? token.length : tokenWeight(token);
}

function addToEquality(equality: Equality, token: string, line = false): void {
  equality.tokens.push(token);
  equality.weight += weigh(token, line);
  if (!equality.breaks && (token.length === 1 ? token === '\n' || token === '\r' : LINE_BREAK.test(token))) {
    equality.breaks = true;
  }
}

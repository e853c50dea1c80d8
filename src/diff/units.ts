/**
 * The coarse units a text is aligned by before tokens: paragraphs (the canonical text puts a
 * blank line between paragraphs and list items), lines (of preformatted text, whose line
 * breaks are text), and sentences. Each unit is its core text and the separator after it
 * (the blank line, the line break, the spaces after a full stop), so that a unit moved from
 * the end of a list to its middle still reads as the same unit; cores and separators joined
 * in order give back the text exactly. Cuts fall only after a line break or a sentence end,
 * never inside a surrogate pair or before a combining mark.
 */
import { ATTACHED, isSpaceCode } from '../util/unicode.js';

/**
 * A text cut into units, held as places in it: unit `i` is its core, then the separator after
 * it, and the units follow each other, so that cores and separators joined in order give the
 * text back. Only places are kept (numbers, in one typed list): a long text's units would
 * otherwise be tens of thousands of strings that a diff keeps from its start to its end, which
 * the collector copies and promotes at every young collection of the diff; a unit's text is
 * sliced from the text when it is read (cheap, and it dies young).
 */
export class Units {
  /**
   * @param text - The text cut.
   * @param ends - Two numbers per unit: where its core ends and where its separator ends.
   * @param breaks - For paragraphs: 1 when the core holds a line break (then its lines are aligned), else 0.
   */
  constructor(
    readonly text: string,
    private readonly ends: Int32Array,
    readonly breaks?: Uint8Array,
  ) {}

  /** How many units. */
  get count(): number {
    return this.ends.length >> 1;
  }

  /** Where unit `i` starts in the text. */
  start(i: number): number {
    return i === 0 ? 0 : this.ends[2 * i - 1]!;
  }

  /** Where unit `i`'s core ends (its separator starts). */
  coreEnd(i: number): number {
    return this.ends[2 * i]!;
  }

  /** Where unit `i`'s separator ends (the next unit starts). */
  end(i: number): number {
    return this.ends[2 * i + 1]!;
  }

  /** The text of unit `i` without its separator. */
  core(i: number): string {
    return this.text.slice(this.start(i), this.ends[2 * i]);
  }

  /** The length of unit `i`'s core, without slicing it. */
  coreLength(i: number): number {
    return this.ends[2 * i]! - this.start(i);
  }

  /** The separator after unit `i` (empty after the last unit). */
  separator(i: number): string {
    return this.text.slice(this.ends[2 * i], this.ends[2 * i + 1]);
  }
}

const LINE_BREAK = /\r?\n/g;

// The characters outside ASCII are in plain strings, which the build writes as ASCII escapes (a
// String.raw template keeps them as they are): a file with a single character outside ASCII is
// read and compiled as two-byte text, which cost dist/cli-diff.cjs about 1.5 ms of a CLI start.
/** The full-width ends of a Chinese sentence. */
const FULL_WIDTH_ENDS = '。！？；';
/** Closing quotes and brackets, which stay with the sentence they close. */
const CLOSERS = '”’"\'」』）)';
/**
 * Where a sentence ends: a Chinese full stop, question or exclamation mark or semicolon (full
 * width) anywhere; their ASCII forms only before a space or the end (so `1688.com` is one
 * sentence); then closing quotes or brackets and any marks attached to them; the whitespace
 * after it is the separator.
 */
const SENTENCE_END = new RegExp(String.raw`(?:[${FULL_WIDTH_ENDS}]+|[.!?;]+(?=[\s${CLOSERS}]|$))(?:[${CLOSERS}${ATTACHED}])*(\s*)`, 'gu');

/**
 * Paragraphs, separated by blank lines: a line break, then one or more lines holding only
 * spaces, each with its line break (`/\r?\n(?:[^\S\r\n]*\r?\n)+/`).
 *
 * @param text - Any text.
 * @returns The units; one unit for text without a blank line.
 * @example
 * const units = splitParagraphs('one\n\ntwo\nlines');
 * [units.count, units.core(0), units.separator(0), units.core(1), units.separator(1), Array.from(units.breaks!)];
 * //=> [2, 'one', '\n\n', 'two\nlines', '', [0, 1]]
 */
export function splitParagraphs(text: string): Units {
  // Found from line break to line break rather than by the expression: no match objects for
  // the thousands of paragraphs of a long text. The places are gathered first and the lists
  // made at their size.
  let count = 0;
  let broken = 0;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
    // The first line break of a break, with the \r before it, then lines holding only spaces, each ending in a line break.
    let end = k + 1;
    for (let at = end; ; ) {
      while (at < text.length && isSpaceCode(text.charCodeAt(at)) && text.charCodeAt(at) !== 0x0a && text.charCodeAt(at) !== 0x0d) at++;
      if (text.charCodeAt(at) === 0x0d) at++;
      if (text.charCodeAt(at) !== 0x0a) break;
      end = ++at;
    }
    if (end === k + 1) {
      broken = 1; // a line break inside the paragraph
      continue;
    }
    const from = k > start && text.charCodeAt(k - 1) === 0x0d ? k - 1 : k;
    places = placed(places, count);
    places[count++] = from;
    places[count++] = end;
    places[count++] = broken;
    broken = 0;
    start = end;
    k = end - 1;
  }
  const units = count / 3 + 1;
  const ends = new Int32Array(2 * units);
  const breaks = new Uint8Array(units);
  for (let unit = 0, at = 0; at < count; unit++, at += 3) {
    ends[2 * unit] = places[at]!;
    ends[2 * unit + 1] = places[at + 1]!;
    breaks[unit] = places[at + 2]!;
  }
  ends[2 * units - 2] = ends[2 * units - 1] = text.length;
  breaks[units - 1] = broken;
  return new Units(text, ends, breaks);
}

/**
 * Where the units of the text being split end (paragraphs: three numbers each, where the
 * separator starts and ends and whether the paragraph holds a line break; sentences: two, where
 * the separator starts and ends): a buffer reused from split to split, written before it is
 * read.
 */
let places: Int32Array = new Int32Array(3 * 256);

function placed(buffer: Int32Array, count: number): Int32Array {
  if (count + 3 <= buffer.length) return buffer;
  const grown = new Int32Array(buffer.length * 2);
  grown.set(buffer);
  return grown;
}

/**
 * Lines, separated by line breaks.
 *
 * @param text - Any text.
 * @returns The units.
 * @example
 * const units = splitLines('a\r\nb');
 * [units.core(0), units.separator(0), units.core(1), units.separator(1)];
 * //=> ['a', '\r\n', 'b', '']
 */
export function splitLines(text: string): Units {
  let count = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match !== null; match = LINE_BREAK.exec(text)) {
    places = placed(places, count);
    places[count++] = match.index;
    places[count++] = match.index + match[0].length;
  }
  // A line break ends a line: after the last one, one more (maybe empty) line.
  return unitsAt(text, count, true);
}

/**
 * Sentences, each with its end punctuation; the spaces or line breaks after it are its separator.
 *
 * @param text - Any text.
 * @returns The units.
 * @example
 * const units = splitSentences('甲。乙！ Done. Next');
 * [Array.from({ length: units.count }, (_, i) => units.core(i)), Array.from({ length: units.count }, (_, i) => units.separator(i))];
 * //=> [['甲。', '乙！', 'Done.', 'Next'], ['', ' ', ' ', '']]
 */
export function splitSentences(text: string): Units {
  let count = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end === match.index) {
      SENTENCE_END.lastIndex++; // cannot happen (the pattern needs a stop), but never loop
      continue;
    }
    places = placed(places, count);
    places[count++] = end - match[1]!.length;
    places[count++] = end;
  }
  return unitsAt(text, count, false);
}

/**
 * The units of a text whose places (where each core and separator ends, `count` numbers) are
 * in the buffer; the text after the last place is one more unit when it is not empty, or
 * `always`.
 */
function unitsAt(text: string, count: number, always: boolean): Units {
  const last = always || count === 0 || places[count - 1]! < text.length;
  const ends = new Int32Array(count + (last ? 2 : 0));
  for (let at = 0; at < count; at++) ends[at] = places[at]!;
  if (last) ends[count] = ends[count + 1] = text.length;
  return new Units(text, ends);
}

/** Which units a cut falls between. */
export type UnitKind = 'paragraphs' | 'lines' | 'sentences';

/**
 * The last place at or before `limit` where a unit starts (after a blank line, a line break,
 * or a sentence end and its spaces); 0 when there is none. The diff cuts the text shared by
 * two versions there, so that only the units after it are split and paired.
 *
 * @param text - A text.
 * @param limit - Where to look back from.
 * @param kind - The units.
 * @returns An index from 0 to `limit`.
 * @example
 * unitStartAtOrBefore('One. Two. Three.', 7, 'sentences');
 * //=> 5
 */
export function unitStartAtOrBefore(text: string, limit: number, kind: UnitKind): number {
  if (limit <= 0) return 0;
  if (kind === 'sentences') {
    for (let k = limit - 1; k >= 0; k--) {
      const end = sentenceEndAt(text, k);
      if (end >= 0 && end <= limit) return end;
    }
    return 0;
  }
  const needed = kind === 'paragraphs' ? 2 : 1;
  for (let k = text.lastIndexOf('\n', limit - 1); k >= 0; k = k === 0 ? -1 : text.lastIndexOf('\n', k - 1)) {
    const end = breakRunEnd(text, k, needed);
    if (end >= 0 && end <= limit) return end;
  }
  return 0;
}

/**
 * The first place at or after `from` where a unit starts; the text's length when there is none.
 *
 * @param text - A text.
 * @param from - Where to look from.
 * @param kind - The units.
 * @returns An index from `from` to the text's length.
 * @example
 * unitStartAtOrAfter('One. Two. Three.', 7, 'sentences');
 * //=> 10
 */
export function unitStartAtOrAfter(text: string, from: number, kind: UnitKind): number {
  if (from >= text.length) return text.length;
  if (kind === 'sentences') {
    for (let k = Math.max(0, from - 1); k < text.length; k++) {
      const end = sentenceEndAt(text, k);
      if (end >= from) return end;
    }
    return text.length;
  }
  const needed = kind === 'paragraphs' ? 2 : 1;
  for (let k = text.indexOf('\n', Math.max(0, from - 1)); k >= 0; k = text.indexOf('\n', k + 1)) {
    const end = breakRunEnd(text, k, needed);
    if (end >= from) return end;
  }
  return text.length;
}

/** If a sentence ends with the stop at `k`, where its spaces end (the next sentence starts); else -1. */
function sentenceEndAt(text: string, k: number): number {
  const code = text.charCodeAt(k);
  const wide = code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b;
  const narrow = code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b;
  if (!wide && !narrow) return -1;
  let end = k + 1;
  // More stops, closing quotes and brackets, and anything attached to them (a cut never falls before a mark).
  for (;;) {
    if (end < text.length && isStopOrCloser(text.charCodeAt(end))) end++;
    else if (end < text.length && ATTACHED_START.test(text.slice(end, end + 2))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    else break;
  }
  if (narrow && end < text.length && !isSpaceCode(text.charCodeAt(end))) return -1;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return end;
}

/** Where the run of whitespace around the line break at `k` ends, if the run holds `needed` line breaks; else -1. */
function breakRunEnd(text: string, k: number, needed: number): number {
  let start = k;
  while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
  let end = k + 1;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  let breaks = 0;
  for (let index = start; index < end && breaks < needed; index++) if (text.charCodeAt(index) === 0x0a) breaks++;
  return breaks >= needed ? end : -1;
}

const ATTACHED_START = new RegExp(`^[${ATTACHED}]`, 'u');

function isStopOrCloser(code: number): boolean {
  return (
    code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b ||
    code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b ||
    code === 0x201d || code === 0x2019 || code === 0x22 || code === 0x27 || code === 0x300d || code === 0x300f || code === 0xff09 || code === 0x29
  );
}


/**
 * The departures table: how far a text departs from its old version, counted from its
 * redline. One rule for every format: what counts as inserted, deleted, moved and restyled,
 * and when a text changed substantively (docs/diff.md, "Change classes").
 */
import { wordCount } from './redline.js';
import { isCjkPunctuationCode, isUnifiedIdeographCode } from '../util/unicode.js';
import { DeparturesObject } from './plain.js';
import { sharedTextCount } from './shared-parts.js';
import { tokenizeInto } from './tokenize.js';
import type { Departures, Segment, TextCount, TypographicKind } from './types.js';
import { TYPOGRAPHIC_KINDS } from './typography.js';

/**
 * Counts a redline's departures.
 *
 * @param segments - A redline (a `segments` field of a report, or `diffText`'s result).
 * @returns The counts and the strongest change: `substantive` when any change is substantive
 *   or a unit moved, `typographic` when all changes are typographic, `none` without changes.
 * @example
 * departuresOf(diffText('不得用于', '不应用于')).inserted;
 * //=> { characters: 1, words: 1 }
 */
export function departuresOf(segments: readonly Segment[]): Departures {
  // Most texts of a report are unchanged: they share one frozen answer (a report is plain
  // data, read not written, and a diff of a large corpus should not allocate per unchanged text).
  if (segments.length <= 1 && segments[0]?.type !== 'added' && segments[0]?.type !== 'removed') return NO_DEPARTURES;
  const tally: Tally = { change: 'none', kinds: 0, counts: [0, 0, 0, 0, 0, 0, 0, 0] };
  count(segments, tally);
  const { counts } = tally;
  return new DeparturesObject(
    tally.change,
    tally.kinds === 0 ? NO_KINDS : kindsOf(tally.kinds),
    sharedTextCount(counts[INSERTED]!, counts[INSERTED + 1]!),
    sharedTextCount(counts[DELETED]!, counts[DELETED + 1]!),
    sharedTextCount(counts[MOVED]!, counts[MOVED + 1]!),
    sharedTextCount(counts[RESTYLED]!, counts[RESTYLED + 1]!),
  );
}

/** Offsets of the characters (then words) of each count in a tally. */
const INSERTED = 0;
const DELETED = 2;
const MOVED = 4;
const RESTYLED = 6;

const ZERO: TextCount = sharedTextCount(0, 0);
const NO_KINDS = Object.freeze([]) as unknown as TypographicKind[];
const NO_DEPARTURES: Departures = Object.freeze({
  change: 'none',
  kinds: NO_KINDS,
  inserted: ZERO,
  deleted: ZERO,
  moved: ZERO,
  restyled: ZERO,
}) as Departures;

/** The kinds of a tally's bits, in the order of TYPOGRAPHIC_KINDS, in a list of their size (`filter` makes one of 17 places, and a report keeps one per text). */
function kindsOf(bits: number): TypographicKind[] {
  let count = 0;
  for (let index = 0; index < TYPOGRAPHIC_KINDS.length; index++) if ((bits & (1 << index)) !== 0) count++;
  const kinds = new Array<TypographicKind>(count);
  for (let index = 0, at = 0; index < TYPOGRAPHIC_KINDS.length; index++) if ((bits & (1 << index)) !== 0) kinds[at++] = TYPOGRAPHIC_KINDS[index]!;
  return kinds;
}

interface Tally {
  change: Departures['change'];
  /** The kinds met, one bit per kind in the order of TYPOGRAPHIC_KINDS. */
  kinds: number;
  counts: number[];
}

function count(segments: readonly Segment[], tally: Tally): void {
  for (const segment of segments) {
    if (segment.type === 'equal') continue;
    if (segment.move !== undefined) {
      tally.change = 'substantive';
      // The added piece carries the unit's own redline: its old text is what moved.
      if (segment.type === 'added' && segment.edits) {
        for (const part of segment.edits) if (part.type !== 'added') add(tally.counts, MOVED, part.value);
        count(segment.edits, tally);
      }
      continue;
    }
    if (segment.class === 'substantive') {
      tally.change = 'substantive';
      add(tally.counts, segment.type === 'added' ? INSERTED : DELETED, segment.value);
    } else {
      if (tally.change === 'none') tally.change = 'typographic';
      for (const kind of segment.kinds ?? []) tally.kinds |= 1 << TYPOGRAPHIC_KINDS.indexOf(kind);
      if (segment.type === 'removed') add(tally.counts, RESTYLED, segment.value);
    }
  }
}

function add(counts: number[], at: number, text: string): void {
  let characters = 0;
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff && index > 0 && text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff) continue;
    characters++;
    if (code >= 0x80 && !isUnifiedIdeographCode(code) && !isCjkPunctuationCode(code) && code !== 0x3000 && code !== 0x2019 && code !== 0xa0) {
      // A script the scanner below does not know: count its words with the tokenizer.
      counts[at] = counts[at]! + [...text].length;
      const tokens: string[] = [];
      tokenizeInto(text, 0, text.length, tokens);
      counts[at + 1] = counts[at + 1]! + wordCount(tokens);
      return;
    }
    const letter = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (letter) {
      if (!inWord) words++;
      inWord = true;
    } else if ((code === 0x27 || code === 0x2019) && inWord && isAsciiLetterOrDigit(text.charCodeAt(index + 1))) {
      // An inner apostrophe (user’s) keeps the word going.
    } else {
      inWord = false;
      if (isUnifiedIdeographCode(code)) words++;
    }
  }
  counts[at] = counts[at]! + characters;
  counts[at + 1] = counts[at + 1]! + words;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether every change of a redline is typographic of the given kinds (so a review that
 * ignores those kinds has nothing to show in it).
 *
 * @param segments - A redline.
 * @param ignore - Typographic kinds to ignore.
 * @returns True when there is no change, or only ignored typographic ones.
 * @example
 * onlyIgnored(diffText('User', 'user'), ['case']);
 * //=> true
 */
export function onlyIgnored(segments: readonly Segment[], ignore: readonly TypographicKind[]): boolean {
  return segments.every(
    (segment) =>
      segment.type === 'equal' ||
      (segment.move === undefined && segment.class === 'typographic' && (segment.kinds ?? []).every((kind) => ignore.includes(kind))),
  );
}

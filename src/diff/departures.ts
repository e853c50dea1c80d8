/**
 * The departures table: how far a text departs from its old version, counted from its
 * redline. One rule for every format: what counts as inserted, deleted, moved and restyled,
 * and when a text changed substantively (docs/diff.md, "Change classes").
 */
import { wordCount } from './redline.js';
import { textBefore } from './segments.js';
import { tokenize } from './tokenize.js';
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
  const departures: Departures = {
    change: 'none',
    kinds: [],
    inserted: zero(),
    deleted: zero(),
    moved: zero(),
    restyled: zero(),
  };
  // Most texts of a report are unchanged: no need to look further.
  if (segments.length <= 1 && segments[0]?.type !== 'added' && segments[0]?.type !== 'removed') return departures;
  return countAll(segments, departures);
}

function countAll(segments: readonly Segment[], departures: Departures): Departures {
  const kinds = new Set<TypographicKind>();
  count(segments, departures, kinds);
  departures.kinds = TYPOGRAPHIC_KINDS.filter((kind) => kinds.has(kind));
  return departures;
}

function count(segments: readonly Segment[], departures: Departures, kinds: Set<TypographicKind>): void {
  for (const segment of segments) {
    if (segment.type === 'equal') continue;
    if (segment.move !== undefined) {
      departures.change = 'substantive';
      // The added piece carries the unit's own redline: its old text is what moved.
      if (segment.type === 'added' && segment.edits) {
        add(departures.moved, textBefore(segment.edits));
        count(segment.edits, departures, kinds);
      }
      continue;
    }
    if (segment.class === 'substantive') {
      departures.change = 'substantive';
      add(segment.type === 'added' ? departures.inserted : departures.deleted, segment.value);
    } else {
      if (departures.change === 'none') departures.change = 'typographic';
      for (const kind of segment.kinds ?? []) kinds.add(kind);
      if (segment.type === 'removed') add(departures.restyled, segment.value);
    }
  }
}

function add(total: TextCount, text: string): void {
  let characters = 0;
  for (const _ of text) characters++;
  total.characters += characters;
  total.words += wordCount(tokenize(text));
}

function zero(): TextCount {
  return { characters: 0, words: 0 };
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

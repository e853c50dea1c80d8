/**
 * The objects a diff report keeps by the thousand (segments, departure counts, the diff of a
 * text and of a clause), made by constructors instead of object literals. Why: V8 tracks where
 * each literal allocates (an "allocation site") and, when most objects of a site outlive a young
 * collection, as a report's objects do, allocates that site's later objects straight in the old
 * generation ("pretenuring"). A report then fills the old generation while it is built, the
 * collector marks the whole heap (the corpus with it) far more often, and each young object
 * stored into a report object has to be remembered: on 1 MB per language (2026-11-28, load
 * 2.8), `diffEditions` took 52 ms as built with literals, and 29 ms in a process started with
 * `--no-allocation-site-pretenuring`. An object made by `new` has no allocation site.
 *
 * Each constructor's prototype is `Object.prototype`, and each sets the fields in the order the
 * literal wrote them: what it makes is a plain object, the same keys in the same order
 * (`JSON.stringify` and `Object.getPrototypeOf` cannot tell it from the literal).
 */
import type { Language } from '../model/constants.js';
import type { ChangeClass, ChangeSegment, ClauseDiff, Departures, EqualSegment, Segment, TextCount, TranslationDiff, TypographicKind } from './types.js';

/** Gives a constructor function the prototype of object literals, and types it for `new`. */
function plain<A extends unknown[], T>(make: (this: T, ...args: A) => void): new (...args: A) => T {
  make.prototype = Object.prototype;
  return make as unknown as new (...args: A) => T;
}

const EqualSegmentObject = plain(function (this: EqualSegment, value: string) {
  this.type = 'equal';
  this.value = value;
});

const ChangeSegmentObject = plain(function (this: ChangeSegment, type: 'removed' | 'added', value: string, kind: ChangeClass) {
  this.type = type;
  this.value = value;
  this.class = kind;
});

const TextCountObject = plain(function (this: { characters: number; words: number }, characters: number, words: number) {
  this.characters = characters;
  this.words = words;
});

/**
 * Makes a departures table (\`new DeparturesObject(change, kinds, inserted, deleted, moved,
 * restyled)\`): a plain object without an allocation site, fields in the order of {@link Departures}.
 *
 * @example
 * new DeparturesObject('none', [], textCountObject(0, 0), textCountObject(0, 0), textCountObject(0, 0), textCountObject(0, 0)).change;
 * //=> 'none'
 */
export const DeparturesObject = plain(function (
  this: Departures,
  change: Departures['change'],
  kinds: TypographicKind[],
  inserted: TextCount,
  deleted: TextCount,
  moved: TextCount,
  restyled: TextCount,
) {
  this.change = change;
  this.kinds = kinds;
  this.inserted = inserted;
  this.deleted = deleted;
  this.moved = moved;
  this.restyled = restyled;
});

/**
 * `{ type: 'equal', value }`, as a plain object without an allocation site (see the module comment).
 *
 * @param value - The text both versions share.
 * @returns The segment.
 * @example
 * equalSegment('不');
 * //=> { type: 'equal', value: '不' }
 */
export function equalSegment(value: string): EqualSegment {
  return new EqualSegmentObject(value);
}

/**
 * `{ type, value, class, kinds? }`, as a plain object without an allocation site; `kinds` is
 * set (to a copy of the list given) only on a typographic change.
 *
 * @param type - `removed` or `added`.
 * @param value - The text.
 * @param kinds - The typographic kinds that explain the change, or null for a substantive one.
 * @returns The segment.
 * @example
 * changeSegment('removed', '’', ['quotes']);
 * //=> { type: 'removed', value: '’', class: 'typographic', kinds: ['quotes'] }
 */
export function changeSegment(type: 'removed' | 'added', value: string, kinds: readonly TypographicKind[] | null): ChangeSegment {
  if (kinds === null) return new ChangeSegmentObject(type, value, 'substantive');
  const segment = new ChangeSegmentObject(type, value, 'typographic');
  segment.kinds = kinds.slice();
  return segment;
}

/**
 * `{ characters, words }`, as a plain object without an allocation site.
 *
 * @param characters - Characters (code points).
 * @param words - Words.
 * @returns The count.
 * @example
 * textCountObject(1, 1);
 * //=> { characters: 1, words: 1 }
 */
export function textCountObject(characters: number, words: number): TextCount {
  return new TextCountObject(characters, words);
}


/**
 * Makes one language of a clause compared (\`new TranslationDiffObject(language, status,
 * segments, departures, from, to, governing)\`): a plain object without an allocation site,
 * fields in the order of {@link TranslationDiff}.
 *
 * @example
 * new TranslationDiffObject('zh', 'unchanged', [equalSegment('甲')], departuresOf([]), 'published', 'published', true).status;
 * //=> 'unchanged'
 */
export const TranslationDiffObject = plain(function (
  this: TranslationDiff,
  language: Language,
  status: TranslationDiff['status'],
  segments: Segment[],
  departures: Departures,
  from: TranslationDiff['from'],
  to: TranslationDiff['to'],
  governing: boolean,
) {
  this.language = language;
  this.status = status;
  this.segments = segments;
  this.departures = departures;
  this.from = from;
  this.to = to;
  this.governing = governing;
});


const FromToObject = plain(function <T>(this: { from: T; to: T }, from: T, to: T) {
  this.from = from;
  this.to = to;
});

/**
 * `{ from, to }`, as a plain object without an allocation site.
 *
 * @param from - The old value.
 * @param to - The new value.
 * @returns The pair.
 * @example
 * fromTo('1', '2');
 * //=> { from: '1', to: '2' }
 */
export function fromTo<T>(from: T, to: T): { from: T; to: T } {
  return new FromToObject(from, to) as { from: T; to: T };
}

/**
 * Makes a clause compared (\`new ClauseDiffObject(id, status, moved, topics, number, from, to,
 * texts, change, drift)\`): a plain object without an allocation site, fields in the order of
 * {@link ClauseDiff}.
 *
 * @example
 * new ClauseDiffObject('c1', 'unchanged', false, fromTo(['general'], ['general']), fromTo(null, null), null, null, [], 'none', null).id;
 * //=> 'c1'
 */
export const ClauseDiffObject = plain(function (
  this: ClauseDiff,
  id: string,
  status: ClauseDiff['status'],
  moved: boolean,
  topics: ClauseDiff['topics'],
  number: ClauseDiff['number'],
  from: ClauseDiff['from'],
  to: ClauseDiff['to'],
  texts: TranslationDiff[],
  change: ClauseDiff['change'],
  drift: ClauseDiff['drift'],
) {
  this.id = id;
  this.status = status;
  this.moved = moved;
  this.topics = topics;
  this.number = number;
  this.from = from;
  this.to = to;
  this.texts = texts;
  this.change = change;
  this.drift = drift;
});


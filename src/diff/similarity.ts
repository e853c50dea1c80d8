/**
 * How alike two units of text are (paragraphs, list items, sentences), cheaply enough to ask
 * it thousands of times: each unit gets a signature once, a sorted multiset of hashed
 * features, and two signatures compare in one linear merge. Features are what a reader
 * recognises a passage by, whatever its typography: English words (case-folded), Chinese
 * characters and pairs of neighbouring characters; spaces, punctuation and quote style do
 * not count, so a re-spaced or re-cased unit still looks like itself.
 */

/** A unit's features, hashed and sorted. */
export type Signature = Int32Array;

/**
 * The signature of a text.
 *
 * @param text - A unit of text.
 * @returns Its features, sorted; empty for text without letters, digits or ideographs.
 * @example
 * signatureOf('The Term').length === signatureOf('the  term').length;
 * //=> true
 */
export function signatureOf(text: string): Signature {
  const features: number[] = [];
  let word = 0;
  let inWord = false;
  let previousIdeograph = -1;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0; // full-width forms read as their ASCII forms
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7);
    if (letter) {
      word = inWord ? Math.imul(word ^ code, 0x01000193) : Math.imul(0x811c9dc5 ^ code, 0x01000193);
      inWord = true;
      previousIdeograph = -1;
      continue;
    }
    if (inWord) {
      features.push(word | 1); // odd: words
      inWord = false;
    }
    if (isIdeographCode(code)) {
      features.push((Math.imul(code, 0x9e3779b1) & ~1) | 0); // even: characters
      if (previousIdeograph >= 0) features.push(Math.imul(previousIdeograph ^ Math.imul(code, 0x85ebca6b), 0xc2b2ae35) & ~1);
      previousIdeograph = code;
    } else if (code > 0x20 && code !== 0xa0 && code !== 0x3000) {
      // Punctuation and symbols break a pair of characters, spaces do not (`互联 网`).
      previousIdeograph = -1;
    }
  }
  if (inWord) features.push(word | 1);
  return Int32Array.from(features).sort();
}

/**
 * The Dice coefficient of two signatures: twice the shared features over the total, from 0
 * (nothing shared) to 1 (the same features).
 *
 * @param a - A signature.
 * @param b - Another.
 * @returns A number from 0 to 1; 1 when both are empty.
 * @example
 * similarity(signatureOf('each definition against itself'), signatureOf('each definition against another'));
 * //=> 0.75
 */
export function similarity(a: Signature, b: Signature): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * The lengths of the common start and end of two texts (the end never overlapping the start).
 * Their share of the longer text is a quick lower bound of how alike two units are: most
 * edited units share most of their text at the ends, which settles them without a signature;
 * the diff of a pair then starts from the same lengths.
 *
 * @param a - A text.
 * @param b - Another.
 * @returns `[start, end]` in UTF-16 code units.
 * @example
 * commonEnds('the website shall', 'the web site shall');
 * //=> [7, 10]
 */
export function commonEnds(a: string, b: string): [number, number] {
  const start = commonStart(a, b);
  return [start, commonTail(a, b, start)];
}

/**
 * The length of the common start of two texts.
 *
 * @param a - A text.
 * @param b - Another.
 * @returns The length in UTF-16 code units.
 * @example
 * commonStart('the website', 'the web site');
 * //=> 7
 */
export function commonStart(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let start = 0;
  while (start < limit && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  return start;
}

/**
 * The length of the common end of two texts, not overlapping a common start of `start`.
 *
 * @param a - A text.
 * @param b - Another.
 * @param start - The length of their common start (see {@link commonStart}).
 * @returns The length in UTF-16 code units.
 * @example
 * commonTail('the website shall', 'the web site shall', 7);
 * //=> 10
 */
export function commonTail(a: string, b: string, start: number): number {
  const limit = Math.min(a.length, b.length) - start;
  let end = 0;
  while (end < limit && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return end;
}

/**
 * Another quick estimate: the share of a dozen short pieces of `a`, taken at even intervals,
 * that occur in `b`. An edited unit keeps most of its pieces wherever its edits fall; an
 * unrelated one keeps almost none. Undefined for texts too short to sample.
 *
 * @param a - A text.
 * @param b - Another.
 * @param same - The length of their common start, when known. @default 0
 * @param tail - The length of their common end, when known. @default 0
 * @returns A number from 0 to 1, or undefined.
 * @example
 * sampledShare('The information on this website is provided as is, without warranty of any kind.', 'The information on this site is provided as is, without any warranty of any kind.') > 0.6;
 * //=> true
 */
export function sampledShare(a: string, b: string, same = 0, tail = 0): number | undefined {
  const samples = 12;
  const width = 6;
  if (a.length < samples * width || b.length < samples * width) return undefined;
  const step = (a.length - width) / (samples - 1);
  let found = 0;
  for (let k = 0; k < samples; k++) {
    const at = Math.floor(k * step);
    // A piece inside the common start or end is in `b` where it is in `a`: no search.
    if (at + width <= same || at >= a.length - tail || b.includes(a.slice(at, at + width))) found++;
  }
  return found / samples;
}

function isIdeographCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdbff) // a supplementary ideograph counts by its high surrogate: rough, and cheap
  );
}

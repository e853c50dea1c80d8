/**
 * The verbatim sources of the fixture corpora built from real published texts
 * (test/fixtures/corpora/mulan-publ and cc-by-4.0, see their READMEs), read the way each README
 * says, and the one normalisation each README states. Nothing here knows the corpus JSON: the
 * expected texts come from the sources alone, so a test that compares them with a rendering of
 * the corpus checks the corpus against the source.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';

const here = (path: string) => join(dirname(fileURLToPath(import.meta.url)), path);

/** The fixture corpus directories. */
export const FIXTURE_CORPORA = {
  mulan: here('../fixtures/corpora/mulan-publ'),
  cc: here('../fixtures/corpora/cc-by-4.0'),
  constructs: here('../fixtures/corpora/constructs'),
} as const;

/** One language of one edition as the source publishes it. */
export interface SourceText {
  edition: string;
  lang: 'zh' | 'zh-Hant' | 'en';
  text: string;
}

/** The git blob id of a file's bytes: what `git hash-object` prints. */
export function gitBlobId(file: string): string {
  const bytes = readFileSync(file);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The source files a fixture README records with their git blob ids: the rows of its table that
 * name a file (first column, in backquotes) and end with a 40-hex-digit id in backquotes.
 */
export function recordedSources(directory: string): Map<string, string> {
  const readme = readFileSync(join(directory, 'README.md'), 'utf8');
  const sources = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const row = /^\| `([^`]+)` \|.*\| `([0-9a-f]{40})` \|$/.exec(line);
    if (row) sources.set(row[1]!, row[2]!);
  }
  return sources;
}

/** The files next to a fixture corpus that are not part of it (sources, expected texts, README). */
export function filesBeside(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

/**
 * The paragraph separation the Mulan README documents: every run of line breaks (and of lines
 * holding only white space) counts as one line break, and none at either end. Applied to the
 * source and to the rendering alike.
 */
export function separateParagraphsOnce(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * The Mulan Public License texts, split as its README says: `MulanPubL-2.0.txt` is Chinese up to
 * the English title line, English from it on; `mulanpubl-1.0.LICENSE.txt` is English after
 * ScanCode's YAML front matter.
 */
export function mulanSourceTexts(): SourceText[] {
  const v2 = readFileSync(join(FIXTURE_CORPORA.mulan, 'MulanPubL-2.0.txt'), 'utf8');
  const englishTitle = v2.indexOf('Mulan Public License，Version 2 (Mulan PubL v2)\n');
  const v1 = readFileSync(join(FIXTURE_CORPORA.mulan, 'mulanpubl-1.0.LICENSE.txt'), 'utf8');
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(v1);
  if (englishTitle < 0 || !frontMatter) throw new Error('the Mulan sources are not laid out as the README says');
  return [
    { edition: '2020-12', lang: 'en', text: v1.slice(frontMatter[0].length) },
    { edition: '2021-05', lang: 'zh', text: v2.slice(0, englishTitle) },
    { edition: '2021-05', lang: 'en', text: v2.slice(englishTitle) },
  ];
}

/** The CC BY 4.0 legal code pages, one per language of the single edition. */
export const CC_PAGES = [
  { edition: '2020-01', lang: 'en', file: 'by_4.0.html' },
  { edition: '2020-01', lang: 'zh', file: 'by_4.0_zh-Hans.html' },
  { edition: '2020-01', lang: 'zh-Hant', file: 'by_4.0_zh-Hant.html' },
] as const;

/**
 * The text a CC legal code page shows, as its README defines it: the legal code starts at the
 * `<h3>` inside the "Legalcode" comments; every block (`h3`, `p`, list item, run of bare text)
 * is a paragraph; white space collapses as HTML collapses it; a list item starts with the marker
 * a browser draws for its `<ol type start>` and one space. Paragraphs are joined by a blank line.
 */
export function legalCodeText(file: string): string {
  const html = readFileSync(join(FIXTURE_CORPORA.cc, file), 'utf8');
  const start = html.indexOf('<!-- Legalcode Start - DO NOT DELETE -->');
  const end = html.indexOf('<!-- Legalcode End - DO NOT DELETE -->');
  const region = html.slice(start, end);
  const title = region.indexOf('<h3>');
  if (start < 0 || end < 0 || title < 0) throw new Error(`${file} has no legal code where the README says`);
  const paragraphs: string[] = [];
  flow(parseFragment(region.slice(title)).childNodes as HtmlNode[], null, paragraphs);
  return `${paragraphs.join('\n\n')}\n`;
}

interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
}

const INLINE = new Set(['#text', '#comment', 'strong', 'span', 'a', 'em', 'b', 'i']);

/** Writes the paragraphs of sibling nodes; the first one gets `marker` in front when given. */
function flow(nodes: readonly HtmlNode[], marker: string | null, paragraphs: string[]): void {
  let run = '';
  let pendingMarker = marker;
  const emit = (raw: string) => {
    const text = raw.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text === '') return;
    paragraphs.push(pendingMarker === null ? text : `${pendingMarker} ${text}`);
    pendingMarker = null;
  };
  for (const node of nodes) {
    if (INLINE.has(node.nodeName)) {
      run += textOf(node);
      continue;
    }
    emit(run);
    run = '';
    if (node.nodeName === 'p' || node.nodeName === 'h3') emit(textOf(node));
    else if (node.nodeName === 'div') flow(node.childNodes ?? [], null, paragraphs);
    else if (node.nodeName === 'ol') {
      const type = attribute(node, 'type') ?? '1';
      let n = Number(attribute(node, 'start') ?? '1');
      for (const item of node.childNodes ?? []) {
        if (item.nodeName === 'li') flow(item.childNodes ?? [], browserMarker(type, n++), paragraphs);
      }
    } else throw new Error(`unexpected <${node.nodeName}> in the legal code`);
  }
  emit(run);
}

function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === '#comment') return '';
  return (node.childNodes ?? []).map(textOf).join('');
}

function attribute(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

/** The marker a browser draws by default for item `n` of an `<ol type>`. */
function browserMarker(type: string, n: number): string {
  const letter = String.fromCharCode(96 + n);
  if (type === 'a') return `${letter}.`;
  if (type === 'A') return `${letter.toUpperCase()}.`;
  if (type === 'i') return `${roman(n)}.`;
  if (type === 'I') return `${roman(n).toUpperCase()}.`;
  return `${n}.`;
}

function roman(n: number): string {
  const numerals: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of numerals) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

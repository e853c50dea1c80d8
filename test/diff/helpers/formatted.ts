/**
 * What a review format must show, computed from a report independently of the formatters:
 * the redline blocks in reading order, each as the lines a reader sees.
 */
import { parseFragment, parse, type DefaultTreeAdapterMap } from 'parse5';
import type { EditionDiff, Segment, TextDiff } from '../../../src/diff.js';
import type { Corpus } from '../../../src/index.js';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const SYMBOLS: Record<string, string> = { ' ': '␣', '\u00a0': '⍽', '\t': '→', '\n': '↵' };

/** The display of a segment as docs/diff.md specifies it (whitespace-only changes as symbols; a moved unit's own redline where it now is). */
function display(segment: Segment): string {
  if (segment.type === 'equal') return segment.value;
  if (segment.move !== undefined && segment.type === 'added' && segment.edits) {
    const core = segment.edits.filter((part) => part.type !== 'removed').map((part) => part.value).join('');
    const at = segment.value.indexOf(core);
    return segment.value.slice(0, at) + segment.edits.map(display).join('') + segment.value.slice(at + core.length);
  }
  if (/^\s+$/u.test(segment.value)) return Array.from(segment.value, (c) => SYMBOLS[c] ?? c).join('');
  return segment.value;
}

/** The non-empty lines a reader sees for a redline, del and ins text included (labels are not text). */
export function readerLines(segments: readonly Segment[]): string[] {
  return segments.map(display).join('').split('\n').filter((line) => line !== '');
}

/** The text of a node without its labels (`<sup>`: kinds of a typographic change, number of a move). */
export function readableText(node: Node): string {
  if ('tagName' in node && node.tagName === 'sup') return '';
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(readableText).join('') : '';
}

/** The redline blocks a review page shows, in order: titles, dateline and headings that changed, then each shown clause's texts. */
export function expectedBlocks(report: EditionDiff): string[][] {
  const changedField = (text: TextDiff) => text.status !== 'unchanged' && text.status !== 'absent';
  const blocks: TextDiff[] = [
    ...report.document.title.filter(changedField),
    ...report.editionTitle.filter(changedField),
    ...report.dateline.filter(changedField),
    ...report.sections.flatMap((section) => (section.status === 'unchanged' ? [] : section.headings.filter(changedField))),
    ...report.clauses
      .filter((clause) => clause.status !== 'unchanged' || clause.drift !== null)
      .flatMap((clause) => clause.texts.filter((text) => text.status !== 'absent')),
  ];
  return blocks.map((text) => readerLines(text.segments));
}

export function parseHtmlDocument(html: string): Node {
  return parse(html);
}

export function parseHtmlFragment(html: string): Node {
  return parseFragment(html);
}

export function elements(node: Node, predicate: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const walk = (current: Node) => {
    if ('tagName' in current && predicate(current)) found.push(current);
    const children = 'childNodes' in current ? current.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in current && current.content) walk(current.content as Node);
  };
  walk(node);
  return found;
}

export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The fixture corpus with HTML- and Markdown-significant text in a new edition of `downloads` (in memory only). */
export function withHostileText(corpus: Corpus): Corpus {
  const hostile = '<script>alert(1)</script> *not emphasis* | pipe | [link](https://example.com) & &amp; `code` # heading \\ <del>x</del>';
  return {
    ...corpus,
    clauses: corpus.clauses.map((clause) => {
      if (clause.id !== 'downloads') return clause;
      const edition = clause.editions['2024-01-01']!;
      const en = edition.en;
      if (en?.status !== 'published') throw new Error('fixture changed');
      return {
        ...clause,
        editions: {
          ...clause.editions,
          '2024-01-01': { ...edition, en: { status: 'published', blocks: [...en.blocks, { type: 'paragraph', text: hostile }] } },
        },
      };
    }),
  };
}

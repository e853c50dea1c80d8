/** Reading HTML the way a browser does (parse5, the WHATWG parser), collecting parse errors. */
import { parse, parseFragment, type DefaultTreeAdapterMap, type ParserError } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export interface Parsed {
  root: ParentNode;
  errors: ParserError[];
}

/** Parses a whole page; `errors` lists every parse error the HTML standard defines. */
export function parsePage(html: string): Parsed {
  const errors: ParserError[] = [];
  return { root: parse(html, { onParseError: (error) => errors.push(error) }), errors };
}

/** Parses a fragment (as `innerHTML` of a `<body>` would). */
export function parseHtmlFragment(html: string): Parsed {
  const errors: ParserError[] = [];
  return { root: parseFragment(html, { onParseError: (error) => errors.push(error) }), errors };
}

/** Every element under `node`, in document order. */
export function elements(node: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const child of childrenOf(parent)) {
      if ('tagName' in child) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(node);
  return found;
}

/** The concatenated text of every text node under `node` (the DOM's `textContent`). */
export function textContent(node: ParentNode | ChildNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node)) return '';
  return childrenOf(node).map((child) => textContent(child)).join('');
}

/** The text directly inside an element (its own text nodes, not its descendants'). */
export function ownText(element: Element): string {
  return element.childNodes
    .filter((child): child is DefaultTreeAdapterMap['textNode'] => child.nodeName === '#text')
    .map((child) => child.value)
    .join('');
}

/** An attribute's value, or undefined. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** Whether the element's class list has `name`. */
export function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

function childrenOf(node: ParentNode): ChildNode[] {
  // <template> keeps its children in `content`; we never emit one, but be exact.
  return node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
}

/** An element or text as plain data: tag, attributes sorted by name, children; for comparing two renderings of one tree. */
export type Shape = string | [tag: string, attributes: [string, string][], children: Shape[]];

/** Elements whose line breaks between children are layout, not text (toHtml writes one after each block). */
const CONTAINERS = new Set(['article', 'header', 'section', 'div', 'main', 'body']);

/**
 * The shape of a node: what a browser would hold, without the line breaks that separate blocks
 * inside containers (a hast tree has none, toHtml writes them for people reading the source).
 */
export function shape(node: ChildNode | ParentNode): Shape[] {
  if (node.nodeName === '#text') return [(node as DefaultTreeAdapterMap['textNode']).value];
  if (!('tagName' in node)) return childrenOf(node as ParentNode).flatMap((child) => shapeIn(child, '#fragment'));
  const element = node as Element;
  const attributes = element.attrs.map((attribute): [string, string] => [attribute.name, attribute.value]).sort(([a], [b]) => a.localeCompare(b));
  return [[element.tagName, attributes, childrenOf(element).flatMap((child) => shapeIn(child, element.tagName))]];
}

function shapeIn(child: ChildNode, parentTag: string): Shape[] {
  if (child.nodeName === '#text' && (CONTAINERS.has(parentTag) || parentTag === '#fragment') && /^\n+$/.test((child as DefaultTreeAdapterMap['textNode']).value)) return [];
  return shape(child);
}

/** The text of shapes, in order: what a reader sees, without the line breaks between blocks. */
export function shapeText(shapes: readonly Shape[]): string {
  return shapes.map((item) => (typeof item === 'string' ? item : shapeText(item[2]))).join('');
}

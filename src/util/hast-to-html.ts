/**
 * HTML from the small hast trees the review formats build (elements, text, roots), so that a
 * redline has one definition — its hast — and the review page writes that. Not a general hast
 * serialiser: no void elements, comments, doctypes or raw nodes, which these trees never hold;
 * `hast-util-to-html` (a dev dependency) checks it in the tests, and the diff entry stays free
 * of runtime dependencies.
 */
import type { ElementContent, Properties, Root } from 'hast';
import { escapeHtml } from './escape-html.js';

/**
 * The HTML of a hast root or node: elements with their properties as attributes (`className`
 * as `class`, `dataFooBar` as `data-foo-bar`, `ariaLabel` as `aria-label`, `tabIndex` as
 * `tabindex`), text escaped with `escapeHtml`.
 *
 * @param node - A root, element or text.
 * @returns The HTML.
 * @throws {TypeError} When the tree holds a node other than an element or text (a comment, a raw node).
 * @example
 * hastToHtml({ type: 'element', tagName: 'ins', properties: { dataLabel: 'added' }, children: [{ type: 'text', value: 'a<b' }] });
 * //=> '<ins data-label="added">a&lt;b</ins>'
 */
export function hastToHtml(node: Root | ElementContent): string {
  if (node.type === 'text') return escapeHtml(node.value);
  if (node.type === 'root') return node.children.map((child) => hastToHtml(child as ElementContent)).join('');
  if (node.type !== 'element') throw new TypeError(`cannot write a hast ${node.type} node`);
  let html = `<${node.tagName}${attributes(node.properties)}>`;
  for (const child of node.children) html += hastToHtml(child);
  return `${html}</${node.tagName}>`;
}

function attributes(properties: Properties): string {
  let html = '';
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const attribute = attributeName(name);
    if (value === true) html += ` ${attribute}`;
    else html += ` ${attribute}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  return html;
}

function attributeName(property: string): string {
  if (property === 'className') return 'class';
  const prefixed = /^(data|aria)([A-Z].*)$/.exec(property);
  if (prefixed) return `${prefixed[1]}-${prefixed[2]!.replace(/[A-Z]/g, (letter, index: number) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`)}`;
  return property.toLowerCase();
}

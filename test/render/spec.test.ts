/**
 * docs/tree.md is the spec of the rendering tree. These tests fail when the spec and the code
 * part ways: an interface edited on one side only, a node type left undocumented, or an example
 * that the tree no longer contains.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTree, NODE_TYPES, type Node } from '../../src/index.js';
import { constructsCorpus } from '../helpers/constructs.js';

const SPEC = readFileSync(new URL('../../docs/tree.md', import.meta.url), 'utf8');
const TYPES = readFileSync(new URL('../../src/render/types.ts', import.meta.url), 'utf8');

/** `interface X {…}` and `type X = …;` declarations of a TypeScript text, by name, without comments or layout. */
function declarations(source: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /(?:export\s+)?(?:interface\s+(\w+)\s*\{[\s\S]*?\n\}|type\s+(\w+)\s*=[\s\S]*?;)/g;
  for (const match of stripComments(source).matchAll(pattern)) {
    found.set((match[1] ?? match[2])!, match[0].replace(/^export\s+/, '').replace(/\s+/g, ' ').replace(/ ?([{}();:|,]) ?/g, '$1'));
  }
  return found;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

/** The ```ts blocks of the spec that declare types (the usage example imports instead). */
function specDeclarations(): Map<string, string> {
  const blocks = [...SPEC.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => !block.includes('import '));
  return declarations(blocks.join('\n'));
}

interface Example {
  section: string;
  call: string;
  json: unknown;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const part of SPEC.split(/^### /m).slice(1)) {
    const section = /^`(\w+)`/.exec(part)?.[1] ?? '';
    for (const match of part.matchAll(/Example, from `(buildTree\(.*\))`:\n\n```json\n([\s\S]*?)```/g)) {
      found.push({ section, call: match[1]!, json: JSON.parse(match[2]!) });
    }
  }
  return found;
}

/** Whether `actual` is what the example shows; a trailing "…" in an example array stands for more elements. */
function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === '…';
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < shown.length : actual.length !== shown.length) return false;
    return shown.every((item, index) => matches(actual[index], item));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    if (keys.length !== Object.keys(actual).length) return false;
    return keys.every((key) => key in actual && matches((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]));
  }
  return Object.is(actual, expected);
}

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Evaluates an example's call; `fixture` is the constructs fixture the spec names for constructs the bundled corpus lacks. */
function evaluate(call: string): Node {
  return new Function('buildTree', 'fixture', `return ${call};`)(buildTree, constructsCorpus()) as Node;
}

describe('docs/tree.md', () => {
  const spec = specDeclarations();
  const code = declarations(TYPES);

  it('declares every node interface and the Node union exactly as src/render/types.ts does', () => {
    const nodeDeclarations = [...code.keys()].filter((name) => name.endsWith('Node'));
    // One interface per node type, and the unions Node, BlockNode and InlineNode.
    expect(nodeDeclarations).toHaveLength(NODE_TYPES.length + 3);
    for (const name of nodeDeclarations) {
      expect(spec.get(name), `docs/tree.md lacks or differs on ${name}`).toBe(code.get(name));
    }
  });

  it('declares nothing that the code does not', () => {
    for (const name of spec.keys()) expect(code.has(name), `${name} is in the spec but not in the code`).toBe(true);
  });

  it('has a section for every node type, with an interface, a meaning and an example of that type', () => {
    const titles = [...SPEC.matchAll(/^### `(\w+)`$/gm)].map((match) => match[1]);
    expect(titles).toEqual([...NODE_TYPES]);
    const byType = new Map(examples().map((example) => [example.section, example]));
    for (const type of NODE_TYPES) {
      const example = byType.get(type);
      expect(example, `no example for ${type}`).toBeDefined();
      expect((example!.json as { type: string }).type).toBe(type);
    }
  });

  it.each(examples().map((example) => [example.section, example.call, example] as const))(
    'finds the %s example in %s',
    (_type, call, example) => {
      const tree = evaluate(call);
      const found = [...walk(tree)].some((node) => matches(node, example.json));
      expect(found, `${call} holds no node like the ${example.section} example`).toBe(true);
    },
  );

  it('fails an example that differs from the tree by one character (the matcher is not vacuous)', () => {
    const tree = evaluate("buildTree({ edition: '2003-04-15', lang: 'en' })");
    const exact = { type: 'text', value: 'Information on this Website' };
    expect([...walk(tree)].some((node) => matches(node, exact))).toBe(true);
    expect([...walk(tree)].some((node) => matches(node, { ...exact, value: 'Information on this website' }))).toBe(false);
    expect([...walk(tree)].some((node) => matches(node, { ...exact, extra: true }))).toBe(false);
  });
});

/**
 * Serialisers treat the tree as untrusted (issue 13, item 7): a hand-built tree, or one read back
 * from JSON, whose fields would put markup into a tag or a label lookup fails with a typed error
 * before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { constructsCorpus, CONSTRUCTS_EDITION } from '../helpers/constructs.js';
import { buildTree, InvalidArgumentError, toHtml, toHtmlPage, toMarkdown, toText, UnknownNodeError, type DocumentNode } from '../../src/index.js';

const SERIALISERS = { toText, toMarkdown, toHtml, toHtmlPage } as const;

/** A tree from buildTree, changed by `edit` (a deep copy, so each test starts clean). */
function tree(edit: (tree: any) => void): DocumentNode {
  const copy = structuredClone(buildTree({ lang: ['zh', 'en'] })) as any;
  edit(copy);
  return copy;
}

function errorOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('no error thrown');
}

describe.each(Object.entries(SERIALISERS))('%s', (name, serialise) => {
  it('refuses a heading depth that is markup, instead of writing it into the tag', () => {
    // children[3] is the section 'information'; its first child is its English heading.
    const hostile = tree((t) => (t.children[3].children[0].depth = '1><img src=x onerror=alert(1)'));
    const error = errorOf(() => serialise(hostile)) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ functionName: name, argument: 'tree.children[3].children[0].depth', expected: '1, 2 or 3' });
  });

  it('refuses a language no label knows, instead of writing undefined', () => {
    // children[2] is the first section; its first clause; that clause's zh translation.
    const error = errorOf(() => serialise(tree((t) => (t.children[2].children[0].children[0].lang = 'xx')))) as InvalidArgumentError;
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', argument: 'tree.children[2].children[0].children[0].lang' });
    const tag = errorOf(() => serialise(tree((t) => (t.children[2].children[0].children[0].children[0].lang = '"><b>')))) as InvalidArgumentError;
    expect(tag).toMatchObject({ argument: 'tree.children[2].children[0].children[0].children[0].lang', expected: 'a BCP 47 language tag, or left out' });
  });

  it('refuses a node where its parent cannot hold one, a field of the wrong kind, and a status, style or topic outside its set', () => {
    const translation = (t: any) => t.children[2].children[0].children[0];
    expect(errorOf(() => serialise(tree((t) => translation(t).children.push({ type: 'section', id: 's', anchor: 's', children: [] }))))).toMatchObject({
      argument: 'tree.children[2].children[0].children[0].children[1].type',
    });
    expect(errorOf(() => serialise(tree((t) => (translation(t).children[0].children[0].value = 42))))).toMatchObject({ argument: 'tree.children[2].children[0].children[0].children[0].children[0].value' });
    expect(errorOf(() => serialise(tree((t) => (t.children[0].status = 'final'))))).toMatchObject({ argument: 'tree.children[0].status' });
    expect(errorOf(() => serialise(tree((t) => (t.children[2].children[0].topics = ['"><script>']))))).toMatchObject({ argument: 'tree.children[2].children[0].topics' });
  });

  it('refuses a tree nested deeper than any real one, without overflowing the stack', () => {
    // Lists nested in list items, 100,000 levels: what a hostile JSON tree could hold.
    const deep = tree((t) => {
      const list: any = { type: 'list', style: 'decimal', children: [] };
      let node = list;
      for (let i = 0; i < 100_000; i++) {
        const inner = { type: 'list', style: 'decimal', children: [] };
        node.children = [{ type: 'listItem', marker: '1.', separator: ' ', children: [inner] }];
        node = inner;
      }
      t.children[2].children[0].children[0].children = [list];
    });
    expect(errorOf(() => serialise(deep))).toBeInstanceOf(InvalidArgumentError);
  });

  it('still names an unknown node type with UnknownNodeError', () => {
    expect(errorOf(() => serialise(tree((t) => (t.children[2].type = 'sectoin'))))).toBeInstanceOf(UnknownNodeError);
  });

  it('writes every tree buildTree makes', () => {
    for (const lang of ['zh', 'en', ['zh', 'en'], ['en', 'zh']]) expect(serialise(buildTree({ lang }))).not.toBe('');
    expect(serialise(buildTree({ lang: 'zh', fallback: 'en' }), { frame: false })).not.toBe('');
  });
});

describe('the tree check', () => {
  /** Every node of a tree with its path, in document order. */
  function nodes(node: any, path = 'tree', out: [any, string][] = []): [any, string][] {
    out.push([node, path]);
    (node.children ?? []).forEach((child: any, i: number) => nodes(child, `${path}.children[${i}]`, out));
    return out;
  }
  const WRONG: readonly unknown[] = [null, undefined, 42, 'xx', '<b>', 3, [], {}, ['xx']];

  it('names the field for every wrong value of every field of every node type, before writing anything', () => {
    const built = buildTree({ lang: ['zh', 'en'] });
    const fallback = buildTree({ lang: 'zh', fallback: 'en' });
    const constructs = buildTree({ corpus: constructsCorpus(), edition: CONSTRUCTS_EDITION, lang: ['zh', 'en'] });
    const seen = new Set<string>();
    for (const source of [built, fallback, constructs]) {
      for (const [node, path] of nodes(source)) {
        for (const field of Object.keys(node).filter((key) => key !== 'type' && key !== 'children')) {
          for (const wrong of WRONG) {
            const copy = structuredClone(source) as any;
            const target = nodes(copy).find(([, p]) => p === path)![0];
            target[field] = wrong;
            let error: unknown;
            try {
              toHtml(copy);
            } catch (caught) {
              error = caught;
            }
            // Some wrong values are right for some fields (an empty list of omitted clauses): skip those.
            if (error === undefined) continue;
            expect(error, `${path}.${field} = ${JSON.stringify(wrong)}`).toBeInstanceOf(InvalidArgumentError);
            expect((error as InvalidArgumentError).argument.startsWith(`${path}.${field}`), `${path}.${field} = ${JSON.stringify(wrong)}: ${(error as Error).message}`).toBe(true);
            seen.add(`${node.type}.${field}`);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'clause.anchor', 'clause.id', 'clause.number', 'clause.topics', 'dateline.lang', 'document.governingLanguage', 'document.id', 'document.languages',
        'document.omitted', 'edition.catalogueTitle', 'edition.date', 'edition.declaredLanguages', 'edition.id', 'edition.precision', 'edition.status', 'heading.depth', 'heading.lang',
        'list.style', 'listItem.marker', 'listItem.separator', 'missing.available', 'missing.lang', 'preformatted.lang', 'section.anchor', 'section.id',
        'span.lang', 'text.value', 'translation.fallbackFor', 'translation.lang',
      ].sort(),
    );
  });
});

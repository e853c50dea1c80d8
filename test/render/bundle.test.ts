/**
 * An app pays only for the renderers it imports: bundling the built main entry (dist/, made by
 * `npm run build`) the way an app's bundler would, unused serialisers are left out.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** Strings that only each renderer's code contains, and that minification keeps. */
const MARKERS = {
  html: 'legal-document',
  // From escapeMarkdown's pattern of inline syntax.
  markdown: '_~[',
  tree: 'section--',
  serialiser: 'no handler for node type',
  // Property names only each of toHast and toMdast writes.
  hast: 'dataDocument',
  mdast: 'hProperties',
};

async function bundle(code: string): Promise<string> {
  return (await bundleWithInputs(code)).text;
}

/** The bundle and the files it was made from. */
async function bundleWithInputs(code: string): Promise<{ text: string; inputs: string[] }> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build (npm test does) first`);
  const result = await build({
    metafile: true,
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    alias: { 'legal-clauses': ENTRY },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return { text: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

describe('bundles of an app', () => {
  it('hold no rendering code when the app only looks clauses up', async () => {
    const text = await bundle(`import { getClauseText } from 'legal-clauses';\nconsole.log(getClauseText('acceptance', { lang: 'zh' }));`);
    for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
  });

  it('hold the tree and the HTML serialiser, and not the other serialisers, for an app that renders HTML', async () => {
    const text = await bundle(`import { buildTree, toHtml } from 'legal-clauses';\ndocument.body.innerHTML = toHtml(buildTree({ lang: navigator.language }));`);
    expect(text).toContain(MARKERS.html);
    expect(text).toContain(MARKERS.tree);
    expect(text).not.toContain(MARKERS.markdown);
    for (const heavy of ['ZodError', 'diffWords', 'node:']) expect(text).not.toContain(heavy);
  });

  it('hold no hast or mdast serialiser unless the app imports it', async () => {
    const text = await bundle(`import { buildTree, toHtml, toText, toMarkdown } from 'legal-clauses';\nconsole.log(toHtml(buildTree()), toText(buildTree()), toMarkdown(buildTree()));`);
    expect(text).not.toContain(MARKERS.hast);
    expect(text).not.toContain(MARKERS.mdast);
  });

  it('hold no unified package when the app renders with toHast and toMdast: the main entry imports only their types', async () => {
    const { text, inputs } = await bundleWithInputs(
      `import * as lib from 'legal-clauses';\nconst tree = lib.buildTree();\nconsole.log(lib.toHast(tree), lib.toMdast(tree), lib);`,
    );
    expect(text).toContain(MARKERS.hast);
    expect(text).toContain(MARKERS.mdast);
    // Everything in the bundle comes from the package's own dist/ (and the app): no node_modules at all.
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(inputs.some((input) => input.includes('dist/'))).toBe(true);
  });

  it('would show the Markdown serialiser if it were imported (the marker is real)', async () => {
    const text = await bundle(`import { buildTree, toMarkdown } from 'legal-clauses';\nconsole.log(toMarkdown(buildTree()));`);
    expect(text).toContain(MARKERS.markdown);
    expect(text).toContain(MARKERS.serialiser);
  });
});

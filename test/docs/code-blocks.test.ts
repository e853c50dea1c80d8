/**
 * Every ```ts and ```js sample of README.md and docs/*.md type-checks against the package's own
 * source, as a newcomer pasting it would compile it (issue 14, item 9): each sample a module of
 * its own importing `legal-clauses` (mapped to src/ by `paths`), all in one TypeScript program.
 * The blocks of a file that only declare types (a spec written in several blocks, such as
 * docs/tree.md) form one module together. A sample that is partial on purpose says so in its
 * fence, ```ts no-check (DEVELOPERS.md, "Code in the documentation").
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DOC_FILES, markdownCodeBlocks, typeCheck, type CodeBlock } from '../helpers/code-blocks.js';

const FLAGS = new Set(['no-check']);

/** Whether a block only declares types (interfaces, type aliases, type imports). */
function declaresOnly(code: string): boolean {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022);
  return source.statements.every(
    (statement) => ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true),
  );
}

interface Sample {
  readonly name: string;
  readonly blocks: readonly CodeBlock[];
  readonly code: string;
}

/** The samples to compile: one module per block, and one per file for its type-declaring blocks. */
function samples(): { checked: Sample[]; skipped: CodeBlock[] } {
  const checked: Sample[] = [];
  const skipped: CodeBlock[] = [];
  for (const file of DOC_FILES) {
    const blocks = markdownCodeBlocks(file);
    const spec: CodeBlock[] = [];
    for (const [index, block] of blocks.entries()) {
      if (block.flags.includes('no-check')) {
        skipped.push(block);
        continue;
      }
      if (declaresOnly(block.code)) {
        spec.push(block);
        continue;
      }
      const extension = /^(js|javascript)$/.test(block.lang) ? 'js' : 'ts';
      // `export {}` makes every sample a module: its names are its own, and it may await.
      checked.push({ name: `test/docs/samples/${file.replace(/\W/g, '-')}-${index + 1}.${extension}`, blocks: [block], code: `${block.code}\nexport {};\n` });
    }
    if (spec.length > 0) {
      checked.push({ name: `test/docs/samples/${file.replace(/\W/g, '-')}-types.ts`, blocks: spec, code: `${spec.map((block) => block.code).join('\n')}\nexport {};\n` });
    }
  }
  return { checked, skipped };
}

const { checked, skipped } = samples();
const diagnostics = typeCheck(new Map(checked.map((sample) => [sample.name, sample.code])));

describe('code samples of the documentation', () => {
  it('finds the samples of README.md and docs/', () => {
    expect(checked.filter((sample) => sample.blocks[0]!.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(7);
    expect(checked.some((sample) => sample.blocks.length > 1 && sample.blocks[0]!.where.startsWith('docs/tree.md'))).toBe(true);
  });

  it.each(checked.map((sample) => [sample.blocks.map((block) => block.where).join(', '), sample] as const))('%s type-checks', (_where, sample) => {
    expect(diagnostics.get(sample.name)).toEqual([]);
  });

  it('knows every flag a fence carries', () => {
    const unknown = [...checked.flatMap((sample) => sample.blocks), ...skipped].flatMap((block) => block.flags.filter((flag) => !FLAGS.has(flag)).map((flag) => `${block.where}: ${flag}`));
    expect(unknown).toEqual([]);
  });
});

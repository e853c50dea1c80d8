/**
 * The JSDoc `@example` blocks of src/ compile against the source and show what the code does
 * (issue 14, item 13): each becomes a module (test/helpers/jsdoc-examples.ts) that every example
 * shares one TypeScript program to type-check, and that then runs, checking each `//=>` line.
 * Examples are type-checked without `strict` (so that `.find(…).id` needs no `!`), but with
 * everything else: an argument of the wrong type, a missing `await`, an unknown name fail.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilerOptions, typeCheck } from '../helpers/code-blocks.js';
import * as context from '../helpers/example-context.js';
import { exampleModule, expectedSource, exportsByModule, jsdocExamples, sourceFiles } from '../helpers/jsdoc-examples.js';

const examples = jsdocExamples();
const exportsOf = exportsByModule(sourceFiles());
const modules = examples.map((example, index) => {
  let code: string;
  try {
    code = exampleModule(example, exportsOf, Object.keys(context));
  } catch (error) {
    code = `throw new Error(${JSON.stringify((error as Error).message)});\nexport {};\n`;
  }
  return { example, name: `test/docs/examples/${example.file.replace(/\W/g, '-')}-${index}.ts`, code };
});

const options = { ...compilerOptions(), allowImportingTsExtensions: true, strict: false, noUncheckedIndexedAccess: false, exactOptionalPropertyTypes: false, noImplicitAny: false, noImplicitReturns: false };
const diagnostics = typeCheck(new Map(modules.map((module) => [module.name, module.code])), options);
const folder = mkdtempSync(join(tmpdir(), 'legal-clauses-examples-'));

describe('JSDoc examples of src/', () => {
  it('finds them', () => {
    expect(examples.length).toBeGreaterThan(150);
  });

  it.each(modules.map((module) => [module.example.where, module] as const))('%s compiles and shows what the code does', async (_where, module) => {
    expect(diagnostics.get(module.name), module.code).toEqual([]);
    if (module.example.noRun !== undefined) return;
    const file = join(folder, `${module.name.split('/').at(-1)}`);
    writeFileSync(file, module.code);
    await import(file);
  });
});

describe('expectedSource', () => {
  it('reads … in a string as any text and elsewhere as more', () => {
    expect(expectedSource("{ status: 'missing', text: 'Without…', … }")).toBe("{ status: 'missing', text: __like(\"Without…\"), __MORE }");
    expect(expectedSource("['a', …]")).toBe("['a', __MORE]");
  });
});

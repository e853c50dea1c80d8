/**
 * Signatures written in the documentation are the source's (issue 14, item 13): a line
 * `function name(parameter: Type, …): Result` in a ```ts block of README.md or docs/*.md must
 * match the exported function's declaration, parameter by parameter, as written in the source;
 * an options table headed with an interface's name lists exactly its members.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DOC_FILES, markdownCodeBlocks } from '../helpers/code-blocks.js';

const ENTRIES = ['src/index.ts', 'src/schema.ts', 'src/node.ts', 'src/diff.ts', 'src/checks.ts'];
const program = ts.createProgram(ENTRIES, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
const checker = program.getTypeChecker();

/** Every export of the entries, by name, resolved to its declaration's symbol. */
const exported = new Map<string, ts.Symbol>();
for (const entry of ENTRIES) {
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!)) {
    exported.set(symbol.getName(), symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  }
}

/** A function's declared signatures as the source writes them: `name(a: A, b?: B): R`. */
function declaredSignatures(name: string): string[] {
  const symbol = exported.get(name);
  return (symbol?.declarations ?? []).filter(ts.isFunctionDeclaration).map((declaration) => {
    const parameters = declaration.parameters.map((parameter) => `${parameter.name.getText()}${parameter.questionToken || parameter.initializer ? '?' : ''}: ${parameter.type?.getText() ?? 'unknown'}`);
    return `${name}(${parameters.join(', ')}): ${declaration.type?.getText() ?? 'void'}`;
  });
}

/** `function name(…): R` lines of the code blocks of the documentation. */
const documented = DOC_FILES.flatMap((file) =>
  markdownCodeBlocks(file).flatMap((block) =>
    block.code.split('\n').flatMap((line) => {
      const match = /^function (\w+)(\(.*\): .+?);?$/.exec(line.trim());
      return match ? [{ where: block.where, name: match[1]!, signature: `${match[1]}${match[2]}` }] : [];
    }),
  ),
);

/** Options tables: a first header cell naming an exported interface, and its rows' first cells. */
const tables = DOC_FILES.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^\| `(\w+Options)` \|.*\n\|[- |]+\|\n((?:\|.*\n)+)/gm)].map((match) => ({
    where: file,
    name: match[1]!,
    rows: [...match[2]!.matchAll(/^\| `(\w+)` \|/gm)].map((row) => row[1]!),
  })),
);

describe('signatures in the documentation', () => {
  it('finds the signatures of diffEditions and diffCorpora', () => {
    expect(documented.map((entry) => entry.name)).toEqual(expect.arrayContaining(['diffEditions', 'diffCorpora']));
  });

  it.each(documented.map((entry) => [`${entry.where}: ${entry.name}`, entry] as const))('%s is the source', (_where, entry) => {
    expect(declaredSignatures(entry.name)).toContain(entry.signature);
  });

  it.each(tables.map((table) => [`${table.where}: ${table.name}`, table] as const))('%s lists every option', (_where, table) => {
    const type = checker.getDeclaredTypeOfSymbol(exported.get(table.name)!);
    expect([...table.rows].sort()).toEqual(checker.getPropertiesOfType(type).map((property) => property.getName()).sort());
  });
});

/**
 * Every export of every entry point is documented the way STYLE.md asks: a summary; functions
 * with @param for each parameter, @returns when they return something, and an @example whose
 * output is shown as `//=>`. Read with the TypeScript compiler, as TypeDoc reads it.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['src/index.ts', 'src/clauses.ts', 'src/schema.ts', 'src/node.ts', 'src/diff.ts', 'src/checks.ts'];

const program = ts.createProgram(ENTRIES, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
const checker = program.getTypeChecker();

interface Finding {
  entry: string;
  name: string;
  problem: string;
}

function tagText(tag: ts.JSDocTagInfo): string {
  return ts.displayPartsToString(tag.text ?? []);
}

function audit(entry: string): Finding[] {
  const file = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(file)!;
  const findings: Finding[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    const report = (problem: string) => findings.push({ entry, name, problem });
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const declaration = symbol.declarations?.[0];
    if (summary === '') {
      report('no summary');
      continue;
    }
    if (!(symbol.flags & ts.SymbolFlags.Function) || !declaration) continue;

    const signatures = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures();
    const tags = symbol.getJsDocTags(checker);
    const documented = new Set(tags.filter((tag) => tag.name === 'param').map((tag) => tagText(tag).split(/\s/)[0]!.replace(/^\[|\]$|=.*$/g, '').split('.')[0]));
    const parameters = new Set(signatures.flatMap((signature) => signature.getParameters().map((parameter) => parameter.getName())));
    for (const parameter of parameters) if (!documented.has(parameter)) report(`no @param for '${parameter}'`);
    const returnsVoid = signatures.every((signature) => checker.getReturnTypeOfSignature(signature).flags & ts.TypeFlags.Void);
    if (!returnsVoid && !tags.some((tag) => tag.name === 'returns')) report('no @returns');
    const examples = tags.filter((tag) => tag.name === 'example').map(tagText);
    if (examples.length === 0) report('no @example');
    else if (!examples.some((example) => example.includes('//=>'))) report('@example shows no output (//=>)');
  }
  return findings;
}

describe('JSDoc of the public API', () => {
  it.each(ENTRIES)('documents every export of %s', (entry) => {
    expect(audit(entry).map((finding) => `${finding.name}: ${finding.problem}`)).toEqual([]);
  });
});

/**
 * The `@example` blocks of src/, turned into modules that compile against the source and check
 * what they show when run (DEVELOPERS.md, "Code in the documentation"): an example may use its
 * own module's exports, the public entries' exports and the names of
 * test/helpers/example-context.ts without importing them; each `expression; //=> value` (or
 * `//=> throws Name: message`, or a `// throws Name: message` line) becomes a check. An example
 * whose first line is `// no-run: why` is compiled but not run (it needs a registry, a signal…).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './code-blocks.js';

export interface JsdocExample {
  /** `src/render/build-tree.ts:63` */
  readonly where: string;
  readonly file: string;
  readonly code: string;
  /** Why it is not run, from its `// no-run: why` first line. */
  readonly noRun: string | undefined;
}

const ENTRIES = ['src/index.ts', 'src/clauses.ts', 'src/schema.ts', 'src/node.ts', 'src/diff.ts', 'src/checks.ts'];
const CONTEXT = join(ROOT, 'test/helpers/example-context.ts');
const ASSERT = join(ROOT, 'test/helpers/example-assert.ts');

/** The TypeScript files of src/. */
export function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
}

/** Every `@example` of the TypeScript files of src/ (one per tag, in file order). */
export function jsdocExamples(): JsdocExample[] {
  const files = sourceFiles();
  const examples: JsdocExample[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const seen = new Set<number>();
    const visit = (node: ts.Node) => {
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text !== 'example' || seen.has(tag.pos)) continue;
        seen.add(tag.pos);
        const code = (typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '')).trim();
        const noRun = /^\/\/ no-run: (.+)/.exec(code)?.[1];
        examples.push({ where: `${file}:${source.getLineAndCharacterOfPosition(tag.getStart()).line + 1}`, file, code, noRun });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return examples;
}

/** The export names of each module, read with the compiler. */
export function exportsByModule(files: readonly string[]): Map<string, string[]> {
  // Entries first, then the modules in path order: the first module exporting a name provides it.
  const program = ts.createProgram(
    [...new Set([...files, ...ENTRIES])].map((file) => join(ROOT, file)),
    { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const found = new Map<string, string[]>();
  for (const file of new Set([...ENTRIES, ...[...files].sort()])) {
    const source = program.getSourceFile(join(ROOT, file));
    const symbol = source && checker.getSymbolAtLocation(source);
    found.set(file, symbol ? checker.getExportsOfModule(symbol).map((exported) => exported.getName()) : []);
  }
  return found;
}

/** The JavaScript of a `//=>` value: `…` in a string is any text, `…` elsewhere is "and more". */
export function expectedSource(text: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  let out = '';
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const raw = scanner.getTokenText();
    if ((token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) && scanner.getTokenValue().includes('…')) {
      out += `__like(${JSON.stringify(scanner.getTokenValue())})`;
    } else if (raw === '…') {
      out += '__MORE';
    } else {
      out += raw;
    }
  }
  return out;
}

/** What an example shows after one of its statements. */
interface Expectation {
  /** Offset in the example where the comment starts. */
  readonly at: number;
  readonly kind: 'value' | 'throws';
  /** The value's source, or the error's name and message. */
  readonly text: string;
}

function expectations(code: string): Expectation[] {
  const found: Expectation[] = [];
  const lines = code.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!.trim();
    const value = /^\/\/=> ?(.*)$/.exec(line);
    const throws = /^\/\/(?:=>)? throws (\w+): (.*)$/.exec(line);
    if (throws) found.push({ at: offset, kind: 'throws', text: `${throws[1]}\n${throws[2]}` });
    else if (value) {
      // Continuation lines: `//` and at least two spaces (`//     languages: …`).
      let text = value[1]!;
      while (i + 1 < lines.length && /^\/\/ {2,}/.test(lines[i + 1]!.trim())) text += ` ${lines[++i]!.trim().slice(2).trim()}`;
      found.push({ at: offset, kind: 'value', text });
    }
  }
  return found;
}

/** Names an example declares at its top level (they are not imported). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.add(statement.name.text);
  }
  return names;
}

function identifiers(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/**
 * The example as a module: imports of the names it uses, its statements, each one a `//=>`
 * follows wrapped in a check.
 */
export function exampleModule(example: JsdocExample, exportsOf: ReadonlyMap<string, readonly string[]>, contextNames: readonly string[]): string {
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true);
  let body = example.code;
  // An example that does not run is compiled as written; its //=> lines stay comments.
  for (const expectation of example.noRun === undefined ? expectations(example.code).reverse() : []) {
    const statement = source.statements.filter((candidate) => candidate.end <= expectation.at).at(-1);
    if (!statement || !ts.isExpressionStatement(statement)) throw new Error(`${example.where}: a //=> line must follow an expression`);
    const expression = statement.expression.getText(source);
    const where = JSON.stringify(example.where);
    let check: string;
    if (expectation.kind === 'throws') {
      const [name, message] = expectation.text.split('\n') as [string, string];
      check = `await __expectThrow(async () => { ${expression}; }, ${JSON.stringify(name)}, ${JSON.stringify(message)}, ${where});`;
    } else {
      check = `await __expect(async () => (${expression}), () => (${expectedSource(expectation.text)}), ${where});`;
    }
    body = `${body.slice(0, statement.getStart(source))}${check}${body.slice(statement.end)}`;
  }

  const declared = declaredNames(source);
  const wanted = [...identifiers(source)].filter((name) => !declared.has(name));
  const imported = new Set<string>();
  const imports: string[] = [];
  const from = (path: string, names: readonly string[]) => {
    const take = names.filter((name) => wanted.includes(name) && !imported.has(name));
    for (const name of take) imported.add(name);
    if (take.length > 0) imports.push(`import { ${take.join(', ')} } from ${JSON.stringify(path)};`);
  };
  from(join(ROOT, example.file), exportsOf.get(example.file) ?? []);
  from(CONTEXT, contextNames);
  for (const entry of ENTRIES) from(join(ROOT, entry), exportsOf.get(entry) ?? []);
  // Then any module of src/ that exports the name (an internal helper the example builds on).
  for (const [module, names] of exportsOf) from(join(ROOT, module), names);
  imports.push(`import { __expect, __expectThrow, __like, __MORE } from ${JSON.stringify(ASSERT)};`);
  return `${imports.join('\n')}\n\n${body}\n\nexport {};\n`;
}

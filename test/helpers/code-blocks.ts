/**
 * Code samples of the documentation, type-checked as a newcomer would paste them: each one a
 * module of its own that imports `legal-clauses` (resolved to the source through `paths`), all
 * of them in one TypeScript program (one type-check for every sample, not one per sample).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The documentation a newcomer follows: README.md and docs/*.md (not the generated docs/api/). */
export const DOC_FILES: readonly string[] = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** A fenced code block of a Markdown file, or an `@example` of a source file. */
export interface CodeBlock {
  /** Where it is, for messages: `README.md:120`. */
  readonly where: string;
  /** The fence's language: `ts`, `js`… */
  readonly lang: string;
  /** The fence's info string after the language: `no-check`, or empty. */
  readonly flags: readonly string[];
  readonly code: string;
}

const LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript', 'tsx']);

/**
 * The ```ts and ```js blocks of a Markdown file (```ts no-check marks one that is
 * intentionally partial; DEVELOPERS.md, "Code in the documentation").
 */
export function markdownCodeBlocks(file: string): CodeBlock[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S+)(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!;
    const end = lines.findIndex((line, j) => j > i && line.startsWith(`${indent}\`\`\``) && line.trim() === '```');
    if (LANGUAGES.has(open[2]!)) {
      const code = lines.slice(i + 1, end).map((line) => line.slice(indent.length)).join('\n');
      blocks.push({ where: `${file}:${i + 1}`, lang: open[2]!, flags: open[3]!.trim().split(/\s+/).filter(Boolean), code });
    }
    i = end;
  }
  return blocks;
}

/** Compiler options: the repository's tsconfig, with `legal-clauses` and its subpaths mapped to src/. */
export function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config as { compilerOptions: object };
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT);
  return {
    ...options,
    noEmit: true,
    // A sample declares what it shows; an unused name in it is no mistake.
    noUnusedLocals: false,
    allowJs: true,
    checkJs: true,
    baseUrl: ROOT,
    paths: {
      'legal-clauses': ['src/index.ts'],
      'legal-clauses/clauses': ['src/clauses.ts'],
      'legal-clauses/schema': ['src/schema.ts'],
      'legal-clauses/node': ['src/node.ts'],
      'legal-clauses/diff': ['src/diff.ts'],
      'legal-clauses/checks': ['src/checks.ts'],
    },
  };
}

/**
 * Type-checks sources held in memory (name → text, names relative to the repository) in one
 * program; returns the diagnostics of each, formatted, by name.
 */
export function typeCheck(sources: ReadonlyMap<string, string>, options = compilerOptions()): Map<string, string[]> {
  const files = new Map([...sources].map(([name, text]) => [join(ROOT, name), text]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile(name, language, onError) : ts.createSourceFile(name, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const found = new Map<string, string[]>([...sources.keys()].map((name) => [name, []]));
  for (const [path] of files) {
    const source = program.getSourceFile(path)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    found.set(
      path.slice(ROOT.length + 1),
      diagnostics.map((diagnostic) => {
        const { line } = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : { line: -1 };
        return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
  }
  return found;
}

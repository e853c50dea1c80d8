/**
 * Fuzz of the CLI, in-process through `run(args, io)`: random corpora (the bundled one with
 * hostile text put anywhere, or broken in its structure), random bytes as corpus, lock and lint
 * files, and random arguments, for every command. Whatever comes in, a command exits 0, 1 or 2,
 * prints no stack trace, writes one line to stderr when it refuses, prints no raw control,
 * escape sequence, bidirectional or invisible character, and writes JSON that parses. Inputs are
 * small and runs few, so the suite takes seconds; nothing is timed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/index.js';
import { createAcceptanceRecord } from '../../src/checks.js';
import { exportCorpus } from '../../src/schema.js';
import { hasStackTrace } from '../helpers/cli.js';
import { rawCharacter } from '../helpers/raw.js';
import { writeCorpusDirectory } from '../helpers/corpus.js';
import { corpusWithNewText } from '../helpers/hostile.js';
import { runInProcess, type RunResult } from '../helpers/run.js';


/** Characters an attacker or an unlucky editor puts in text: controls, C1, bidi, invisible, emoji, CJK, surrogates. */
const HOSTILE_CHARS = [
  '\u001b', '[', ']', '2K', '0;', '\u0007', '\b', '\r', '\n', '\t', '\u0000', '\u009b', '\u0085', '\u007f',
  '\u202e', '\u2066', '\u200e', '\u061c', '\u200b', '\u200d', '\u2060', '\ufeff', '\u{E0041}', '\u2028',
  '\u00a0', ' ', 'a', 'Z', '1', '(', ')', '，', '中', '文', '👨‍👩‍👧', '\ud83d', '\udc00', '*', '<', '&', '`', '#',
];
const hostileText = fc.array(fc.constantFrom(...HOSTILE_CHARS), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

/** FIXTURE: the bundled corpus with a second edition, then hostile text at random places of the texts. */
const hostileCorpus = fc
  .record({
    clause: fc.constantFrom('acceptance', 'downloads', 'trademarks', 'disclaimers'),
    lang: fc.constantFrom('zh' as const, 'en' as const),
    replacements: fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 4 }),
    title: fc.option(hostileText, { nil: undefined }),
  })
  .map(({ clause, lang, replacements, title }) => {
    const data = corpusWithNewText(clause, lang, 'new text') as any;
    const slots = textSlots(data);
    for (const [at, text] of replacements) {
      const [holder, key] = slots[at % slots.length]!;
      holder[key] = text;
    }
    if (title !== undefined) data.documents[0].title.en = title;
    return data;
  });

/** Every place of a corpus holding published text, as [object, key]: paragraphs, items, headings, datelines. */
function textSlots(value: any, slots: [any, string][] = []): [any, string][] {
  if (Array.isArray(value)) for (const item of value) textSlots(item, slots);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'text' && typeof child === 'string') slots.push([value, key]);
      else if ((key === 'heading' || key === 'dateline') && child && typeof child === 'object') {
        for (const lang of Object.keys(child)) slots.push([child, lang]);
      } else textSlots(child, slots);
    }
  }
  return slots;
}

/** A corpus broken in its structure: a random value put at a random place. */
const brokenCorpus = fc.tuple(hostileCorpus, fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText)).map(([data, at, value]) => {
  const places = allPlaces(data);
  const [holder, key] = places[at % places.length]!;
  holder[key] = value;
  return data;
});

function allPlaces(value: any, places: [any, string | number][] = []): [any, string | number][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      places.push([value, Array.isArray(value) ? Number(key) : key]);
      allPlaces(value[key], places);
    }
  }
  return places;
}

const root = mkdtempSync(join(tmpdir(), 'legal-clauses-fuzz-'));
let written = 0;

/** Writes a corpus as a file (as `export` would), or as a directory with a lock and a lint configuration. */
function writeCorpus(data: unknown, asDirectory: boolean, extra: { lock?: Uint8Array | string; lint?: Uint8Array | string } = {}): string {
  if (!asDirectory) {
    const file = join(root, `corpus-${written++}.json`);
    writeFileSync(file, JSON.stringify(data));
    return file;
  }
  const directory = writeCorpusDirectory(data as never);
  if (extra.lock !== undefined) writeFileSync(join(directory, 'lock.json'), extra.lock);
  if (extra.lint !== undefined) writeFileSync(join(directory, 'lint.json'), extra.lint);
  return directory;
}

/** A value a user gives: mostly a right one, sometimes a wrong or hostile one (wrong ones are refused, which is tested too). */
function value(...right: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...right) }, { weight: 1, arbitrary: hostileText }, { weight: 1, arbitrary: fc.constantFrom('', 'fr', 'zh-TW', '2003-04-16') });
}
const RECORD = createAcceptanceRecord(corpus, { lang: 'zh' });
const lang = value('zh', 'en', 'zh,en', 'zh-CN', 'en-GB');
const edition = value('2003-04-15', '2024-01-01');
const clause = value('trademarks', 'downloads', 'disclaimers', 'image-use');

/** The commands, with the positionals and options each takes. */
const COMMANDS: Record<string, { positionals: fc.Arbitrary<string>[]; options: Record<string, fc.Arbitrary<string | true>> }> = {
  list: { positionals: [], options: { format: value('text', 'json'), edition, at: value('2020-01-01'), document: value('disclaimer') } },
  show: { positionals: [clause], options: { lang, fallback: value('zh', 'en'), format: value('text', 'json'), edition } },
  render: { positionals: [], options: { lang, format: value('text', 'markdown', 'html', 'html-fragment', 'json'), fallback: value('zh', 'en'), 'no-frame': fc.constant(true), edition } },
  diff: { positionals: [edition, edition], options: { format: value('text', 'markdown', 'html', 'json'), lang: value('zh', 'en', 'zh,en'), 'ui-lang': value('en', 'zh'), 'exit-code': fc.constant(true) } },
  export: { positionals: [], options: {} },
  check: { positionals: [], options: { format: value('text', 'json'), strict: fc.constant(true), update: fc.constant(true) } },
  verify: { positionals: [value(RECORD)], options: { text: fc.constant(true), format: value('text', 'json') } },
  record: { positionals: [clause], options: { lang: value('zh', 'en'), edition } },
  parity: { positionals: [], options: { format: value('text', 'json'), 'fail-on': value('error', 'warning', 'note', 'never'), edition } },
  lint: { positionals: [], options: { format: value('text', 'json'), 'fail-on': value('error', 'never'), edition } },
  changeset: { positionals: [], options: { format: value('markdown', 'json'), package: value('legal-clauses') } },
};

const commandLine = fc.constantFrom(...Object.keys(COMMANDS)).chain((name) => {
  const { positionals, options } = COMMANDS[name]!;
  // Each option is left out half the time, so that most lines reach the command's work.
  const chosen = Object.entries(options).map(([option, arbitrary]) => fc.option(arbitrary.map((v) => [option, v] as const), { nil: undefined, freq: 2 }));
  return fc.tuple(fc.constant(name), fc.tuple(...positionals.map((positional) => fc.option(positional, { nil: undefined, freq: 6 }))), fc.tuple(...chosen));
});

/** What every run must satisfy, whatever the input. */
function expectSafe(result: RunResult, args: readonly string[], colour: boolean): void {
  expect([0, 1, 2], `exit code of ${JSON.stringify(args)}: ${result.stderr}`).toContain(result.status);
  for (const stream of [result.stdout, result.stderr]) {
    expect(hasStackTrace(stream)).toBe(false);
    expect(rawCharacter(stream, { colour })).toBeUndefined();
  }
  if (result.status === 2) {
    expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
    expect(result.stderr.length).toBeLessThan(2000);
  }
  const help = args.includes('--help') || args.includes('-h') || args[0] === 'help';
  const json = !help && (args[args.indexOf('--format') + 1] === 'json' || (args[0] === 'export' && result.status === 0));
  if (json && result.status !== 2 && result.stdout !== '') {
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    // Escaped as \uXXXX before the terminal rule ran: the JSON holds the text's own value.
    expect(result.stdout).not.toContain('⟨U+');
  }
}

/** Runs one command line against a corpus path, the base corpus of `changeset` being the bundled export. */
async function runOn(corpusPath: string, [name, positionals, options]: [string, (string | undefined)[], readonly (readonly [string, string | true] | undefined)[]], colour: boolean) {
  const args = [name, ...(name === 'changeset' ? [BASE] : positionals.filter((positional) => positional !== undefined)), '--corpus', corpusPath];
  for (const option of options) if (option) args.push(`--${option[0]}`, ...(option[1] === true ? [] : [option[1]]));
  const result = await runInProcess(args, { colour });
  expectSafe(result, args, colour);
}

const BASE = join(root, 'base.json');
writeFileSync(BASE, exportCorpus(corpus));

describe('the CLI on random input', () => {
  it('stays safe on corpora with hostile text, for every command (property)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCorpus, fc.boolean(), commandLine, fc.boolean(), async (data, asDirectory, line, colour) => {
        await runOn(writeCorpus(data, asDirectory), line as never, colour);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses corpora broken in their structure with one line and exit 2, or answers (property)', async () => {
    await fc.assert(
      // A file: a directory's file names come from ids, which here may hold anything.
      fc.asyncProperty(brokenCorpus, commandLine, async (data, line) => {
        await runOn(writeCorpus(data, false), line as never, false);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses random bytes as a corpus, a lock or a lint configuration (property)', async () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), hostileText.map((text) => `{"format":"${text}"`));
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('corpus', 'lock', 'lint', 'document', 'edition', 'clause'), commandLine, async (content, where, line) => {
        let path: string;
        if (where === 'corpus') {
          path = join(root, `bytes-${written++}.json`);
          writeFileSync(path, content);
        } else if (where === 'lock' || where === 'lint') {
          path = writeCorpus(corpusWithNewText('trademarks', 'en', 'x'), true, { [where]: content });
        } else {
          path = writeCorpus(corpusWithNewText('trademarks', 'en', 'x'), true);
          const file = { document: 'document.json', edition: 'editions/2024-01-01.json', clause: 'clauses/trademarks.json' }[where];
          writeFileSync(join(path, 'disclaimer', file), content);
        }
        await runOn(path, line as never, false);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses random arguments with one line and exit 2, or answers (property)', async () => {
    const argument = fc.oneof(fc.constantFrom('--format', '--lang', '--help', '-h', '--', '--corpus', '--output', '--unknown', 'json', 'list', 'shwo'), hostileText);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(COMMANDS), 'help', '--version', 'nonsense'), fc.array(argument, { maxLength: 5 }), fc.boolean(), async (name, rest, colour) => {
        // Paths stay inside the fuzz folder: --corpus and --output only ever name a file there.
        const args = [name, ...rest.map((value, i) => (rest[i - 1] === '--corpus' || rest[i - 1] === '--output' ? join(root, 'missing', String(i)) : value))];
        const result = await runInProcess(args, { colour });
        expectSafe(result, args, colour);
      }),
      { numRuns: 100 },
    );
  });
});

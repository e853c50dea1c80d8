/**
 * One language option everywhere (issue 14, item 4): `--lang` takes BCP 47 tags and `--fallback`
 * languages in show, render, diff and record, negotiated by the library's one rule, with the
 * same messages in the flags' names; a `--fallback` that can have no effect says so on stderr.
 * In-process.
 */
import { describe, expect, it } from 'vitest';
import { createAcceptanceRecord } from '../../src/checks.js';
import { diffEditions, formatDiffMarkdown, formatDiffText } from '../../src/diff.js';
import { buildTree, corpus, getClauseText } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { runInProcess } from '../helpers/run.js';

const FIXTURE = ['--corpus', 'test/fixtures/corpora/two-editions'];

describe('--lang takes BCP 47 tags in every command', () => {
  it.each([
    ['show', ['show', 'trademarks', '--lang', 'zh-CN'], ['show', 'trademarks', '--lang', 'zh']],
    ['render', ['render', '--lang', 'zh-Hans-CN'], ['render', '--lang', 'zh']],
    ['record', ['record', '--lang', 'zh-SG'], ['record', '--lang', 'zh']],
    ['record of a clause', ['record', 'image-use', '--lang', 'en-GB'], ['record', 'image-use', '--lang', 'en']],
    ['diff', ['diff', ...FIXTURE, '--lang', 'zh-CN,en-US'], ['diff', ...FIXTURE, '--lang', 'zh,en']],
    ['diff --ui-lang', ['diff', ...FIXTURE, '--ui-lang', 'zh-CN'], ['diff', ...FIXTURE, '--ui-lang', 'zh']],
  ])('%s: a regional tag gives what its language gives', async (_name, tagged, plain) => {
    const [a, b] = [await runInProcess(tagged), await runInProcess(plain)];
    expect(a.status).toBe(0);
    expect(a).toEqual(b);
  });

  const COMMANDS: [string, string[]][] = [
    ['show', ['show', 'trademarks']],
    ['render', ['render']],
    ['record', ['record']],
    ['diff', ['diff', ...FIXTURE]],
  ];

  it.each(COMMANDS)('%s: a Traditional Chinese tag gets the same one line, in the flags of the CLI', async (_name, args) => {
    const result = await runInProcess([...args, '--lang', 'zh-TW']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: "legal-clauses: no text matches --lang 'zh-TW'; available: zh, en; the Chinese text is Simplified (zh-Hans): add --fallback zh to accept it\n",
    });
  });

  it.each(COMMANDS)('%s: --fallback accepts Simplified Chinese for it', async (_name, args) => {
    const result = await runInProcess([...args, '--lang', 'zh-TW', '--fallback', 'zh']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe((await runInProcess([...args, '--lang', 'zh'])).stdout);
  });

  it('--ui-lang refuses Traditional Chinese with its own hint', async () => {
    expect((await runInProcess(['diff', ...FIXTURE, '--ui-lang', 'zh-TW'])).stderr).toBe(
      "legal-clauses: no labels match --ui-lang 'zh-TW'; available: en, zh; the Chinese labels are Simplified (zh-Hans): use --ui-lang zh to accept them\n",
    );
  });

  it.each([
    [['render', '--lang', 'zh_CN'], "--lang: 'zh_CN' is not a BCP 47 language tag (expected a tag such as zh, zh-CN, en or en-GB); did you mean 'zh-CN'?"],
    [['diff', ...FIXTURE, '--lang', 'zh,'], "--lang needs language tags joined by commas, such as zh, en-GB or zh,en (received 'zh,')"],
    [['show', 'trademarks', '--lang', 'zh', '--fallback', 'fr'], "--fallback 'fr' matches no language legal-clauses knows (zh, zh-Hant, en)"],
    [['record', '--lang', 'en', '--fallback', 'x_y'], "--fallback: 'x_y' is not a BCP 47 language tag"],
    [['record'], 'record needs --lang: a record names the language the user was shown'],
  ])('refuses %j with one line naming the flag', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('--fallback that can have no effect', () => {
  it.each([
    ['render without --lang', ['render'], '--fallback en has no effect without --lang: every language is shown'],
    ['show without --lang', ['show', 'trademarks'], '--fallback en has no effect without --lang: every language is shown'],
    ['diff without --lang', ['diff', ...FIXTURE], '--fallback en has no effect without --lang: every language is shown'],
    ['render --lang zh,en', ['render', '--lang', 'zh,en'], '--fallback en has no effect: --lang zh,en asks for en already'],
    ['record --lang en', ['record', '--lang', 'en-GB'], '--fallback en has no effect: --lang en-GB asks for en already'],
  ])('%s prints a note on stderr and does what it would do without it', async (_name, args, note) => {
    const withFallback = await runInProcess([...args, '--fallback', 'en']);
    const without = await runInProcess(args);
    expect(withFallback.status).toBe(without.status);
    expect(withFallback.stdout).toBe(without.stdout);
    expect(withFallback.stderr).toBe(`legal-clauses: note: ${note}\n${without.stderr}`);
  });

  it('names a fallback language the document does not publish', async () => {
    const result = await runInProcess(['render', '--lang', 'zh', '--fallback', 'zh-Hant', '--no-frame']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('legal-clauses: note: --fallback zh-Hant has no effect: the document has no text in zh-Hant (its languages: zh, en)\n');
  });

  it('says nothing when the fallback serves: it fills in clauses, or answers a tag that matched none', async () => {
    expect((await runInProcess(['render', '--lang', 'zh', '--fallback', 'en'])).stderr).toBe('');
    expect((await runInProcess(['diff', ...FIXTURE, '--lang', 'zh-TW,en', '--fallback', 'zh'])).stderr).toBe('');
    expect((await runInProcess(['show', 'trademarks', '--lang', 'zh', '--fallback', 'en'])).stderr).toBe('');
  });
});

describe('record names the text show prints', () => {
  it.each([
    [['--lang', 'zh-CN', '--fallback', 'en']],
    [['--lang', 'zh-TW,en-GB']],
    [['--lang', 'zh']],
  ])('for image-use with %j', async (options) => {
    const shown = await runInProcess(['show', 'image-use', ...options]);
    const recorded = await runInProcess(['record', 'image-use', ...options]);
    expect(recorded.status).toBe(shown.status);
    if (shown.status !== 0) return;
    const verified = await runInProcess(['verify', recorded.stdout.trim(), '--text']);
    expect(verified.stdout).toContain(shown.stdout.trim());
  });

  it('says on stderr when the record names the fallback text', async () => {
    expect((await runInProcess(['record', 'image-use', '--lang', 'zh', '--fallback', 'en'])).stderr).toBe('legal-clauses: note: not published in zh; the record names the en text\n');
  });
});

describe('the same negotiation in the API', () => {
  it('diffEditions takes tags as buildTree does', async () => {
    const fixture = await readCorpusDirectory('test/fixtures/corpora/two-editions');
    expect(diffEditions(fixture, { languages: ['en-GB', 'zh-CN'] }).languages).toEqual(['en', 'zh']);
    expect(diffEditions(fixture, { languages: 'zh-TW', fallback: 'zh' }).languages).toEqual(buildTree({ lang: 'zh-TW', fallback: 'zh' }).languages);
  });

  it('the review formats take a tag for their labels', async () => {
    const report = diffEditions(await readCorpusDirectory('test/fixtures/corpora/two-editions'));
    expect(formatDiffText(report, { uiLang: 'zh-Hans-CN' })).toBe(formatDiffText(report, { uiLang: 'zh' }));
    expect(formatDiffMarkdown(report, { uiLang: 'en-GB' })).toBe(formatDiffMarkdown(report, { uiLang: 'en' }));
    expect(() => formatDiffText(report, { uiLang: 'zh-TW' })).toThrow("the Chinese text is Simplified (zh-Hans): pass uiLang: 'zh' to accept it");
  });

  it('createAcceptanceRecord takes tags and a fallback as getClauseText does', () => {
    const text = getClauseText('image-use', { lang: 'zh-CN', fallback: 'en' });
    expect(createAcceptanceRecord(corpus, { lang: 'zh-CN', fallback: 'en', clause: 'image-use' })).toMatch(new RegExp(`/${text.lang}/image-use#`));
  });
});

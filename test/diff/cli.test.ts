import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIFF_FORMAT, textAfter, textBefore, type EditionDiff } from '../../src/diff.js';
import { hasStackTrace, runCli as runShared } from '../helpers/cli.js';
import { runInProcess } from '../helpers/run.js';
import { RELEASE_1, RELEASE_2, TWO_EDITIONS } from './helpers/fixtures.js';

const fixture = ['--corpus', TWO_EDITIONS];

/**
 * The built executable as a process, for what its main module decides from the environment
 * (colour); the other cases run in this process through `run(args, io)`. The shared helper passes
 * FORCE_COLOR='' (which Node's convention, and main.ts, read as "on"): say off.
 */
const runProcess = (args: readonly string[], options: { env?: Record<string, string> } = {}) =>
  runShared(args, { env: { FORCE_COLOR: '0', ...options.env } });

describe('legal-clauses diff', () => {
  it('compares the previous and the latest edition by default, and exits 0', async () => {
    const result = await runInProcess(['diff', ...fixture]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('disclaimer 2003-04-15 → 2024-01-01 (zh, en, governing zh)');
    expect(result.stdout).toContain('不[-得-]{+应+}用于');
  });

  it('exits 1 with --exit-code when there are differences, 0 when there are none', async () => {
    expect((await runInProcess(['diff', ...fixture, '--exit-code'])).status).toBe(1);
    const same = await runInProcess(['diff', '2024-01-01', '2024-01-01', ...fixture, '--exit-code']);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('No differences.');
  });

  it('takes FROM and TO, and FROM alone against the latest', async () => {
    const back = await runInProcess(['diff', '2024-01-01', '2003-04-15', ...fixture, '--format', 'json']);
    expect((JSON.parse(back.stdout) as EditionDiff).from.edition).toBe('2024-01-01');
    const one = await runInProcess(['diff', '2003-04-15', ...fixture, '--format', 'json']);
    expect((JSON.parse(one.stdout) as EditionDiff).to.edition).toBe('2024-01-01');
  });

  it('compares two releases with --from-corpus and --to-corpus', async () => {
    const result = await runInProcess(['diff', '--from-corpus', RELEASE_1, '--to-corpus', RELEASE_2, '--format', 'json', '--exit-code']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as EditionDiff;
    expect(report.format).toBe(DIFF_FORMAT);
    expect([report.from.edition, report.to.edition]).toEqual(['2003-04-15', '2024-01-01']);
    const downloads = report.clauses.find((clause) => clause.id === 'downloads')!.texts[0]!;
    expect(textBefore(downloads.segments)).toContain('不得用于任何商业用途');
    expect(textAfter(downloads.segments)).toContain('不应用于任何商业用途');
  });

  it('compares only the languages given with --lang', async () => {
    const report = JSON.parse((await runInProcess(['diff', ...fixture, '--lang', 'en', '--format', 'json'])).stdout) as EditionDiff;
    expect(report.languages).toEqual(['en']);
  });

  it('writes Markdown, and an HTML page in Chinese labels to --output', async () => {
    expect((await runInProcess(['diff', ...fixture, '--format', 'markdown'])).stdout).toMatch(/^# Review of disclaimer: 2003-04-15 → 2024-01-01\n/);
    const file = join(mkdtempSync(join(tmpdir(), 'diff-cli-')), 'review.html');
    const result = await runInProcess(['diff', ...fixture, '--format', 'html', '--ui-lang', 'zh', '--output', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('<del data-label="删除">得</del><ins data-label="新增">应</ins>');
  });

  it('colours with FORCE_COLOR and not with NO_COLOR', () => {
    expect(runProcess(['diff', ...fixture], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toContain('\u001b[31;9m得');
    expect(runProcess(['diff', ...fixture], { env: { NO_COLOR: '1', FORCE_COLOR: '' } }).stdout).toContain('\u001b');
    expect(runProcess(['diff', ...fixture], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b');
  });

  it('lists its options in --help', async () => {
    const help = await runInProcess(['diff', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--from-corpus', '--to-corpus', '--lang', '--format', '--ui-lang', '--exit-code', '--output']) {
      expect(help.stdout).toContain(option);
    }
  });

  it.each([
    ['a document with one edition', ['diff'], /only one edition \(2003-04-15\)/],
    ['an unknown edition', ['diff', '2003-04-16', ...fixture], /unknown edition of 'disclaimer' '2003-04-16'; did you mean '2003-04-15'\?/],
    ['an unknown language', ['diff', ...fixture, '--lang', 'fr'], /no text matches --lang 'fr'; available: zh, en/],
    ['an unknown format', ['diff', ...fixture, '--format', 'pdf'], /--format must be one of text, markdown, html, json/],
    ['an unknown interface language', ['diff', ...fixture, '--ui-lang', 'de'], /no labels match --ui-lang 'de'; available: en, zh/],
    ['a third edition argument', ['diff', 'a', 'b', 'c', ...fixture], /unexpected argument 'c'/],
    ['a missing corpus file', ['diff', '--from-corpus', '/no/such.json', '--to-corpus', RELEASE_2], /cannot read \/no\/such\.json/],
    ['an output in a missing folder', ['diff', ...fixture, '--output', '/no/such/dir/out.html'], /--output: cannot write/],
  ])('rejects %s with one line and exit 2', async (_name, args, message) => {
    const result = await runInProcess(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

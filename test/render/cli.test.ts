/** `legal-clauses render`, run in this process through `run(args, io)`; the first case runs the build (dist/cli.cjs) as a real process. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { runInProcess } from '../helpers/run.js';
import { sourceParagraphs } from '../helpers/source.js';
import { parsePage } from './helpers/dom.js';

const source = sourceParagraphs();
const OMITTED_NOTE =
  'legal-clauses: note: 5 clauses were not published in zh in edition 2003-04-15 and are left out: image-use, opinions, copyright, assumption-of-risk, language-precedence (--fallback en includes them; --lang zh,en shows both)\n';

/** Asserts the CLI refused bad input the documented way: exit 2, one line on stderr, nothing on stdout. */
async function expectBadInput(args: string[], message: RegExp) {
  const result = await runInProcess(['render', ...args]);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

describe('legal-clauses render', () => {
  it('prints the Chinese document from the executable, the note on stderr', () => {
    expect(runCli(['render', '--lang', 'zh', '--no-frame'])).toEqual({ status: 0, stdout: `${source.zh.join('\n\n')}\n`, stderr: OMITTED_NOTE });
  });

  it('prints the Chinese document as published: six paragraphs, verbatim, nothing else', async () => {
    const result = await runInProcess(['render', '--edition', '2003-04-15', '--lang', 'zh', '--format', 'text', '--no-frame']);
    expect(result).toEqual({ status: 0, stdout: `${source.zh.join('\n\n')}\n`, stderr: OMITTED_NOTE });
  });

  it('prints it with its frame by default (the README quick start: npm start -- --lang zh)', async () => {
    const result = await runInProcess(['render', '--lang', 'zh']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `[目录信息，非发布文本：免责声明 · 2003-04-15 版 · 已发布 · 作准语言：中文]\n\n[本版另有 5 条条款未发布中文文本，仅有英文文本，本页未收录：image-use、opinions、copyright、assumption-of-risk、language-precedence / 5 clauses of this edition were not published in Chinese, only in English, and are not shown here: image-use, opinions, copyright, assumption-of-risk, language-precedence]\n\n${source.zh.join('\n\n')}\n`,
    );
  });

  it('prints the English document with its headings and markers', async () => {
    const result = await runInProcess(['render', '--lang', 'en-GB', '--at', '2010-01-01', '--no-frame']);
    expect(result).toEqual({ status: 0, stdout: `${source.en.join('\n\n')}\n`, stderr: '' });
  });

  it('prints both languages, aligned, when no language is given', async () => {
    const result = await runInProcess(['render']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('[目录信息，非发布文本：免责声明 · 2003-04-15 版 · 已发布 · 作准语言：中文]\n\n[Catalogue entry, not published text: Disclaimer')).toBe(true);
    expect(result.stdout.match(/\[本版未发布此条款的中文文本 \/ Not published in Chinese in this edition\]/g)).toHaveLength(5);
  });

  it('fills the Chinese document in from English on request, with notes and no warning', async () => {
    const result = await runInProcess(['render', '--lang', 'zh', '--fallback', 'en']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.match(/以下为英文文本/g)).toHaveLength(5);
  });

  it('writes Markdown, an HTML page, an HTML fragment and the JSON tree', async () => {
    expect((await runInProcess(['render', '--lang', 'en', '--format', 'markdown'])).stdout).toMatch(/^## Information on this Website$/m);
    const page = (await runInProcess(['render', '--format', 'html'])).stdout;
    expect(page.startsWith('<!doctype html>\n<html lang="zh-Hans">')).toBe(true);
    expect(parsePage(page).errors).toEqual([]);
    expect((await runInProcess(['render', '--format', 'html-fragment', '--lang', 'en'])).stdout).toMatch(/^<article class="legal-document legal-columns-1"/);
    const tree = JSON.parse((await runInProcess(['render', '--format', 'json', '--lang', 'zh,en'])).stdout);
    expect(tree).toMatchObject({ type: 'document', id: 'disclaimer', languages: ['zh', 'en'], omitted: [] });
  });

  it('writes to a file with --output, and nothing to stdout', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'legal-clauses-render-')), 'disclaimer.html');
    const result = await runInProcess(['render', '--format', 'html', '--output', file]);
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe((await runInProcess(['render', '--format', 'html'])).stdout);
  });

  it('prints its help', async () => {
    const result = await runInProcess(['render', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: legal-clauses render \[--document D\] \[--edition E \| --at DATE\] \[--lang TAGS\]/);
    for (const option of ['--format', '--output', '--fallback', '--no-frame', '--corpus']) expect(result.stdout).toContain(option);
  });

  it.each([
    [['--format', 'pdf'], /--format must be one of text, markdown, html, html-fragment, json \(received 'pdf'\)/],
    [['--lang', 'fr'], /no text matches --lang 'fr'; available: zh, en$/m],
    [['--lang', 'zh-TW'], /Simplified \(zh-Hans\): add --fallback zh to accept it/],
    [['--lang', 'zh_CN'], /'zh_CN' is not a BCP 47 language tag/],
    [['--lang', ','], /--lang needs language tags joined by commas/],
    [['--fallback', 'fr'], /--fallback 'fr' matches no language legal-clauses knows \(zh, zh-Hant, en\)/],
    [['--edition', '2003-04-16'], /unknown edition of 'disclaimer' '2003-04-16'.*did you mean '2003-04-15'/],
    [['--edition', '2003-04-15', '--at', '2004-01-01'], /--edition and --at both choose the edition: give one of them/],
    [['--at', '15/04/2003'], /'15\/04\/2003' is not a date/],
    [['--at', '1999-01-01'], /no edition of 'disclaimer' was in force on 1999-01-01/],
    [['--document', 'disclaimers'], /did you mean 'disclaimer'/],
    [['--output', '/no/such/folder/out.html'], /--output: cannot write '\/no\/such\/folder\/out.html': no such directory/],
    [['--output', tmpdir()], /--output: cannot write '.*': it is a directory/],
    [['--corpus', '/no/such/corpus.json'], /cannot read \/no\/such\/corpus.json/],
    [['--colour'], /unknown option '--colour'/],
    [['disclaimer'], /unexpected argument 'disclaimer'/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    await expectBadInput(args, message);
  });
});

/**
 * The report formatters of the checks entry (lint, parity, the corpus verification, the lock
 * update), and verifyCorpus's decision of what passes. The CLI prints exactly what these write
 * (test/checks/cli.test.ts pins its output).
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  createLock,
  formatLintJson,
  formatLintMarkdown,
  formatLintText,
  formatLockUpdateJson,
  formatLockUpdateText,
  formatParityJson,
  formatParityMarkdown,
  formatParityText,
  formatVerificationJson,
  formatVerificationMarkdown,
  formatVerificationText,
  lintCorpus,
  parityReport,
  updateLock,
  verifyCorpus,
  type LintReport,
} from '../../src/checks.js';
import { corpus, InvalidOptionsError, type Corpus } from '../../src/index.js';
import { exportCorpus, parseCorpus, parseCorpusJson } from '../../src/schema.js';
import { mutableCorpus } from '../helpers/corpus.js';

const markdownIt = new MarkdownIt();
const lock = createLock(corpus);

/** The bundled corpus after `change` (FIXTURE edits, never shipped). */
function edited(change: (data: any) => void): Corpus {
  const data = mutableCorpus();
  change(data);
  return parseCorpus(data);
}

/** FIXTURE: a zero width space and a stray double space in the English acceptance clause, and a published title with a space inside the Chinese. */
const flawed = edited((data) => {
  const acceptance = data.clauses.find((clause: { id: string }) => clause.id === 'acceptance');
  acceptance.editions['2003-04-15'].en.blocks[0].text = acceptance.editions['2003-04-15'].en.blocks[0].text.replace('this website', 'this\u200b website  |**x**|');
  data.documents[0].editions[0].title = { zh: '免责 声明' };
});
const lint = lintCorpus(flawed);

describe('formatLintText', () => {
  it('names each finding with its place, severity, rule and message, shows the excerpt with the match bracketed, then counts', () => {
    const text = formatLintText(lint);
    expect(text).toContain("disclaimer@2003-04-15/en/acceptance  editions[\"2003-04-15\"].en.blocks[0].text:");
    expect(text).toMatch(/ {2}error {4}invisible-character {2}invisible character U\+200B ZERO WIDTH SPACE\n {4}[^\n]*this⟦⟨U\+200B⟩⟧ website/);
    expect(lint.counts.error).toBe(1);
    expect(text.endsWith(`\n\n1 error, ${lint.counts.warning} warnings, ${lint.counts.note} notes\n`)).toBe(true);
  });

  it("labels a finding in the edition's published title as the title", () => {
    expect(formatLintText(lint)).toContain('disclaimer@2003-04-15/zh (title)  title.zh:2  warning  cjk-space');
  });

  it('puts the file a finding is in before its path, when told, and colours only with colour', () => {
    const located = formatLintText(lint, { locate: (finding) => `${finding.clause ?? finding.edition}.json` });
    expect(located).toContain('disclaimer@2003-04-15/en/acceptance  acceptance.json editions["2003-04-15"].en.blocks[0].text:');
    expect(located).not.toContain('\u001b[');
    const coloured = formatLintText(lint, { colour: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[7m⟨U+200B⟩\u001b[27m');
  });

  it('says only the counts when there is nothing to report', () => {
    expect(formatLintText({ findings: [], counts: { error: 0, warning: 0, note: 0 } })).toBe('0 errors, 0 warnings, 0 notes\n');
  });
});

describe('formatLintMarkdown', () => {
  it('writes one table row per finding, whose cells a Markdown renderer shows as the text, invisible characters spelled out', () => {
    const markdown = formatLintMarkdown(lint, { locate: () => 'clauses/x.json' });
    const html = markdownIt.render(markdown);
    expect(html.match(/<tr>/g)).toHaveLength(lint.findings.length + 1);
    // The corpus's |**x**| stays text: no cell is split and nothing turns bold but the match.
    expect(html).toContain('|**x**|');
    expect(html).toContain('this⟦⟨U+200B⟩⟧ website');
    expect(html).toContain('clauses/x.json');
    expect(markdown.startsWith(`**Lint:** 1 error, ${lint.counts.warning} warnings`)).toBe(true);
  });
});

describe('formatLintJson', () => {
  it('gives the report back to JSON.parse, with invisible characters escaped in the text', () => {
    const json = formatLintJson(lint);
    expect(JSON.parse(json)).toEqual(lint);
    expect(json).not.toContain('\u200b');
    expect(json).toContain('\\u200b');
  });
});

describe('parity formatters', () => {
  const report = parityReport(corpus);

  it('write a header and a table per edition, the findings, and the counts', () => {
    const text = formatParityText(report);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'disclaimer@2003-04-15 (published); governing language: zh; published: zh 5/10, en 10/10',
      '',
      '#   clause                 section                  zh (governing)  en',
      '1   acceptance             opening                  published       published',
    ]);
    expect(text).toContain("warning  governing-language-missing  disclaimer@2003-04-15, clause 'image-use': the governing language (zh)");
    expect(text.endsWith('\n\n0 errors, 5 warnings, 0 notes\n')).toBe(true);
  });

  it('write Markdown a renderer shows as a table of every clause', () => {
    const html = markdownIt.render(formatParityMarkdown(report));
    expect(html.match(/<tr>/g)).toHaveLength(report.editions[0]!.clauses.length + 1);
    expect(html).toContain('<th>zh (governing)</th>');
    expect(html).toContain('<strong>disclaimer@2003-04-15</strong>');
    expect(html.match(/<li>/g)).toHaveLength(report.findings.length);
  });

  it('write JSON that parses back to the report', () => {
    expect(JSON.parse(formatParityJson(report))).toEqual(report);
  });
});

describe('verifyCorpus', () => {
  const changed = edited((data) => {
    const downloads = data.clauses.find((clause: { id: string }) => clause.id === 'downloads');
    downloads.editions['2003-04-15'].en.blocks[0].text += ' FIXTURE';
  });
  const file = parseCorpusJson(exportCorpus(corpus));
  const forged = parseCorpusJson(exportCorpus(corpus).replace('personal study', 'personal studies'));
  const { hashes: _, ...bare } = file;

  it('passes a corpus as locked, and fails one whose published text moved', () => {
    expect(verifyCorpus(corpus, { lock })).toMatchObject({ ok: true, strict: false, lock: { ok: true, unlocked: [] } });
    expect(verifyCorpus(changed, { lock }).ok).toBe(false);
  });

  it('passes an edition not locked yet, unless strict', () => {
    const empty = { ...lock, documents: {} };
    expect(verifyCorpus(corpus, { lock: empty }).ok).toBe(true);
    expect(verifyCorpus(corpus, { lock: empty, strict: true }).ok).toBe(false);
  });

  it('verifies the hashes a corpus file carries, and fails one that carries none unless a lock verifies it', () => {
    expect(verifyCorpus(file, { embeddedHashes: true })).toEqual({ ok: true, strict: false, embeddedHashes: { mismatches: [] } });
    expect(verifyCorpus(forged, { embeddedHashes: true }).ok).toBe(false);
    expect(verifyCorpus(bare, { embeddedHashes: true })).toEqual({ ok: false, strict: false, embeddedHashes: null });
    expect(verifyCorpus(bare, { embeddedHashes: true, lock }).ok).toBe(true);
  });

  it('refuses to verify against nothing', () => {
    expect(() => verifyCorpus(corpus)).toThrow(InvalidOptionsError);
  });

  describe('formatVerificationText', () => {
    it('says where each difference from the lock is, when told', () => {
      const text = formatVerificationText(verifyCorpus(changed, { lock }), { lockFile: 'clauses/lock.json', locate: (problem) => `${problem.clause}.json` });
      expect(text).toBe(
        "1 difference from clauses/lock.json in published editions:\n  disclaimer@2003-04-15, clause 'downloads', en: published text differs from the lock " +
          `(locked ${lock.documents.disclaimer!['2003-04-15']!.clauses.downloads!.en!.slice(0, 19)}…, now ${verifyCorpus(changed, { lock }).lock!.problems[0]!.actual!.slice(0, 19)}…)\n    in downloads.json\n`,
      );
    });

    it('names the corpus file whose hashes do not match, and one that carries none', () => {
      const text = formatVerificationText(verifyCorpus(forged, { embeddedHashes: true }), { corpusFile: 'release.json' });
      expect(text).toMatch(/^release\.json: 2 embedded hashes do not match the text:\n {2}disclaimer@2003-04-15, en: the edition's text does not match .*\n {4}at hashes\.documents\.disclaimer\["2003-04-15"\]\.text\.en\n/);
      expect(text).toMatch(/\n {2}disclaimer@2003-04-15, clause 'downloads', en: .*\n {4}at hashes\.documents\.disclaimer\["2003-04-15"\]\.clauses\.downloads\.en\n$/);
      expect(formatVerificationText(verifyCorpus(bare, { embeddedHashes: true }), { corpusFile: 'release.json' })).toBe(
        "release.json: carries no hashes to verify (write it with 'legal-clauses export', or give --lock FILE)\n",
      );
    });

    it('lists editions not locked yet, passing unless strict', () => {
      const empty = { ...lock, documents: {} };
      expect(formatVerificationText(verifyCorpus(corpus, { lock: empty }), { lockFile: 'lock.json' })).toContain('disclaimer@2003-04-15 is published but not locked yet (it passes)');
      expect(formatVerificationText(verifyCorpus(corpus, { lock: empty, strict: true }), { lockFile: 'lock.json' })).toContain('disclaimer@2003-04-15 is published but not locked yet: run');
    });
  });

  it('writes Markdown that says whether the check passed, with the problems as a list', () => {
    const html = markdownIt.render(formatVerificationMarkdown(verifyCorpus(changed, { lock }), { lockFile: 'clauses/lock.json', locate: () => 'clauses/disclaimer/clauses/downloads.json' }));
    expect(html).toContain('<strong>Check: failed.</strong>');
    expect(html).toContain("<li>disclaimer@2003-04-15, clause 'downloads', en: published text differs from the lock");
    expect(html).toContain('<code>clauses/disclaimer/clauses/downloads.json</code>');
  });

  it('writes JSON with the lock file, the editions and the problems, and embeddedHashes only for a corpus file', () => {
    expect(JSON.parse(formatVerificationJson(verifyCorpus(corpus, { lock }), { lockFile: 'lock.json' }))).toEqual({
      ok: true,
      lock: 'lock.json',
      verified: [{ document: 'disclaimer', edition: '2003-04-15' }],
      unlocked: [],
      problems: [],
    });
    expect(JSON.parse(formatVerificationJson(verifyCorpus(bare, { embeddedHashes: true })))).toEqual({ ok: false, lock: null, embeddedHashes: null });
  });
});

describe('lock update formatters', () => {
  it('say what was locked, that nothing was, or why the update was refused', () => {
    expect(formatLockUpdateText(updateLock(corpus), { lockFile: 'lock.json' })).toBe('lock.json: locked disclaimer@2003-04-15\n');
    expect(formatLockUpdateText(updateLock(corpus, lock), { lockFile: 'lock.json' })).toBe('lock.json is up to date\n');
    const changed = edited((data) => {
      data.documents[0].editions[0].dateline.en += ' FIXTURE';
    });
    const refused = formatLockUpdateText(updateLock(changed, lock), { lockFile: 'lock.json' });
    expect(refused).toMatch(/^refused to update lock\.json: 1 locked edition entry would change\. A published edition never changes; publish the correction as a new edition\.\n {2}disclaimer@2003-04-15, en: the dateline differs from the lock/);
    expect(JSON.parse(formatLockUpdateJson(updateLock(changed, lock), { lockFile: 'lock.json' }))).toMatchObject({ ok: false, lock: 'lock.json', added: [], refused: [{ kind: 'dateline-changed' }] });
  });
});

describe('the report formatters', () => {
  it('refuse what is not their report', () => {
    expect(() => formatLintText({ findings: 'x' } as unknown as LintReport)).toThrow(/formatLintText: report must be a lint report/);
    expect(() => formatParityText(lint as never)).toThrow(/formatParityText: report must be a parity report/);
  });
});

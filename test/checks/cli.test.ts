import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/index.js';
import { exportCorpus } from '../../src/schema.js';
import { runCli } from '../helpers/cli.js';
import { runInProcess } from '../helpers/run.js';
import { corpusWithLaterEditions, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

const source = sourceParagraphs();


/** A copy of clauses/ (lock and lint configuration included) in a temporary folder, to tamper with. */
function copyOfClauses(): string {
  const directory = join(mkdtempSync(join(tmpdir(), 'legal-clauses-')), 'clauses');
  cpSync('clauses', directory, { recursive: true });
  return directory;
}

/** Replaces text in one file of a corpus directory, as a careless or malicious edit would. */
function tamper(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('legal-clauses check', () => {
  // The cases run in this process through run(args, io); this one runs the built executable,
  // which finds the lock shipped beside its own package.
  it('passes the bundled corpus as a process, and lints it', () => {
    expect(runCli(['check'], { env: { FORCE_COLOR: '0' } })).toEqual({ status: 0, stdout: expect.stringMatching(/^disclaimer@2003-04-15: text, order and structure as locked in .*clauses\/lock\.json\n$/), stderr: '' });
    expect(runCli(['lint'], { env: { FORCE_COLOR: '0' } })).toMatchObject({ status: 0, stdout: expect.stringMatching(/\n0 errors, \d+ warnings, \d+ notes\n$/), stderr: '' });
  });

  it('passes the bundled corpus, and clauses/ against clauses/lock.json', async () => {
    expect(await runInProcess(['check'])).toMatchObject({ status: 0, stderr: '' });
    expect(await runInProcess(['check', '--corpus', 'clauses'])).toEqual({ status: 0, stdout: 'disclaimer@2003-04-15: text, order and structure as locked in clauses/lock.json\n', stderr: '' });
  });

  it('fails on a changed published word, naming document, edition, clause, language and file', async () => {
    const directory = copyOfClauses();
    tamper(join(directory, 'disclaimer/clauses/downloads.json'), 'modify,disseminate', 'modify, disseminate');
    const result = await runInProcess(['check', '--corpus', directory]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("disclaimer@2003-04-15, clause 'downloads', en: published text differs from the lock");
    expect(result.stdout).toContain(`in ${directory}/disclaimer/clauses/downloads.json at editions["2003-04-15"].en`);
  });

  it('fails on an invisible character inserted in the Chinese text', async () => {
    const directory = copyOfClauses();
    tamper(join(directory, 'disclaimer/clauses/trademarks.json'), '诚信通', '诚信\\u200b通');
    const result = await runInProcess(['check', '--corpus', directory]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("disclaimer@2003-04-15, clause 'trademarks', zh: published text differs from the lock");
    const lint = await runInProcess(['lint', '--corpus', directory]);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain('disclaimer@2003-04-15/zh/trademarks');
    expect(lint.stdout).toMatch(/editions\["2003-04-15"\]\.zh\.blocks\[0\]\.text:10 {2}error {4}invisible-character {2}invisible character U\+200B ZERO WIDTH SPACE\n {4}“阿里巴巴”、“诚信⟦⟨U\+200B⟩⟧通”/);
  });

  it('fails on clauses moved in a published edition, saying from where to where', async () => {
    const directory = copyOfClauses();
    tamper(join(directory, 'disclaimer/editions/2003-04-15.json'), '"copyright",\n        "trademarks"', '"trademarks",\n        "copyright"');
    const result = await runInProcess(['check', '--corpus', directory]);
    expect(result.status).toBe(1);
    // Two neighbours swapped: one of them is reported as moved past the other.
    expect(result.stdout).toContain("disclaimer@2003-04-15, clause 'copyright': moved from #6 in section 'copyright-and-trademark' to #7 in section 'copyright-and-trademark'");
    expect(result.stdout).toContain(`in ${directory}/disclaimer/editions/2003-04-15.json`);
  });

  it('verifies the hashes a corpus file carries, and names the path of one that does not match', async () => {
    expect((await runInProcess(['check', '--corpus', writeTempFile('corpus.json', exportCorpus(corpus))])).status).toBe(0);
    const file = writeTempFile('corpus.json', exportCorpus(corpus).replace('personal study', 'personal studies'));
    const result = await runInProcess(['check', '--corpus', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}: 2 embedded hashes do not match the text:`);
    expect(result.stdout).toContain("disclaimer@2003-04-15, clause 'downloads', en: clause 'downloads' does not match its embedded hash");
    expect(result.stdout).toContain('at hashes.documents.disclaimer["2003-04-15"].clauses.downloads.en');
  });

  it('fails for a corpus file without hashes, which it cannot verify', async () => {
    const data = JSON.parse(exportCorpus(corpus));
    delete data.hashes;
    const result = await runInProcess(['check', '--corpus', writeTempFile('corpus.json', data)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/carries no hashes to verify/);
  });

  it('passes a new published edition, reminding to lock it; --update locks it; --strict fails before', async () => {
    const directory = writeCorpusDirectory(corpusWithLaterEditions());
    writeFileSync(join(directory, 'lock.json'), readFileSync('clauses/lock.json'));
    const before = await runInProcess(['check', '--corpus', directory]);
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('disclaimer@2010-06-01 is published but not locked yet (it passes)');
    expect((await runInProcess(['check', '--corpus', directory, '--strict'])).status).toBe(1);
    expect(await runInProcess(['check', '--update', '--corpus', directory])).toEqual({ status: 0, stdout: `${directory}/lock.json: locked disclaimer@2010-06-01\n`, stderr: '' });
    expect((await runInProcess(['check', '--corpus', directory, '--strict'])).status).toBe(0);
    expect((await runInProcess(['check', '--update', '--corpus', directory])).stdout).toBe(`${directory}/lock.json is up to date\n`);
  });

  it('refuses to update the lock over a changed published edition, and writes nothing', async () => {
    const directory = copyOfClauses();
    const lock = readFileSync(join(directory, 'lock.json'), 'utf8');
    tamper(join(directory, 'disclaimer/clauses/acceptance.json'), 'Alibaba.com website', '1688.com website');
    const result = await runInProcess(['check', '--update', '--corpus', directory, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, added: [], refused: [{ kind: 'text-changed', clause: 'acceptance', language: 'en' }] });
    expect(readFileSync(join(directory, 'lock.json'), 'utf8')).toBe(lock);
  });

  it('refuses --update without a corpus directory, and a directory without a lock', async () => {
    expect(await runInProcess(['check', '--update'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/--update writes the lock beside a corpus directory/) });
    const directory = writeCorpusDirectory(corpus);
    expect(await runInProcess(['check', '--corpus', directory])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/lock\.json: no such file; create the lock with 'legal-clauses check --update --corpus /) });
    const broken = copyOfClauses();
    writeFileSync(join(broken, 'lock.json'), '{"format": "legal-clauses/lock@1", "documents": {"disclaimer": []}}');
    expect(await runInProcess(['check', '--corpus', broken])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/lock\.json: documents\.disclaimer: Invalid input: expected record, received array/) });
  });
});

describe('legal-clauses record and verify', () => {
  it('prints a record that verifies and gives back the text accepted, verbatim', async () => {
    const record = await runInProcess(['record', '--lang', 'zh']);
    expect(record.status).toBe(0);
    expect(record.stdout).toMatch(/^disclaimer@2003-04-15\/zh#sha256:[0-9a-f]{64}\n$/);
    expect(await runInProcess(['verify', record.stdout.trim()])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^valid: the whole zh text of disclaimer@2003-04-15 \(published edition, \d+ characters\)/) });
    expect((await runInProcess(['verify', record.stdout.trim(), '--text'])).stdout).toBe(`${source.zh.join('\n\n')}\n`);
    const clause = (await runInProcess(['record', 'image-use', '--lang', 'en', '--edition', '2003-04-15'])).stdout.trim();
    expect(JSON.parse((await runInProcess(['verify', clause, '--format', 'json'])).stdout)).toMatchObject({ valid: true, record: { clause: 'image-use' }, text: source.en[4] });
  });

  it('catches a forged record, and says what the hashes are', async () => {
    const record = (await runInProcess(['record', '--lang', 'en'])).stdout.trim();
    const forged = record.replace(/[0-9a-f]$/, (digit) => (digit === 'f' ? 'e' : 'f'));
    const result = await runInProcess(['verify', forged]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`invalid (hash-mismatch): acceptance record disclaimer@2003-04-15/en does not match the text it names: the record holds ${forged.split('#')[1]}, the text hashes to ${record.split('#')[1]}\n`);
  });

  it('answers 1 for an unknown edition and 2 for a malformed record', async () => {
    const record = (await runInProcess(['record', '--lang', 'en'])).stdout.trim();
    expect(await runInProcess(['verify', record.replace('2003-04-15', '2004-04-15')])).toMatchObject({ status: 1, stdout: expect.stringMatching(/^invalid \(unknown-edition\): unknown edition of 'disclaimer' '2004-04-15'/) });
    expect(await runInProcess(['verify', record.slice(0, -2)])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/is not an acceptance record: the hash has 62 hex digits, expected 64/) });
  });

  it('exits 1 when the language did not publish the text, and 2 without --lang', async () => {
    expect(await runInProcess(['record', 'opinions', '--lang', 'zh'])).toEqual({
      status: 1,
      stdout: '',
      stderr: "legal-clauses: clause 'opinions' was not published in zh in edition 2003-04-15 of 'disclaimer'; published in: en\n",
    });
    expect(await runInProcess(['record', 'opinions'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/record needs --lang: a record names the language the user was shown/) });
  });
});

describe('legal-clauses parity', () => {
  it('lists the five English-only clauses as warnings, with the governing language', async () => {
    const result = await runInProcess(['parity']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('disclaimer@2003-04-15 (published); governing language: zh; published: zh 5/10, en 10/10');
    expect(result.stdout).toMatch(/^3 +image-use +information +missing +published$/m);
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('warning  governing-language-missing'));
    expect(warnings.map((line) => /clause '([^']+)'/.exec(line)![1])).toEqual(['image-use', 'opinions', 'copyright', 'assumption-of-risk', 'language-precedence']);
    expect(result.stdout.endsWith('0 errors, 5 warnings, 0 notes\n')).toBe(true);
  });

  it('exits 1 with --fail-on warning, and prints JSON', async () => {
    expect((await runInProcess(['parity', '--fail-on', 'warning'])).status).toBe(1);
    const report = JSON.parse((await runInProcess(['parity', '--format', 'json'])).stdout);
    expect(report.editions[0].governingLanguage).toBe('zh');
    expect(report.findings).toHaveLength(5);
  });
});

describe('legal-clauses lint', () => {
  it('finds warnings and notes in the bundled corpus, and no errors', async () => {
    const result = await runInProcess(['lint']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\n\n0 errors, [1-9]\d* warnings, [1-9]\d* notes\n$/);
    expect(result.stdout).toContain("disclaimer@2003-04-15/en/acceptance  editions[\"2003-04-15\"].en.blocks[0].text:325  warning  term  'Alibaba.com': another site's name inside the 1688.com disclaimer");
    expect(result.stdout).toContain('    …巴巴网站即时刊登的通告,并且遵守有关互联⟦ ⟧网及/或本网站的相关法律、规定与规则。一…');
  });

  it('never prints a bidirectional control raw, in text or JSON', async () => {
    const data = JSON.parse(exportCorpus(corpus));
    const opinions = data.clauses.find((clause: { id: string }) => clause.id === 'opinions');
    opinions.editions['2003-04-15'].en.blocks[0].text = 'Any opinion \u202eexpressed';
    const file = writeTempFile('corpus.json', data);
    const text = await runInProcess(['lint', '--corpus', file]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('bidi-control  bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE');
    const json = await runInProcess(['lint', '--corpus', file, '--format', 'json']);
    expect(json.status).toBe(1);
    for (const output of [text.stdout, json.stdout]) expect(output).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json.stdout).findings.find((finding: { rule: string }) => finding.rule === 'bidi-control').excerpt.match).toBe('\u202e');
  });

  it('reads the term list from --config, and refuses a broken one naming file and path', async () => {
    const config = writeTempFile('lint.json', { terms: [{ term: 'TrustPass', reason: 'FIXTURE term' }] });
    expect((await runInProcess(['lint', '--config', config, '--format', 'json'])).stdout).toContain('FIXTURE term');
    const broken = writeTempFile('lint.json', { terms: [{ term: '', reason: 'x' }] });
    expect(await runInProcess(['lint', '--config', broken])).toMatchObject({ status: 2, stdout: '', stderr: `legal-clauses: ${broken}: terms[0].term: a term must not be empty\n` });
  });
});

describe('legal-clauses changeset', () => {
  it('drafts the changeset of a corpus change', async () => {
    const empty = writeTempFile('empty.json', { format: 'legal-clauses/corpus@1', documents: [], clauses: [] });
    const result = await runInProcess(['changeset', empty, '--corpus', 'clauses']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^---\n"legal-clauses": minor\n---\n\nCorpus: new document 'disclaimer'; new published edition disclaimer@2003-04-15\./);
    expect(await runInProcess(['changeset', 'clauses', '--corpus', 'clauses'])).toEqual({ status: 1, stdout: '', stderr: 'legal-clauses: the corpus is the same as clauses: nothing to describe\n' });
  });

  it('checks that every edition is described, and names the ones that are not', async () => {
    expect((await runInProcess(['changeset', '--check', '--corpus', 'clauses'])).status).toBe(0);
    const directory = mkdtempSync(join(tmpdir(), 'legal-clauses-'));
    const result = await runInProcess(['changeset', '--check', '--corpus', 'clauses', '--changesets', directory, '--changelog', join(directory, 'CHANGELOG.md')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/disclaimer@2003-04-15 \(published\) is not described by any changeset; the changeset describing it ends with:\n {4}<!-- legal-clauses: disclaimer@2003-04-15 sha256:[0-9a-f]{64} -->/);
  });
});

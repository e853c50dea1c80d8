/**
 * Corpus text is untrusted: nothing it holds may reach a terminal raw (docs/security.md). Every
 * command runs in-process on corpora carrying escape sequences, carriage returns, C1 controls,
 * bidirectional overrides and invisible characters, and its output is checked for raw ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/index.js';
import { diffReleases, formatChangeset } from '../../src/checks.js';
import { exportCorpus } from '../../src/schema.js';
import { STYLES } from '../../src/util/terminal.js';
import { writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';
import { rawCharacter } from '../helpers/raw.js';
import { corpusWithNewText, ERASE_LINE, TERMINAL_ATTACKS } from '../helpers/hostile.js';
import { runInProcess } from '../helpers/run.js';
import { publishedText } from '../diff/helpers/corpus-text.js';



const spoofed = `You may use the information displayed on this website for any commercial purpose.${ERASE_LINE}${publishedText('downloads', 'en')}`;

describe('diff on a terminal', () => {
  const directory = writeCorpusDirectory(corpusWithNewText('downloads', 'en', spoofed));

  it('shows an erase-line escape and a carriage return in a changed text, in colour, so the real change is seen', async () => {
    const result = await runInProcess(['diff', '--corpus', directory, '--lang', 'en'], { colour: true });
    expect(result.status).toBe(0);
    expect(rawCharacter(result.stdout, { colour: true })).toBeUndefined();
    expect(result.stdout).toContain('commercial purpose.⟨U+001B⟩[2K⟨U+000D⟩');
    expect(result.stdout).toContain(STYLES.added[0]);
  });

  it('shows them without colour too', async () => {
    const result = await runInProcess(['diff', '--corpus', directory, '--lang', 'en']);
    expect(rawCharacter(result.stdout)).toBeUndefined();
    expect(result.stdout).toContain('You may {+use the information displayed on this website for any commercial purpose.⟨U+001B⟩[2K⟨U+000D⟩You may +}download');
  });

  it.each(TERMINAL_ATTACKS)('never prints %j raw, in any format, in colour or not', async (attack) => {
    const hostile = writeCorpusDirectory(corpusWithNewText('trademarks', 'zh', `${attack}${publishedText('trademarks', 'zh')}${attack}`));
    for (const format of ['text', 'markdown', 'html']) {
      for (const colour of [true, false]) {
        const result = await runInProcess(['diff', '--corpus', hostile, '--format', format], { colour });
        expect(result.status).toBe(0);
        expect(rawCharacter(result.stdout, { colour })).toBeUndefined();
      }
    }
  });

  it('cannot fake one of our colours with the same escape in the text', async () => {
    const hostile = writeCorpusDirectory(corpusWithNewText('trademarks', 'en', `${STYLES.removed[0]}looks removed${STYLES.removed[1]}`));
    const result = await runInProcess(['diff', '--corpus', hostile, '--lang', 'en'], { colour: true });
    expect(result.stdout).toContain('⟨U+001B⟩[31;9mlooks removed⟨U+001B⟩[39;29m');
  });

  it('writes JSON whose strings carry escapes instead of C1, bidirectional and invisible characters, parsing to the same text', async () => {
    const text = 'a\u009b2Jb\u202ec\u200bd\u2028e';
    const hostile = writeCorpusDirectory(corpusWithNewText('trademarks', 'en', text));
    const result = await runInProcess(['diff', '--corpus', hostile, '--lang', 'en', '--format', 'json']);
    expect(rawCharacter(result.stdout)).toBeUndefined();
    expect(result.stdout).toContain('a\\u009b2Jb\\u202ec\\u200bd\\u2028e');
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain(JSON.stringify(text).slice(1, -1));
  });
});

describe('render, show, list, verify and export on a terminal', () => {
  const text = `before${TERMINAL_ATTACKS.join('')}after`;
  const directory = writeCorpusDirectory(corpusWithNewText('trademarks', 'zh', text));

  it.each([
    ['render text', ['render', '--lang', 'zh']],
    ['render markdown', ['render', '--format', 'markdown']],
    ['render html', ['render', '--format', 'html']],
    ['render json', ['render', '--format', 'json']],
    ['show', ['show', 'trademarks']],
    ['show --lang', ['show', 'trademarks', '--lang', 'zh']],
    ['show json', ['show', 'trademarks', '--format', 'json']],
    ['show --lang json', ['show', 'trademarks', '--lang', 'zh', '--format', 'json']],
    ['list', ['list']],
    ['export', ['export']],
    ['lint', ['lint']],
    ['lint json', ['lint', '--format', 'json']],
  ])('%s prints no raw control', async (_name, args) => {
    for (const colour of [false, true]) {
      const result = await runInProcess([...args, '--corpus', directory], { colour });
      expect(rawCharacter(result.stdout, { colour })).toBeUndefined();
      expect(rawCharacter(result.stderr)).toBeUndefined();
      if (args.includes('json') || args[0] === 'export') expect(() => JSON.parse(result.stdout)).not.toThrow();
    }
  });

  it('shows the characters visibly in text, and keeps them as escapes in JSON', async () => {
    const shown = await runInProcess(['show', 'trademarks', '--lang', 'zh', '--corpus', directory]);
    expect(shown.stdout).toBe(
      'before⟨U+001B⟩[2K⟨U+000D⟩⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+001B⟩]8;;https://example.com⟨U+001B⟩\\link⟨U+001B⟩]8;;⟨U+001B⟩\\' +
        '⟨U+001B⟩]52;c;cHduZWQ=⟨U+0007⟩⟨U+009B⟩2J⟨U+001B⟩[8mhidden⟨U+001B⟩[0m⟨U+001B⟩[31;9mback⟨U+0008⟩⟨U+0008⟩⟨U+0008⟩⟨U+0008⟩space' +
        '⟨U+202E⟩evil⟨U+202C⟩⟨U+2066⟩isolate⟨U+2069⟩zero⟨U+200B⟩width⟨U+0007⟩bellnul⟨U+0000⟩byteafter\n',
    );
    const json = await runInProcess(['show', 'trademarks', '--lang', 'zh', '--format', 'json', '--corpus', directory]);
    expect(JSON.parse(json.stdout).text).toBe(text);
    const exported = await runInProcess(['export', '--corpus', directory]);
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(exportCorpus(JSON.parse(exported.stdout))));
  });

  it('keeps the text byte for byte with --output FILE', async () => {
    const file = join(writeTempFile('placeholder.txt', ''), '..', 'rendered.txt');
    const result = await runInProcess(['render', '--lang', 'zh', '--no-frame', '--output', file, '--corpus', directory]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(text);
  });

  it('verify --text shows the text it names visibly', async () => {
    const record = await runInProcess(['record', 'trademarks', '--lang', 'zh', '--corpus', directory]);
    expect(record.status).toBe(0);
    const result = await runInProcess(['verify', record.stdout.trim(), '--text', '--corpus', directory]);
    expect(result.status).toBe(0);
    expect(rawCharacter(result.stdout)).toBeUndefined();
    expect(result.stdout).toContain('before⟨U+001B⟩[2K⟨U+000D⟩');
  });

  it('list shows a hostile document title visibly', async () => {
    const data = structuredClone(corpus) as any;
    data.documents[0].title.en = `Disclaimer${ERASE_LINE}Harmless`;
    const result = await runInProcess(['list', '--corpus', writeCorpusDirectory(data)]);
    expect(result.stdout).toContain('Disclaimer⟨U+001B⟩[2K⟨U+000D⟩Harmless');
    expect(rawCharacter(result.stdout)).toBeUndefined();
  });
});

describe('the changeset draft and check on a terminal', () => {
  it('changeset shows the changed words visibly', async () => {
    const base = writeTempFile('base.json', exportCorpus(corpus));
    const directory = writeCorpusDirectory(corpusWithNewText('trademarks', 'en', `Alibaba${ERASE_LINE}unchanged`));
    const result = await runInProcess(['changeset', base, '--corpus', directory]);
    expect(result.status).toBe(0);
    expect(rawCharacter(result.stdout)).toBeUndefined();
    // The Markdown of the draft escapes the bracket: ⟨U+001B⟩\[2K.
    expect(result.stdout).toMatch(/⟨U\+001B⟩\\?\[2K⟨U\+000D⟩/);
  });

  it('check shows lock.json keys visibly', async () => {
    const directory = writeCorpusDirectory(corpus);
    const lock = JSON.parse(readFileSync('clauses/lock.json', 'utf8'));
    lock.documents[`gone${ERASE_LINE}ok`] = lock.documents.disclaimer;
    writeFileSync(join(directory, 'lock.json'), JSON.stringify(lock));
    const result = await runInProcess(['check', '--corpus', directory]);
    expect(result.status).toBe(1);
    expect(rawCharacter(result.stdout)).toBeUndefined();
    expect(result.stdout).toContain('gone⟨U+001B⟩[2K⟨U+000D⟩ok');
  });
});

describe('messages on stderr', () => {
  it('show a list marker the schema refuses visibly', async () => {
    const data = structuredClone(corpus) as any;
    const disclaimers = data.clauses.find((clause: { id: string }) => clause.id === 'disclaimers');
    const list = disclaimers.editions['2003-04-15'].zh.blocks.find((block: { type: string }) => block.type === 'list');
    list.items[0].marker = `x${ERASE_LINE}`;
    const result = await runInProcess(['render', '--corpus', writeCorpusDirectory(data)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
    expect(rawCharacter(result.stderr)).toBeUndefined();
    expect(result.stderr).toContain('⟨U+001B⟩[2K⟨U+000D⟩');
  });

  it('show an unknown argument visibly', async () => {
    const result = await runInProcess(['show', `image-use${ERASE_LINE}`]);
    expect(result.status).toBe(2);
    expect(rawCharacter(result.stderr)).toBeUndefined();
    expect(result.stderr).toContain('⟨U+001B⟩[2K⟨U+000D⟩');
  });
});

describe('the changeset draft', () => {
  it('does not take control characters in the text for its own strike-through and bold marks', () => {
    const changes = diffReleases(corpus, corpusWithNewText('trademarks', 'en', '\u0001looks struck\u0002 and \u0003looks bold\u0004'));
    const markdown = formatChangeset(changes)!;
    expect(markdown).toContain('⟨U+0001⟩looks struck⟨U+0002⟩');
    expect(markdown).not.toContain('~~looks struck~~');
    expect(markdown).not.toContain('**looks bold**');
  });
});

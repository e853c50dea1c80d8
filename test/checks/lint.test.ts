import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintCorpus, lintText, makeVisible, type LintConfig, type TextLocation } from '../../src/checks.js';
import { blocksToText, corpus, type Corpus } from '../../src/index.js';
import { publishedStrings } from '../../src/model/published-strings.js';
import { parseCorpus, parseLintConfig } from '../../src/schema.js';
import { LOOK_ALIKE_BLOCKS, LOOK_ALIKE_SCRIPTS } from '../../src/checks/lint/rules/mixed-script.js';
import { mutableCorpus } from '../helpers/corpus.js';
import { sourceParagraphs } from '../helpers/source.js';

const config = parseLintConfig(readFileSync('clauses/lint.json', 'utf8'), 'clauses/lint.json');
const at: TextLocation = { document: 'disclaimer', edition: '2003-04-15', language: 'en', field: 'clause', clause: 'acceptance', path: 'editions["2003-04-15"].en.blocks[0].text' };
const zh: TextLocation = { ...at, language: 'zh', path: 'editions["2003-04-15"].zh.blocks[0].text' };
const rulesOf = (text: string, where = at, with_: LintConfig = {}) => lintText(text, where, with_).map((finding) => finding.rule);

describe('lintCorpus on the bundled corpus', () => {
  const report = lintCorpus(corpus, { config });

  it('finds warnings and notes, and no errors', () => {
    expect(report.counts.error).toBe(0);
    expect(report.counts.warning).toBeGreaterThan(0);
    expect(report.counts.note).toBeGreaterThan(0);
  });

  it('finds the eight spaces inside Chinese text that the source has, where the source has them', () => {
    const spaces = report.findings.filter((finding) => finding.rule === 'cjk-space');
    expect(spaces.map((finding) => `${finding.excerpt.before.slice(-2)}${finding.excerpt.match}${finding.excerpt.after.slice(0, 2)}`)).toEqual([
      '互联 网及',
      '均由 会员',
      '任何 使用',
      '版权 法的',
      '商业用 途。'.slice(1),
      '品名 称则',
      '损害 (包',
      '忽责 任)',
    ]);
    expect(spaces.every((finding) => finding.severity === 'warning' && finding.language === 'zh')).toBe(true);
  });

  it('counts eight in the fixture source too, list markers being layout rather than text', () => {
    // Counted on the published source itself, not on the corpus: a list item's "(一) " is the
    // marker and its separator (the model stores the marker apart), so it is cut off first.
    const paragraphs = sourceParagraphs().zh.map((paragraph) => paragraph.replace(/^\([一二三四五六七八九十]+\) /u, ''));
    const count = paragraphs.flatMap((paragraph) => lintText(paragraph, zh)).filter((finding) => finding.rule === 'cjk-space').length;
    expect(count).toBe(8);
  });

  it('warns about Alibaba.com inside the 1688.com disclaimer, from the term list in clauses/lint.json', () => {
    const terms = report.findings.filter((finding) => finding.rule === 'term');
    expect(terms).toEqual([
      expect.objectContaining({
        severity: 'warning',
        document: 'disclaimer',
        edition: '2003-04-15',
        clause: 'acceptance',
        language: 'en',
        path: 'editions["2003-04-15"].en.blocks[0].text',
        excerpt: { before: '…cess and use of the ', match: 'Alibaba.com', after: ' website will be dee…' },
      }),
    ]);
  });

  it('gives offsets that point at the match in the text at the path', () => {
    for (const finding of report.findings.filter((each) => each.field === 'clause')) {
      const clause = corpus.clauses.find((candidate) => candidate.id === finding.clause)!;
      const translation = clause.editions[finding.edition]![finding.language];
      const texts = translation?.status === 'published' ? publishedStrings(translation).map((string) => string.text) : [];
      expect(texts.some((text) => text.slice(finding.offset, finding.offset + finding.length) === finding.excerpt.match)).toBe(true);
    }
  });

  it('lints headings and the dateline, naming section and field', () => {
    const dateline = report.findings.filter((finding) => finding.field === 'dateline');
    expect(dateline.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['nbsp', 'double-space']));
    expect(dateline[0]).toMatchObject({ path: 'dateline.en', language: 'en' });
  });

  it('reports a Cyrillic letter inside a Latin word and an invisible character as errors, with where they are', () => {
    const data = mutableCorpus();
    const block = data.clauses.find((clause: { id: string }) => clause.id === 'trademarks').editions['2003-04-15'];
    block.en.blocks[0].text = block.en.blocks[0].text.replace('“Alibaba”', '“Аlibaba”');
    block.zh.blocks[0].text = block.zh.blocks[0].text.replace('诚信通', '诚信\u200b通');
    const errors = lintCorpus(parseCorpus(data) as Corpus, { config }).findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.rule, finding.clause, finding.language, finding.offset, finding.message])).toEqual([
      ['invisible-character', 'trademarks', 'zh', 10, 'invisible character U+200B ZERO WIDTH SPACE'],
      ['mixed-script', 'trademarks', 'en', 1, "Cyrillic 'А' (U+0410) inside the Latin word 'Аlibaba': it looks like a Latin letter but is not one"],
    ]);
  });
});

describe('lint rules', () => {
  it.each([
    ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f'].map((char) => [char, 'bidi-control']),
    ...['\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060'].map((char) => [char, 'invisible-character']),
    ['\t', 'control-character'],
    ['\n', 'control-character'],
  ])('reports %j as an error', (char, rule) => {
    const findings = lintText(`terms${char}and`, at);
    expect(findings).toEqual([expect.objectContaining({ rule, severity: 'error', offset: 5, length: 1 })]);
  });

  it('finds an invisible character wherever it is inserted', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '网', '.', 'x'), maxLength: 60 }), fc.nat(), fc.constantFrom('\u200b', '\u202e', '\ufeff'), (text, at_, char) => {
        const offset = at_ % (text.length + 1);
        const findings = lintText(text.slice(0, offset) + char + text.slice(offset), at).filter((finding) => finding.severity === 'error');
        expect(findings.map((finding) => finding.offset)).toEqual([offset]);
      }),
    );
  });

  it('reports look-alike letters only inside Latin words', () => {
    expect(rulesOf('1688.cοm')).toEqual(['mixed-script']); // Greek omicron
    expect(rulesOf('Ꭺlibaba')).toEqual(['mixed-script']); // Cherokee A
    expect(rulesOf('若要访问和使用阿里巴巴ALIBABA网站', zh).filter((rule) => rule === 'mixed-script')).toEqual([]);
    expect(rulesOf('café Straße naïve Ångström')).toEqual([]);
    expect(rulesOf('Москва and Αθήνα')).toEqual([]);
  });

  it('looks for look-alike letters in every block where the scripts have one (every code point checked)', () => {
    const scripts = new RegExp(`[${LOOK_ALIKE_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u');
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (scripts.test(char) && !LOOK_ALIKE_BLOCKS.test(char)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(rulesOf('Al\u{10143}baba')).toEqual([]); // a Greek acrophonic numeral is no letter of a word
    expect(rulesOf('\u1f00lpha beta')).toEqual(['mixed-script']); // Greek Extended: ἀ
    expect(rulesOf('Ohm\u2126')).toEqual(['mixed-script']); // the Ohm sign is Greek
  });

  it('reports spaces inside Chinese text, not between Chinese and Latin text', () => {
    expect(rulesOf('互联 网', zh)).toEqual(['cjk-space']);
    expect(rulesOf('损害 (包括', zh)).toEqual(['cjk-space', 'halfwidth-punctuation', 'unbalanced-brackets']);
    expect(rulesOf('阿里巴巴 ALIBABA 网站', zh)).toEqual([]);
    expect(rulesOf('1688.com 的', zh)).toEqual([]);
  });

  it('reports half-width punctuation attached to Chinese text, not to English', () => {
    const findings = lintText('网站,您(包括)后果),责任', zh).filter((finding) => finding.rule === 'halfwidth-punctuation');
    expect(findings.map((finding) => [finding.offset, finding.excerpt.match])).toEqual([[2, ','], [4, '('], [7, ')'], [10, ')'], [11, ',']]);
    expect(rulesOf('loss or damage (including direct, indirect)')).toEqual([]);
  });

  it('reports unbalanced brackets and quotes, not apostrophes', () => {
    expect(lintText('(包括但不限于', zh).filter((finding) => finding.rule === 'unbalanced-brackets').map((finding) => finding.message)).toEqual([
      "'(' is never closed (expected ')')",
    ]);
    expect(lintText('a) b', at).map((finding) => finding.message)).toEqual(["')' closes nothing (no '(' before it)"]);
    expect(lintText('“Alibaba, “TrustPass”', at).map((finding) => [finding.offset, finding.message])).toEqual([[0, "'“' is never closed (expected '”')"]]);
    expect(lintText('([a)]', at).map((finding) => finding.message)).toEqual(["'[' is not closed before ')'", "']' closes nothing (no '[' before it)"]);
    expect(rulesOf('a user’s access (to “the” site) [1] 《网站》 ‘quoted’ "straight"')).toEqual([]);
    expect(rulesOf('say "hello')).toEqual(['unbalanced-brackets']);
  });

  it('notes double, leading and trailing spaces, and no-break spaces', () => {
    expect(lintText('laws.\u00a0 1688.com', at).map((finding) => [finding.rule, finding.severity, finding.offset, finding.length])).toEqual([
      ['double-space', 'note', 5, 2],
      ['nbsp', 'note', 5, 1],
    ]);
    expect(rulesOf(' lead and trail ')).toEqual(['trailing-space', 'trailing-space']);
    expect(rulesOf('one space only')).toEqual([]);
  });

  it('takes the line breaks and indentation of preformatted text as its layout, and still reports spaces inside a line', () => {
    const notice = '  Copyright (c) [Year]\n         http://example.test/x\nSee  the text.';
    const rules = (location: TextLocation) => lintText(notice, location).map((finding) => [finding.rule, finding.offset]);
    expect(rules({ ...at, preformatted: true })).toEqual([['double-space', notice.indexOf('See') + 3]]);
    // The same text outside a preformatted block: every one of them is a finding.
    expect(rules(at).map(([rule]) => rule)).toEqual(['double-space', 'trailing-space', 'control-character', 'double-space', 'control-character', 'double-space']);
  });

  it('reports configured terms as whole words, where the entry applies', () => {
    const terms: LintConfig = { terms: [{ term: 'Alibaba.com', reason: 'another site', documents: ['disclaimer'], languages: ['en'] }] };
    expect(rulesOf('use of the Alibaba.com website', at, terms)).toEqual(['term']);
    expect(rulesOf('use of the Alibaba.com website', { ...at, document: 'terms' }, terms)).toEqual([]);
    expect(rulesOf('use of the Alibaba.com website', zh, terms)).toEqual([]);
    expect(rulesOf('use of MyAlibaba.com or Alibaba.community', at, terms)).toEqual([]);
    const chinese: LintConfig = { terms: [{ term: '阿里巴巴', reason: 'brand', severity: 'note' }] };
    expect(lintText('阿里巴巴网站', zh, chinese).map((finding) => [finding.rule, finding.severity])).toEqual([['term', 'note']]);
  });

  it('takes severities per rule from the configuration, or turns a rule off', () => {
    expect(lintText('互联 网', zh, { rules: { 'cjk-space': 'error' } })[0]).toMatchObject({ rule: 'cjk-space', severity: 'error' });
    expect(lintText('互联 网', zh, { rules: { 'cjk-space': 'off' } })).toEqual([]);
  });

  it('has one documented rule per id, every one in docs/trust.md', () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const docs = readFileSync('docs/trust.md', 'utf8');
    for (const rule of LINT_RULES) expect(docs).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });
});

describe('makeVisible', () => {
  it('shows characters nobody can see, and keeps bidirectional controls from reordering a terminal', () => {
    expect(makeVisible('a\u202eb\u200bc\u00a0d')).toBe('a⟨U+202E⟩b⟨U+200B⟩c⟨U+00A0⟩d');
  });
});

describe('parseLintConfig', () => {
  it('reads clauses/lint.json', () => {
    expect(config.terms?.map((entry) => entry.term)).toEqual(['Alibaba.com']);
  });

  it('names the file and the path of a mistake', () => {
    expect(() => parseLintConfig('{"rules": {"nbs": "off"}}', 'lint.json')).toThrow(/^lint\.json: rules\.nbs: unknown rule \(did you mean 'nbsp'\?\); the rules are bidi-control, /);
    expect(() => parseLintConfig('{"terms": [{"term": "x"}]}', 'lint.json')).toThrow(/^lint\.json: terms\[0\]\.reason: missing/);
    expect(() => parseLintConfig('{"terms": [{"term": "x", "reason": "y", "languages": ["fr"]}]}', 'lint.json')).toThrow(/^lint\.json: terms\[0\]\.languages\[0\]/);
  });
});

describe('the corpus text', () => {
  it('is linted paragraph by paragraph: a list marker is never part of a finding', () => {
    const disclaimers = corpus.clauses.find((clause) => clause.id === 'disclaimers')!.editions['2003-04-15']!.zh;
    expect(disclaimers?.status === 'published' && blocksToText(disclaimers.blocks).startsWith('(一) ')).toBe(true);
    const findings = lintCorpus(corpus).findings.filter((finding) => finding.clause === 'disclaimers' && finding.language === 'zh');
    expect(findings.every((finding) => finding.path.includes('.items['))).toBe(true);
    expect(findings.some((finding) => finding.offset === 0)).toBe(false);
  });
});

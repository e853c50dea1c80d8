/**
 * Issue 9, "Done when", on real documents: the Mulan Public License (v1 en, v2 zh+en) and the
 * CC BY 4.0 legal code (en, zh-Hans, zh-Hant) as fixture corpora on disk, plus the labelled
 * synthetic `constructs` corpus for what they lack (test/fixtures/corpora/*, READMEs there).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AmbiguousDateError,
  buildTree,
  CorpusValidationError,
  getEdition,
  governingLanguageOf,
  negotiateLanguage,
  NoEditionInForceError,
  resolveReference,
  toText,
  UnsupportedLocaleError,
  type Corpus,
} from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { run } from '../../src/cli/run.js';
import { exportCorpus, parseCorpusJson } from '../../src/schema.js';
import { publishedStrings } from '../../src/model/published-strings.js';
import {
  CC_PAGES,
  FIXTURE_CORPORA,
  filesBeside,
  gitBlobId,
  legalCodeText,
  mulanSourceTexts,
  recordedSources,
  separateParagraphsOnce,
} from '../helpers/real-sources.js';

const mulan = await readCorpusDirectory(FIXTURE_CORPORA.mulan);
const cc = await readCorpusDirectory(FIXTURE_CORPORA.cc);
const constructs = await readCorpusDirectory(FIXTURE_CORPORA.constructs);
const ALL: [string, Corpus][] = [
  ['mulan-publ', mulan],
  ['cc-by-4.0', cc],
  ['constructs', constructs],
];

const render = (corpus: Corpus, edition: string, lang: string) => toText(buildTree({ corpus, edition, lang }), { frame: false });

describe('real fixture corpora', () => {
  it('validate as corpus directories of format 2', () => {
    expect(mulan.documents.map((d) => [d.id, d.languages, d.editions.map((e) => e.id)])).toEqual([
      ['mulan-publ', ['zh', 'en'], ['2020-12', '2021-05']],
    ]);
    expect(cc.documents.map((d) => [d.id, d.languages, d.editions.map((e) => e.id)])).toEqual([
      ['cc-by-4-0', ['en', 'zh', 'zh-Hant'], ['2020-01']],
    ]);
    expect(constructs.documents.map((d) => [d.id, d.languages, d.editions.map((e) => e.id)])).toEqual([
      ['constructs', ['zh-Hant', 'en'], ['2019', '2020-02-29']],
    ]);
  });

  it('keep their sources byte for byte as the READMEs record them (git blob ids)', () => {
    for (const directory of [FIXTURE_CORPORA.mulan, FIXTURE_CORPORA.cc]) {
      const recorded = recordedSources(directory);
      const sources = filesBeside(directory).filter((name) => name !== 'README.md');
      expect([...recorded.keys()].sort()).toEqual(sources.sort());
      for (const [name, blob] of recorded) expect(gitBlobId(join(directory, name)), name).toBe(blob);
    }
  });
});

describe('toText on real documents', () => {
  it('gives back each language of the Mulan Public License as published (paragraph separation normalised as its README says)', () => {
    const sources = mulanSourceTexts();
    expect(sources.map((s) => `${s.edition}.${s.lang}`)).toEqual(['2020-12.en', '2021-05.zh', '2021-05.en']);
    for (const { edition, lang, text } of sources) {
      expect(separateParagraphsOnce(render(mulan, edition, lang)), `${edition} ${lang}`).toBe(separateParagraphsOnce(text));
    }
  });

  it('keeps every line break inside the notice template, which the normalisation cannot hide', () => {
    const template = (text: string) => text.slice(text.indexOf('Copyright (c) [Year]'), text.indexOf('for more details.') + 17);
    for (const { edition, lang, text } of mulanSourceTexts()) {
      expect(template(render(mulan, edition, lang)), `${edition} ${lang}`).toBe(template(text));
    }
  });

  it('gives back the CC BY 4.0 legal code in en, zh-Hans and zh-Hant byte for byte as the pages show it', () => {
    for (const { edition, lang, file } of CC_PAGES) {
      const expected = legalCodeText(file);
      expect(expected.length, file).toBeGreaterThan(3000);
      expect(render(cc, edition, lang), file).toBe(expected);
    }
  });

  it('gives back the constructs fixture byte for byte, blank line inside a preformatted block included', () => {
    for (const edition of ['2019', '2020-02-29']) {
      for (const lang of ['zh-Hant', 'en']) {
        const expected = readFileSync(join(FIXTURE_CORPORA.constructs, `${edition}.${lang}.txt`), 'utf8');
        expect(render(constructs, edition, lang), `${edition} ${lang}`).toBe(expected);
      }
    }
    expect(buildTree({ corpus: constructs, edition: '2019', lang: 'zh-Hant' }).omitted).toEqual(['romans']);
    expect(buildTree({ corpus: constructs, edition: '2020-02-29', lang: 'en' }).omitted).toEqual(['stems']);
  });

  it('writes every published string of every edition into the text of its language', () => {
    for (const [name, corpus] of ALL) {
      for (const document of corpus.documents) {
        for (const edition of document.editions) {
          for (const lang of document.languages) {
            const published = corpus.clauses.flatMap((clause) => {
              const translation = clause.editions[edition.id]?.[lang];
              return translation?.status === 'published' ? publishedStrings(translation).map((s) => s.text) : [];
            });
            if (published.length === 0) continue;
            const text = render(corpus, edition.id, lang);
            const front = [edition.title?.[lang], edition.dateline?.[lang]].filter((line) => line !== undefined);
            for (const string of [...front, ...published]) expect(text.includes(string), `${name} ${edition.id} ${lang}: ${string}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('export and parse', () => {
  it('round-trips every fixture: the canonical JSON is identical', () => {
    for (const [name, corpus] of ALL) {
      const exported = exportCorpus(corpus);
      expect(exportCorpus(parseCorpusJson(exported, `${name}.json`)), name).toBe(exported);
    }
  });
});

describe('resolveReference on real documents', () => {
  it('finds article 4 of the Mulan Public License from 第4条, Section 4 and 4., in both versions', () => {
    for (const edition of ['2020-12', '2021-05']) {
      for (const reference of ['第4条', 'Section 4', '4.', '第四条']) {
        expect(resolveReference(reference, { corpus: mulan, edition }), `${edition} ${reference}`).toEqual({
          id: 'distribution-restriction',
          anchor: 'distribution-restriction',
          number: '4',
          edition,
        });
      }
    }
    expect(resolveReference('0.', { corpus: mulan }).id).toBe('definitions');
  });

  it('finds CC BY 4.0 Section 4 from the way each language writes it', () => {
    for (const reference of ['Section 4', '第四条', '第4條', '4']) {
      expect(resolveReference(reference, { corpus: cc }).id, reference).toBe('sui-generis-database-rights');
    }
  });

  it('finds a roman article number', () => {
    expect(resolveReference('Article II', { corpus: constructs, edition: '2019' }).id).toBe('romans');
  });
});

describe('Traditional Chinese readers', () => {
  it('get zh-Hant where the document has it (CC BY 4.0)', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW']) {
      expect(buildTree({ corpus: cc, lang: tag }).languages, tag).toEqual(['zh-Hant']);
    }
    expect(buildTree({ corpus: cc, lang: 'zh-CN' }).languages).toEqual(['zh']);
  });

  it('are refused, never silently given Simplified text, where it has none (Mulan Public License)', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant']) {
      expect(() => buildTree({ corpus: mulan, lang: tag }), tag).toThrow(UnsupportedLocaleError);
      expect(() => negotiateLanguage(tag, { available: mulan.documents[0]!.languages }), tag).toThrow(UnsupportedLocaleError);
    }
    expect(buildTree({ corpus: mulan, lang: 'zh-TW', fallback: 'zh' }).languages).toEqual(['zh']);
  });
});

describe('in force on a date, with month-only and year-only release dates', () => {
  const inForce = (corpus: Corpus, at: string) => getEdition({ corpus, at }).id;

  it('picks the Mulan edition whose whole month is past, and refuses a day inside a release month', () => {
    expect(inForce(mulan, '2020-12-31')).toBe('2020-12');
    expect(inForce(mulan, '2021-04-30')).toBe('2020-12');
    expect(inForce(mulan, '2021-05-31')).toBe('2021-05');
    expect(() => inForce(mulan, '2020-11-30')).toThrow(NoEditionInForceError);
    expect(() => inForce(mulan, '2021-05-15')).toThrow(AmbiguousDateError);
    expect(() => inForce(mulan, '2021-05-15')).toThrow(expect.objectContaining({ code: 'AMBIGUOUS_DATE', candidates: ['2020-12', '2021-05'] }));
    expect(() => inForce(mulan, '2020-12-15')).toThrow(expect.objectContaining({ code: 'AMBIGUOUS_DATE', candidates: ['2020-12'] }));
  });

  it('treats a year-only edition as released by the end of that year', () => {
    expect(() => inForce(constructs, '2019-06-30')).toThrow(AmbiguousDateError);
    expect(inForce(constructs, '2019-12-31')).toBe('2019');
    expect(inForce(constructs, '2020-02-28')).toBe('2019');
    expect(inForce(constructs, '2020-02-29')).toBe('2020-02-29');
  });
});

describe('governing language per edition', () => {
  it('follows what each edition declares, and says null where it declares none', () => {
    const of = (corpus: Corpus, edition: string) => {
      const document = corpus.documents[0]!;
      return governingLanguageOf(document, document.editions.find((e) => e.id === edition)!);
    };
    expect(of(mulan, '2020-12')).toBe('zh');
    expect(of(mulan, '2021-05')).toBe('zh');
    expect(of(cc, '2020-01')).toBeNull();
    expect(of(constructs, '2019')).toBe('zh-Hant');
    expect(of(constructs, '2020-02-29')).toBeNull();
  });
});

/** Copies a fixture corpus to a temporary folder and edits one JSON file there; returns the copy. */
function editedCopy(directory: string, file: string, edit: (data: any) => void): string {
  const copy = mkdtempSync(join(tmpdir(), 'legal-clauses-fixture-'));
  cpSync(directory, copy, { recursive: true });
  const path = join(copy, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return copy;
}

/** Reads a fixture corpus with one JSON file edited, expecting it to be refused. */
async function readEdited(directory: string, file: string, edit: (data: any) => void): Promise<CorpusValidationError> {
  const copy = editedCopy(directory, file, edit);
  const error = await readCorpusDirectory(copy).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof CorpusValidationError)) throw new Error(`expected a CorpusValidationError for ${file}, got ${String(error)}`);
  return error;
}

const MULAN_V2 = (clause: string) => `mulan-publ/clauses/${clause}.json`;

/** Each new field broken in one place; the message must name the file, the JSON path and what was expected. */
const BAD_INPUT: {
  field: string;
  corpus: string;
  file: string;
  edit: (data: any) => void;
  /** The file the problem is reported in, when it is not the edited one. */
  reportedIn?: string;
  path: string;
  expected: RegExp;
}[] = [
  {
    field: 'number',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('language'),
    edit: (d) => (d.editions['2021-05'].number = '第 8 条'),
    path: 'editions["2021-05"].number',
    expected: /no spaces/,
  },
  {
    field: 'number (duplicate in an edition)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('language'),
    edit: (d) => (d.editions['2021-05'].number = '7'),
    reportedIn: 'mulan-publ/editions/2021-05.json',
    path: 'sections[0].clauses[9]',
    expected: /both have number '7'/,
  },
  {
    field: 'heading',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('language'),
    edit: (d) => (d.editions['2021-05'].zh.heading = ''),
    path: 'editions["2021-05"].zh.heading',
    expected: /must not be empty/,
  },
  {
    field: 'separator',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('distribution-restriction'),
    edit: (d) => (d.editions['2021-05'].zh.blocks[1].separator = '：'),
    path: 'editions["2021-05"].zh.blocks[1].separator',
    expected: /whitespace only/,
  },
  {
    field: 'item separator',
    corpus: FIXTURE_CORPORA.constructs,
    file: 'constructs/clauses/stems.json',
    edit: (d) => (d.editions['2020-02-29']['zh-Hant'].blocks[1].items[1].blocks[0].items[0].separator = 'x'),
    path: 'editions["2020-02-29"]["zh-Hant"].blocks[1].items[1].blocks[0].items[0].separator',
    expected: /whitespace only/,
  },
  {
    field: 'preformatted text',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('how-to-apply'),
    edit: (d) => (d.editions['2021-05'].zh.blocks[2].text = ''),
    path: 'editions["2021-05"].zh.blocks[2].text',
    expected: /must not be empty/,
  },
  {
    field: 'preformatted (unknown key)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('how-to-apply'),
    edit: (d) => (d.editions['2021-05'].zh.blocks[2].lines = 9),
    path: 'editions["2021-05"].zh.blocks[2]',
    expected: /lines/,
  },
  {
    field: 'preformatted lang',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('how-to-apply'),
    edit: (d) => (d.editions['2021-05'].zh.blocks[2].lang = 'english please'),
    path: 'editions["2021-05"].zh.blocks[2].lang',
    expected: /BCP 47/,
  },
  {
    field: 'span lang',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('exceptions'),
    edit: (d) => (d.editions['2021-05'].zh.blocks[0].text[1].lang = 'en_US!'),
    path: 'editions["2021-05"].zh.blocks[0].text',
    expected: /BCP 47/,
  },
  {
    field: 'list style',
    corpus: FIXTURE_CORPORA.cc,
    file: 'cc-by-4-0/clauses/definitions.json',
    edit: (d) => (d.editions['2020-01']['zh-Hant'].blocks[0].style = 'latin'),
    path: 'editions["2020-01"]["zh-Hant"].blocks[0].style',
    expected: /lower-alpha/,
  },
  {
    field: 'marker that does not fit the style',
    corpus: FIXTURE_CORPORA.cc,
    file: 'cc-by-4-0/clauses/license-conditions.json',
    edit: (d) => (d.editions['2020-01'].en.blocks[1].items[0].blocks[0].items[0].blocks[0].items[0].blocks[0].items[1].marker = '2.'),
    path: 'editions["2020-01"].en.blocks[1].items[0].blocks[0].items[0].blocks[0].items[0].blocks[0].items[1].marker',
    expected: /does not fit list style 'lower-roman'/,
  },
  {
    field: 'upper-roman marker',
    corpus: FIXTURE_CORPORA.constructs,
    file: 'constructs/clauses/romans.json',
    edit: (d) => (d.editions['2019'].en.blocks[0].items[3].marker = 'IIII.'),
    path: 'editions["2019"].en.blocks[0].items[3].marker',
    expected: /does not fit list style 'upper-roman'/,
  },
  {
    field: 'cjk-heavenly-stem marker',
    corpus: FIXTURE_CORPORA.constructs,
    file: 'constructs/clauses/stems.json',
    edit: (d) => (d.editions['2019']['zh-Hant'].blocks[1].items[1].marker = '二、'),
    path: 'editions["2019"]["zh-Hant"].blocks[1].items[1].marker',
    expected: /does not fit list style 'cjk-heavenly-stem'/,
  },
  {
    field: 'languages (unknown)',
    corpus: FIXTURE_CORPORA.cc,
    file: 'cc-by-4-0/document.json',
    edit: (d) => (d.languages = ['en', 'zh', 'zh-TW']),
    path: 'languages[2]',
    expected: /zh-Hant/,
  },
  {
    field: 'languages (twice)',
    corpus: FIXTURE_CORPORA.mulan,
    file: 'mulan-publ/document.json',
    edit: (d) => (d.languages = ['zh', 'en', 'zh']),
    path: 'languages',
    expected: /listed twice/,
  },
  {
    field: 'languages (one not stated by a clause)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('preamble'),
    edit: (d) => delete d.editions['2021-05'].zh,
    path: 'editions["2021-05"].zh',
    expected: /does not say whether 'zh' published it/,
  },
  {
    field: 'governingLanguage (null on a document)',
    corpus: FIXTURE_CORPORA.constructs,
    file: 'constructs/document.json',
    edit: (d) => (d.governingLanguage = null),
    path: 'governingLanguage',
    expected: /zh-Hant/,
  },
  {
    field: 'governingLanguage (not a language of the document)',
    corpus: FIXTURE_CORPORA.mulan,
    file: 'mulan-publ/editions/2021-05.json',
    edit: (d) => (d.governingLanguage = 'zh-Hant'),
    path: 'governingLanguage',
    expected: /not one of the languages/,
  },
  {
    field: 'title in a language the document does not declare',
    corpus: FIXTURE_CORPORA.mulan,
    file: 'mulan-publ/editions/2021-05.json',
    edit: (d) => (d.title['zh-Hant'] = '木蘭公共許可證'),
    path: 'title["zh-Hant"]',
    expected: /does not declare/,
  },
  {
    field: 'dateline (empty)',
    corpus: FIXTURE_CORPORA.mulan,
    file: 'mulan-publ/editions/2021-05.json',
    edit: (d) => (d.dateline.en = ''),
    path: 'dateline.en',
    expected: /must not be empty/,
  },
  {
    field: 'partial date (month 13)',
    corpus: FIXTURE_CORPORA.mulan,
    file: 'mulan-publ/editions/2021-05.json',
    edit: (d) => (d.id = '2021-13'),
    path: 'id',
    expected: /YYYY-MM/,
  },
  {
    field: 'partial date (one-digit month)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('preamble'),
    edit: (d) => {
      d.editions['2021-5'] = d.editions['2021-05'];
      delete d.editions['2021-05'];
    },
    path: 'editions["2021-5"]',
    expected: /key "2021-5" is not valid: edition id must be .*'YYYY-MM'/,
  },
  {
    field: 'partial date (order)',
    corpus: FIXTURE_CORPORA.constructs,
    file: 'constructs/editions/2019.json',
    edit: (d) => (d.id = '2021'),
    path: 'id',
    expected: /differs from its file name|oldest first/,
  },
  {
    field: 'topics (empty)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('warranty-and-liability'),
    edit: (d) => (d.topics = []),
    path: 'topics',
    expected: /at least one topic/,
  },
  {
    field: 'topics (twice)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('warranty-and-liability'),
    edit: (d) => (d.topics = ['warranty', 'liability', 'warranty']),
    path: 'topics',
    expected: /listed twice/,
  },
  {
    field: 'topics (unknown)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('warranty-and-liability'),
    edit: (d) => (d.topics = ['warranty', 'disclaimer']),
    path: 'topics[1]',
    expected: /liability/,
  },
  {
    field: 'topic (format 1 key in a format 2 file)',
    corpus: FIXTURE_CORPORA.mulan,
    file: MULAN_V2('warranty-and-liability'),
    edit: (d) => {
      d.topic = d.topics[0];
      delete d.topics;
    },
    path: '',
    expected: /Unrecognized key: "topic"/,
  },
];

describe('bad input in a corpus directory', () => {
  for (const { field, corpus, file, edit, reportedIn = file, path, expected } of BAD_INPUT) {
    it(`refuses a bad ${field}, naming the file, the JSON path and what was expected`, async () => {
      const error = await readEdited(corpus, file, edit);
      const issue = error.issues.find((candidate) => candidate.file.endsWith(reportedIn) && candidate.path === path && expected.test(candidate.message));
      expect(issue, `${field}: ${error.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('; ')}`).toBeDefined();
      expect(error.message, field).toContain(reportedIn);
    });
  }
});

describe('legal-clauses CLI on the fixtures', () => {
  /** Runs the CLI in process, as a user would from a shell. */
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const status = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colour: false }, '0.0.0-test');
    return { status, stdout, stderr };
  }

  it('renders a real fixture directory in the language asked for, and refuses zh-TW where there is no zh-Hant', async () => {
    const rendered = await cli(['render', '--corpus', FIXTURE_CORPORA.mulan, '--edition', '2021-05', '--lang', 'zh']);
    expect(rendered.status).toBe(0);
    expect(rendered.stdout).toContain('木兰公共许可证， 第2版\n\n2021年5月 http://license.coscl.org.cn/MulanPubL-2.0');
    const refused = await cli(['render', '--corpus', FIXTURE_CORPORA.mulan, '--lang', 'zh-TW']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^legal-clauses: no text matches --lang 'zh-TW'.*--fallback zh.*\n$/);
  });

  it('refuses a broken fixture in one line naming file, JSON path and what was expected, with exit 2', async () => {
    const copy = editedCopy(FIXTURE_CORPORA.cc, 'cc-by-4-0/clauses/scope.json', (d) => (d.editions['2020-01']['zh-Hant'].blocks[0].items[0].blocks[0].items[4].blocks[0].style = 'upper-greek'));
    const { status, stdout, stderr } = await cli(['render', '--corpus', copy]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toContain(join(copy, 'cc-by-4-0/clauses/scope.json'));
    expect(stderr).toContain('editions["2020-01"]["zh-Hant"].blocks[0].items[0].blocks[0].items[4].blocks[0].style');
    expect(stderr).toMatch(/expected one of .*"upper-alpha"/);
  });
});

import { diffCorpora, diffEditions } from '../../diff/edition-diff.js';
import type { UiLanguage } from '../../diff/labels.js';
import { formatDiffHtml } from '../../diff/to-html.js';
import { formatDiffJson } from '../../diff/to-json.js';
import { formatDiffMarkdown } from '../../diff/to-markdown.js';
import { formatDiffText } from '../../diff/to-terminal.js';
import type { EditionDiff } from '../../diff/types.js';
import { InvalidOptionsError } from '../../errors.js';
import { LANGUAGES, type Language } from '../../model/constants.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { inputsOf, writeOutputFile } from '../write-output.js';

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

const WRITERS: Readonly<Record<Format, (report: EditionDiff, uiLang: UiLanguage, colour: boolean) => string>> = {
  text: (report, uiLang, colour) => formatDiffText(report, { uiLang, colour }),
  markdown: (report, uiLang) => formatDiffMarkdown(report, { uiLang }),
  html: (report, uiLang) => formatDiffHtml(report, { uiLang }),
  json: (report) => formatDiffJson(report),
};

/** `legal-clauses diff`: parses the options, runs `diffEditions` or `diffCorpora`, prints a format. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare two editions, or two releases, clause by clause with word-level redlines',
  help: `Usage: legal-clauses diff [FROM] [TO] [--document D] [--from-corpus FILE] [--to-corpus FILE]
                        [--lang zh|en|zh,en] [--format text|markdown|html|json] [--ui-lang en|zh]
                        [--exit-code] [--output FILE] [--corpus FILE]

Compares two editions of a document: sections and clauses aligned by id (added, removed,
moved, changed), and each clause's text per language with a word-level redline (English by
words, Chinese by characters, whitespace changes shown). Flags translation drift: a language
that changed while another did not.

FROM and TO are edition ids. Without them: the latest edition (drafts included) and the
published edition before it. With one: FROM against the latest. A document with only one
edition has nothing to compare with (exit 2). With --from-corpus or --to-corpus (a release's
'legal-clauses export', or a directory like clauses/), FROM is looked up in the old corpus and
TO in the new one, each defaulting to that corpus's latest edition.

Options:
  --document D        the document id (default: the corpus's only document)
  --from-corpus FILE  the old corpus (default: --corpus, else the bundled one)
  --to-corpus FILE    the new corpus (default: --corpus, else the bundled one)
  --lang LANGS        the languages to compare: zh, en or zh,en (default: zh,en)
  --format FORMAT     text (default; colour in a terminal, [-old-]{+new+} without),
                      markdown (for a pull request), html (a self-contained review page),
                      or json (the contract in docs/diff.md)
  --ui-lang LANG      the language of the labels around the text: en (default) or zh
  --exit-code         exit 1 when there are differences, 0 when there are none (as git does)
  --output FILE       write to FILE instead of standard output (atomically; never over an input)
  --corpus FILE       a corpus JSON file (as written by 'export') or a directory like clauses/

Exit codes: 0 done (with --exit-code: no differences); 1 differences (with --exit-code);
2 bad input, such as an unknown edition or a document with a single edition.`,
  options: {
    document: { type: 'string' },
    'from-corpus': { type: 'string' },
    'to-corpus': { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    'ui-lang': { type: 'string' },
    'exit-code': { type: 'boolean' },
    output: { type: 'string' },
  },
  maxPositionals: 2,
  async run(values, positionals, io) {
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const uiLang = choiceOption(values, 'ui-lang', LANGUAGES, 'en');
    const languages = parseLanguages(stringOption(values, 'lang'));
    const output = stringOption(values, 'output');
    if (output === '') throw new InvalidOptionsError('--output needs a file name');
    const [from, to] = positionals;
    const options = { document: stringOption(values, 'document'), from, to, languages };

    const corpus = stringOption(values, 'corpus');
    const fromCorpus = stringOption(values, 'from-corpus');
    const toCorpus = stringOption(values, 'to-corpus');
    const need = { document: options.document, single: true };
    const report =
      fromCorpus === undefined && toCorpus === undefined
        ? diffEditions(await loadCorpusOption(corpus, need), options)
        : diffCorpora(await loadCorpusOption(fromCorpus ?? corpus, need), await loadCorpusOption(toCorpus ?? corpus, need), options);

    const text = WRITERS[format](report, uiLang, io.colour && output === undefined);
    if (output === undefined) io.stdout(text);
    else await writeOutputFile(output, text, inputsOf(values));
    return values['exit-code'] === true && !report.identical ? 1 : 0;
  },
};

function parseLanguages(value: string | undefined): Language[] | undefined {
  if (value === undefined) return undefined;
  const languages = value.split(',').map((part) => part.trim());
  const known = LANGUAGES as readonly string[];
  const wrong = languages.filter((language) => !known.includes(language));
  if (languages.length === 0 || wrong.length > 0 || new Set(languages).size !== languages.length) {
    throw new InvalidOptionsError(`--lang must be zh, en, zh,en or en,zh (received '${value}')`);
  }
  return languages as Language[];
}

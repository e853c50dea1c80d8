import { diffCorpora, diffEditions } from '../../diff/edition-diff.js';
import type { UiLanguage } from '../../diff/labels.js';
import { formatDiffHtml } from '../../diff/to-html.js';
import { formatDiffJson } from '../../diff/to-json.js';
import { formatDiffMarkdown } from '../../diff/to-markdown.js';
import { formatDiffText } from '../../diff/to-terminal.js';
import type { DiffSource, EditionDiff } from '../../diff/types.js';
import { TYPOGRAPHIC_KINDS, type TypographicKind } from '../../diff/typography.js';
import { InvalidOptionsError } from '../../errors.js';
import { LANGUAGES, type Language } from '../../model/constants.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { isReleaseArgument, loadSides } from '../release-sides.js';
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
  help: `Usage: legal-clauses diff [FROM] [TO] [--document D] [--lang zh|en|zh,en]
                        [--format text|markdown|html|json] [--ui-lang en|zh] [--ignore typographic|KIND,...]
                        [--exit-code] [--output FILE]
       legal-clauses diff NAME@VERSION [NAME@VERSION] [--offline] [options]
       legal-clauses diff --from SOURCE [--to SOURCE] [--offline] [options]

Compares two editions of a document: sections and clauses aligned by id (added, removed,
moved, changed), and each clause's text per language with a word-level redline (English by
words, Chinese by characters, whitespace changes shown): paragraphs and sentences paired by
content, so that a moved one shows as a move with its own edits; every change classed as
substantive or typographic (whitespace, wrapping, punctuation-width, quotes, case); a
departures table per clause. Flags translation drift: a language that changed while another
did not.

FROM and TO are edition ids. Without them: the latest edition (drafts included) and the
published edition before it. With one: FROM against the latest. A document with only one
edition has nothing to compare with (exit 2).

Two releases: 'legal-clauses diff legal-clauses@1.0.0 legal-clauses@1.1.0' compares the latest
edition of each release; 'legal-clauses diff legal-clauses@latest' compares the installed
version (found in node_modules from here upwards) with the latest release. A SOURCE of --from
and --to is a package spec (name@version, name@tag, name@range), a tarball (.tgz), an installed
package directory, or a corpus (a JSON file written by 'export', or a directory like clauses/).
Releases are fetched as npm fetches them (your .npmrc: registry, scopes, auth tokens) into npm's
cache; a release from a registry must match its dist.integrity, and every release must match
the lock it ships (clauses/lock.json), or it is refused (exit 2) before anything is compared.

Options:
  --document D        the document id (default: the corpus's only document)
  --from SOURCE       the old side: a release or a corpus (default: the installed version)
  --to SOURCE         the new side (default: the installed version)
  --offline           fetch nothing: releases come from npm's cache, or fail saying so
  --from-corpus FILE  the old corpus (default: --corpus, else the bundled one)
  --to-corpus FILE    the new corpus (default: --corpus, else the bundled one)
  --lang LANGS        the languages to compare: zh, en or zh,en (default: zh,en)
  --format FORMAT     text (default; colour in a terminal, [-old-]{+new+} without),
                      markdown (for a pull request), html (a self-contained review page),
                      or json (the contract in docs/diff.md)
  --ui-lang LANG      the language of the labels around the text: en (default) or zh
  --ignore KINDS      do not mark typographic changes of these kinds: typographic (all), or
                      some of whitespace, wrapping, punctuation-width, quotes, case; nor count
                      them for --exit-code (JSON keeps them, with their class)
  --exit-code         exit 1 when there are differences, 0 when there are none (as git does)
  --output FILE       write to FILE instead of standard output (atomically; never over an input)
  --corpus FILE       a corpus JSON file (as written by 'export') or a directory like clauses/

Exit codes: 0 done (with --exit-code: no differences); 1 differences (with --exit-code);
2 bad input, such as an unknown edition, a document with a single edition, or a release that
cannot be fetched or is refused (integrity, lock).`,
  options: {
    document: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    offline: { type: 'boolean' },
    'from-corpus': { type: 'string' },
    'to-corpus': { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    'ui-lang': { type: 'string' },
    ignore: { type: 'string' },
    'exit-code': { type: 'boolean' },
    output: { type: 'string' },
  },
  maxPositionals: 2,
  async run(values, positionals, io) {
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const uiLang = choiceOption(values, 'ui-lang', ['zh', 'en'] as const, 'en');
    const languages = parseLanguages(stringOption(values, 'lang'));
    const output = stringOption(values, 'output');
    if (output === '') throw new InvalidOptionsError('--output needs a file name');
    const byRelease = positionals.filter(isReleaseArgument);
    if (byRelease.length > 0 && byRelease.length < positionals.length) {
      throw new InvalidOptionsError(`FROM and TO are two editions or two releases, not one of each (received ${positionals.map((p) => `'${p}'`).join(' ')})`);
    }
    const [from, to] = byRelease.length > 0 ? [undefined, undefined] : positionals;
    const options = { document: stringOption(values, 'document'), from, to, languages, ignore: parseIgnore(stringOption(values, 'ignore')) };

    const corpus = stringOption(values, 'corpus');
    const fromCorpus = stringOption(values, 'from-corpus');
    const toCorpus = stringOption(values, 'to-corpus');
    const sides = sideArguments(values, byRelease);
    let report: EditionDiff;
    if (sides !== undefined) {
      if (fromCorpus !== undefined || toCorpus !== undefined) throw new InvalidOptionsError('--from-corpus and --to-corpus cannot be combined with --from, --to or releases');
      const loaded = await loadSides(sides, { offline: values.offline === true, corpus });
      report = withSources(diffCorpora(loaded.from.corpus, loaded.to.corpus, options), loaded.from.source, loaded.to.source);
    } else {
      if (values.offline === true) throw new InvalidOptionsError('--offline applies to releases: name them (legal-clauses diff name@1.0.0 name@1.1.0)');
      const need = { document: options.document, single: true };
      report =
        fromCorpus === undefined && toCorpus === undefined
          ? diffEditions(await loadCorpusOption(corpus, need), options)
          : diffCorpora(await loadCorpusOption(fromCorpus ?? corpus, need), await loadCorpusOption(toCorpus ?? corpus, need), options);
    }

    const text = WRITERS[format](report, uiLang, io.colour && output === undefined);
    if (output === undefined) io.stdout(text);
    else await writeOutputFile(output, text, inputsOf(values));
    return values['exit-code'] === true && !report.identical ? 1 : 0;
  },
};

function parseIgnore(value: string | undefined): (TypographicKind | 'typographic')[] | undefined {
  if (value === undefined) return undefined;
  const known: readonly string[] = ['typographic', ...TYPOGRAPHIC_KINDS];
  const kinds = value.split(',').map((part) => part.trim());
  const wrong = kinds.filter((kind) => !known.includes(kind));
  if (kinds.length === 0 || wrong.length > 0) {
    throw new InvalidOptionsError(`--ignore takes typographic or a comma-separated list of ${TYPOGRAPHIC_KINDS.join(', ')} (received '${value}')`);
  }
  return kinds as (TypographicKind | 'typographic')[];
}

/** FROM and TO as releases or corpora: from --from/--to, or from release positionals (one alone is TO). */
function sideArguments(values: Parameters<Command['run']>[0], byRelease: readonly string[]): { from?: string; to?: string } | undefined {
  const from = stringOption(values, 'from');
  const to = stringOption(values, 'to');
  if (byRelease.length > 0) {
    if (from !== undefined || to !== undefined) throw new InvalidOptionsError('name the releases either as FROM and TO or with --from and --to, not both');
    return byRelease.length === 2 ? { from: byRelease[0]!, to: byRelease[1]! } : { to: byRelease[0]! };
  }
  if (from === '' || to === '') throw new InvalidOptionsError('--from and --to need a release or a corpus');
  if (from === undefined && to === undefined) return undefined;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** The report with both sides named first, so that every format's header shows them. */
function withSources(report: EditionDiff, from: DiffSource, to: DiffSource): EditionDiff {
  const { format, ...rest } = report;
  return { format, sources: { from, to }, ...rest };
}

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

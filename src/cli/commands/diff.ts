import { diffCorpora, diffEditions } from '../../diff/edition-diff.js';
import { uiLanguageOf, type UiLanguage } from '../../diff/labels.js';
import { formatDiffText } from '../../diff/to-terminal.js';
import type { DiffSource, EditionDiff } from '../../diff/types.js';
import { TYPOGRAPHIC_KINDS, type TypographicKind } from '../../diff/typography.js';
import { InvalidOptionsError, NoPreviousEditionError, UnsupportedLocaleError, unsupportedLocaleMessage } from '../../errors.js';
import { resolveDocument } from '../../lookup/resolve.js';
import type { Corpus } from '../../model/types.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { quote } from '../../util/quote.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { fallbackOption, langOption, noteUnusedFallback, withLanguageFlags } from '../language-options.js';
import { loadCorpusOption } from '../load-corpus.js';
import { isReleaseArgument, loadSides } from '../release-sides.js';
import { inputsOf, writeOutputFile } from '../write-output.js';

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The writer of each format; all but the default text are loaded only when asked for. */
const WRITERS: Readonly<Record<Format, (report: EditionDiff, uiLang: UiLanguage, colour: boolean) => string | Promise<string>>> = {
  text: (report, uiLang, colour) => formatDiffText(report, { uiLang, colour }),
  markdown: async (report, uiLang) => (await import('../../diff/to-markdown.js')).formatDiffMarkdown(report, { uiLang }),
  html: async (report, uiLang) => (await import('../../diff/to-html.js')).formatDiffHtml(report, { uiLang }),
  json: async (report) => (await import('../../diff/to-json.js')).formatDiffJson(report),
};

/** `legal-clauses diff`: parses the options, runs `diffEditions` or `diffCorpora`, prints a format. */
export const diffCommand: Command = {
  name: 'diff',
  help: `Usage: legal-clauses diff [FROM] [TO] [--document D] [--from-corpus FILE] [--to-corpus FILE]
                        [--lang TAGS] [--fallback LANGS] [--format text|markdown|html|json]
                        [--ui-lang TAG] [--ignore typographic|KIND,...] [--exit-code] [--output FILE]
                        [--corpus FILE]
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
  --lang TAGS         the languages to compare, in this order: zh, en, zh,en; any BCP 47 tag
                      works: zh-CN, en-GB (default: every language of the document)
  --fallback LANGS    languages to accept for a tag of --lang that matches none
  --format FORMAT     text (default; colour in a terminal, [-old-]{+new+} without),
                      markdown (for a pull request), html (a self-contained review page),
                      or json (the contract in docs/diff.md)
  --ui-lang TAG       the language of the labels around the text: en (default) or zh; any
                      BCP 47 tag works: zh-CN, en-GB (the Chinese labels are Simplified)
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
    fallback: { type: 'string' },
    format: { type: 'string' },
    'ui-lang': { type: 'string' },
    ignore: { type: 'string' },
    'exit-code': { type: 'boolean' },
    output: { type: 'string' },
  },
  maxPositionals: 2,
  async run(values, positionals, io) {
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const uiLang = uiLanguageOption(values);
    const languages = langOption(values);
    const fallback = fallbackOption(values);
    const output = stringOption(values, 'output');
    if (output === '') throw new InvalidOptionsError('--output needs a file name');
    const byRelease = positionals.filter(isReleaseArgument);
    if (byRelease.length > 0 && byRelease.length < positionals.length) {
      throw new InvalidOptionsError(`FROM and TO are two editions or two releases, not one of each (received ${positionals.map((p) => `'${p}'`).join(' ')})`);
    }
    const [from, to] = byRelease.length > 0 ? [undefined, undefined] : positionals;
    const options = { document: stringOption(values, 'document'), from, to, languages, fallback, ignore: parseIgnore(stringOption(values, 'ignore')) };

    const corpus = stringOption(values, 'corpus');
    const fromCorpus = stringOption(values, 'from-corpus');
    const toCorpus = stringOption(values, 'to-corpus');
    const sides = sideArguments(values, byRelease);
    let report: EditionDiff;
    let compared: Corpus[];
    if (sides !== undefined) {
      if (fromCorpus !== undefined || toCorpus !== undefined) throw new InvalidOptionsError('--from-corpus and --to-corpus cannot be combined with --from, --to or releases');
      const loaded = await loadSides(sides, { offline: values.offline === true, corpus });
      compared = [loaded.from.corpus, loaded.to.corpus];
      report = withSources(await withLanguageFlags(() => diffCorpora(loaded.from.corpus, loaded.to.corpus, options)), loaded.from.source, loaded.to.source);
    } else {
      if (values.offline === true) throw new InvalidOptionsError('--offline applies to releases: name them (legal-clauses diff name@1.0.0 name@1.1.0)');
      const need = { document: options.document, single: true };
      const [old, now] =
        fromCorpus === undefined && toCorpus === undefined
          ? [await loadCorpusOption(corpus, need), undefined]
          : [await loadCorpusOption(fromCorpus ?? corpus, need), await loadCorpusOption(toCorpus ?? corpus, need)];
      compared = now === undefined ? [old] : [old, now];
      report = await withLanguageFlags(() => {
        try {
          return now === undefined ? diffEditions(old, options) : diffCorpora(old, now, options);
        } catch (error) {
          throw error instanceof NoPreviousEditionError ? nothingToCompare(error, values) : error;
        }
      });
    }
    noteUnusedFallback(io, { tags: languages, fallback, available: compared.flatMap((side) => resolveDocument(side, report.document.id).languages), several: 'columns' });

    const text = await WRITERS[format](report, uiLang, io.colour && output === undefined);
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
    const suggestion = wrong[0] === undefined ? undefined : didYouMean(wrong[0], known);
    throw new InvalidOptionsError(
      `--ignore takes typographic or a comma-separated list of ${TYPOGRAPHIC_KINDS.join(', ')} (received ${quote(value)})${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`,
    );
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

/** `--ui-lang`: a BCP 47 tag matched against the languages of the labels, as every language option is. */
function uiLanguageOption(values: Parameters<Command['run']>[0]): UiLanguage {
  const tags = langOption(values, 'ui-lang');
  try {
    return uiLanguageOf(tags);
  } catch (error) {
    if (!(error instanceof UnsupportedLocaleError)) throw error;
    throw new InvalidOptionsError(unsupportedLocaleMessage(`--ui-lang ${quote(error.locale)}`, error.available, error.suggestion, (lang) => `use --ui-lang ${lang}`, 'labels'));
  }
}

/**
 * What to run instead when there is no previous edition, from the corpus at hand: its own
 * editions by id when it has several, another corpus when it has one; with the options given
 * (`--corpus`, `--document`), so that the command runs as printed.
 */
function nothingToCompare(error: NoPreviousEditionError, values: Parameters<Command['run']>[0]): InvalidOptionsError {
  const given = (['document', 'corpus'] as const).flatMap((name) => {
    const value = stringOption(values, name);
    return value === undefined ? [] : [`--${name} ${/^[\w./@-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`}`];
  });
  const command = (...args: string[]) => ['legal-clauses diff', ...args, ...given].join(' ');
  const [first] = error.available;
  if (error.available.length > 1 && first !== undefined) {
    return new InvalidOptionsError(
      `document '${error.documentId}' has no published edition before ${error.edition} (editions: ${error.available.join(', ')}), so there is no previous edition to compare it with; name the two to compare: ${command(first, error.edition)}`,
    );
  }
  return new InvalidOptionsError(
    `document '${error.documentId}' has only one edition (${error.edition}), so there is nothing to compare it with in this corpus; compare it with the corpus of another release: ${command('--from-corpus', 'OLD.json')} (OLD.json written by 'legal-clauses export' of that release), or name two releases: legal-clauses diff NAME@OLD NAME@NEW`,
  );
}

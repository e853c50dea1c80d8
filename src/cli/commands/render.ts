import { InvalidOptionsError } from '../../errors.js';
import { resolveDocument } from '../../lookup/resolve.js';
import { buildTree } from '../../render/bundled.js';
import { toHtml } from '../../render/to-html.js';
import { toMarkdown } from '../../render/to-markdown.js';
import { toText } from '../../render/to-text.js';
import { toHtmlPage } from '../../render/page.js';
import type { DocumentNode } from '../../render/types.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { fallbackOption, langOption, noteUnusedFallback, withLanguageFlags } from '../language-options.js';
import { reportJson } from '../../util/report-json.js';
import { loadCorpusOption } from '../load-corpus.js';
import { inputsOf, writeOutputFile } from '../write-output.js';

const FORMATS = ['text', 'markdown', 'html', 'html-fragment', 'json'] as const;
type Format = (typeof FORMATS)[number];

const WRITERS: Readonly<Record<Format, (tree: DocumentNode, frame: boolean) => string>> = {
  text: (tree, frame) => toText(tree, { frame }),
  markdown: (tree, frame) => toMarkdown(tree, { frame }),
  html: (tree, frame) => toHtmlPage(tree, { frame }),
  'html-fragment': (tree, frame) => toHtml(tree, { frame }),
  json: (tree) => reportJson(tree),
};

/** `legal-clauses render`: an edition as text, Markdown, HTML or its tree; the work is done by `buildTree` and the serialisers. */
export const renderCommand: Command = {
  name: 'render',
  help: `Usage: legal-clauses render [--document D] [--edition E | --at DATE] [--lang TAGS]
                          [--format text|markdown|html|html-fragment|json] [--output FILE]
                          [--fallback LANGS] [--no-frame] [--corpus FILE]

Renders a whole edition of a document, exactly as published. In one language it is that
language's document (clauses the language did not publish are left out, and named on stderr);
in zh,en the two languages are aligned clause by clause, with a note where one is missing.
A frame (the document's catalogue title and the release date) precedes the text.

Options:
  --document D       the document id (default: the corpus's only document)
  --edition E        an edition id, such as 2003-04-15 (default: the latest published)
  --at DATE          the edition in force on DATE (YYYY-MM-DD)
  --lang TAGS        the languages, in column order: zh, en, zh,en; any BCP 47 tag works:
                     zh-CN, en-GB (zh-TW gets Traditional Chinese only, never Simplified)
                     (default: every language, the governing one first)
  --format FORMAT    text (default), markdown, html (a standalone page), html-fragment
                     (an <article> to embed), or json (the tree, see docs/tree.md)
  --output FILE      write to FILE instead of standard output, byte for byte (on standard
                     output, controls and invisible characters are shown as ⟨U+XXXX⟩);
                     written atomically, never over an input
  --fallback LANGS   with one language: show the clauses it did not publish in LANGS (zh,
                     en-GB…), each marked with a note; also accepted for a tag of --lang that
                     matches no language (a note says when it can have no effect)
  --no-frame         leave out the title and release date: the published text alone
  --corpus FILE      a corpus JSON file (as written by 'export') or a directory like clauses/`,
  options: {
    document: { type: 'string' },
    edition: { type: 'string' },
    at: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    fallback: { type: 'string' },
    'no-frame': { type: 'boolean' },
  },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const fallback = fallbackOption(values);
    const lang = langOption(values);
    const output = stringOption(values, 'output');
    if (output === '') throw new InvalidOptionsError('--output needs a file name');
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document'), single: true });
    const tree = await withLanguageFlags(() =>
      buildTree({ corpus, document: stringOption(values, 'document'), edition: stringOption(values, 'edition'), at: stringOption(values, 'at'), lang, fallback }),
    );
    const edition = tree.children.find((child) => child.type === 'edition');
    noteUnusedFallback(io, { tags: lang, fallback, available: edition?.declaredLanguages ?? tree.languages, several: 'columns' });
    const rendered = WRITERS[format](tree, values['no-frame'] !== true);

    if (output === undefined) io.stdout(rendered);
    else await writeOutputFile(output, rendered, inputsOf(values));
    if (tree.omitted.length > 0) {
      const [only] = tree.languages;
      // The other languages of this document, to name the options that would show the clauses.
      const others = resolveDocument(corpus, tree.id).languages.filter((candidate) => candidate !== only);
      io.stderr(
        `legal-clauses: note: ${tree.omitted.length} ${tree.omitted.length === 1 ? 'clause was' : 'clauses were'} not published in ${only} in edition ${edition?.id} and ${tree.omitted.length === 1 ? 'is' : 'are'} left out: ${tree.omitted.join(', ')} (--fallback ${others[0]} includes them; --lang ${[only, ...others].join(',')} shows ${others.length > 1 ? 'all' : 'both'})\n`,
      );
    }
    return 0;
  },
};

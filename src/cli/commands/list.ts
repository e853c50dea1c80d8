import { listClauses } from '../../lookup/clauses.js';
import { getEdition } from '../../lookup/documents.js';
import { resolveDocument } from '../../lookup/resolve.js';
import { governingLanguageOf } from '../../model/governing.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { reportJson } from '../../util/report-json.js';
import { loadCorpusOption } from '../load-corpus.js';
import { formatTable } from '../../util/text-table.js';

export const listCommand: Command = {
  name: 'list',
  help: `Usage: legal-clauses list [--document D] [--edition E | --at DATE] [--format text|json] [--corpus FILE]

Lists the clauses of an edition in reading order: section, topic, and whether each language
published the clause. Without --edition or --at: the latest published edition.

Options:
  --document D       the document (default: the corpus's only document)
  --edition E        an edition id, such as 2003-04-15
  --at DATE          the edition in force on DATE (YYYY-MM-DD)
  --format FORMAT    text (default) or json
  --corpus FILE      a corpus JSON file (as written by 'export') or a directory like clauses/`,
  options: {
    document: { type: 'string' },
    edition: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string' },
  },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document'), single: true });
    const selector = {
      corpus,
      document: stringOption(values, 'document'),
      edition: stringOption(values, 'edition'),
      at: stringOption(values, 'at'),
    };
    const document = resolveDocument(corpus, selector.document);
    const edition = getEdition(selector);
    const clauses = listClauses(selector);

    if (format === 'json') {
      const editions = document.editions.map(({ id, status }) => ({ id, status }));
      const governingLanguage = governingLanguageOf(document, edition);
      io.stdout(reportJson({ document: document.id, languages: document.languages, governingLanguage, edition: edition.id, editions, clauses }));
      return 0;
    }
    const editions = document.editions.map((e) => `${e.id}${e.status === 'draft' ? ' (draft)' : ''}`).join(', ');
    io.stdout(
      `${document.id} — ${document.languages.map((lang) => document.title[lang]).join(' / ')}; governing language: ${governingLanguageOf(document, edition) ?? 'not declared'}\n` +
        `editions: ${editions}\nedition ${edition.id} (${edition.status}), ${clauses.length} clauses:\n\n` +
        formatTable(
          ['#', 'clause', 'section', 'topics', ...document.languages],
          clauses.map((clause, i) => [
            clause.number ?? String(i + 1),
            clause.id,
            clause.section,
            clause.topics.join(', '),
            ...document.languages.map((lang) => clause.languages[lang] ?? 'missing'),
          ]),
        ),
    );
    return 0;
  },
};

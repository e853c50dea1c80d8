import { parityReport } from '../../checks/parity.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { fails, failOnOption, summarizeSeverities } from '../severity-option.js';
import { formatTable } from '../table.js';
import { terminalSafeJson } from '../json-output.js';

/** `legal-clauses parity`: per edition, clause and language, what was published; missing governing text and translation drift. */
export const parityCommand: Command = {
  name: 'parity',
  help: `Usage: legal-clauses parity [--document D] [--edition E] [--format text|json] [--fail-on LEVEL] [--corpus PATH]

Reports, per edition and clause, whether each language published the text, with the document's
governing language. Findings: the governing language lacks a clause another language has
(warning: the other text has no governing version to prevail over it); another language lacks
one (note); a clause changed since the previous edition in one language but not in another
(translation drift, warning).

Options:
  --document D       only this document (default: every document)
  --edition E        only this edition (drift is still measured against the one before it)
  --format FORMAT    text (default) or json
  --fail-on LEVEL    exit 1 on findings of this severity or worse: error (default), warning,
                     note, or never
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)`,
  options: {
    document: { type: 'string' },
    edition: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
  },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const failOn = failOnOption(values);
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document') });
    const report = parityReport(corpus, { document: stringOption(values, 'document'), edition: stringOption(values, 'edition') });
    const failed = fails(report.findings.map((finding) => finding.severity), failOn);

    if (format === 'json') {
      io.stdout(`${terminalSafeJson(report)}\n`);
      return failed ? 1 : 0;
    }
    const parts = report.editions.map((edition) => {
      const header = `${edition.document}@${edition.edition} (${edition.status}); governing language: ${edition.governingLanguage ?? 'not declared'}; published: ${edition.languages.map((lang) => `${lang} ${edition.published[lang] ?? 0}/${edition.clauses.length}`).join(', ')}`;
      const table = formatTable(
        ['#', 'clause', 'section', ...edition.languages.map((lang) => (lang === edition.governingLanguage ? `${lang} (governing)` : lang))],
        edition.clauses.map((clause, i) => [String(i + 1), clause.clause, clause.section, ...edition.languages.map((lang) => clause.languages[lang] ?? 'missing')]),
      );
      return `${header}\n\n${table}`;
    });
    const findings = report.findings.map((finding) => `${finding.severity.padEnd(7)}  ${finding.rule}  ${finding.message}`);
    io.stdout(`${parts.join('\n')}\n${findings.length > 0 ? `${findings.join('\n')}\n\n` : ''}${summarizeSeverities(report.findings.map((finding) => finding.severity))}\n`);
    return failed ? 1 : 0;
  },
};

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { changesetCoverage, type MarkdownFile } from '../../checks/changelog/coverage.js';
import { FileNotReadableError, InvalidOptionsError } from '../../errors.js';
import { stringOption, type Command, type Io } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { readOptionalComments } from '../../node/trust-files.js';
import { reportJson } from '../../util/report-json.js';
import { reportOutput } from '../report-command.js';

/** `legal-clauses changeset`: drafts the changeset of a corpus change, or checks that every edition is described by one. */
export const changesetCommand: Command = {
  name: 'changeset',
  help: `Usage: legal-clauses changeset <base> [--corpus PATH] [--format markdown|json] [--package NAME]
       legal-clauses changeset --check [--corpus PATH] [--changesets DIR] [--changelog FILE]

Drafts a changeset (.changeset/<name>.md) for the change from the corpus <base> (a corpus JSON
file or a directory like clauses/, such as the last release's) to the corpus: the release type
the version policy calls for; editions added, published, revised or removed; per language the
clauses added, removed and changed, with the changed words; acceptance records; and one marker
per edition described. Changesets copy it into CHANGELOG.md on release.

With --check: fails unless every edition of the corpus, as it is now, is described by a pending
changeset or by CHANGELOG.md (their markers), naming each edition that is not.

Options:
  --corpus PATH      the corpus after the change (default: the bundled corpus)
  --format FORMAT    markdown (default) or json
  --package NAME     the package the changeset releases (default: legal-clauses)
  --changesets DIR   where pending changesets are (default: .changeset)
  --changelog FILE   the released changelog (default: CHANGELOG.md; may not exist yet)

Exit codes: 0 drafted, or every edition described; 1 nothing changed, or an edition is not
described; 2 bad input.`,
  options: {
    check: { type: 'boolean' },
    format: { type: 'string' },
    package: { type: 'string' },
    changesets: { type: 'string' },
    changelog: { type: 'string' },
  },
  maxPositionals: 1,
  async run(values, positionals, io) {
    if (values.check) {
      if (positionals.length > 0) throw new InvalidOptionsError(`--check takes no base corpus (received '${positionals[0]}')`);
      return check(io, stringOption(values, 'corpus'), stringOption(values, 'changesets') ?? '.changeset', stringOption(values, 'changelog') ?? 'CHANGELOG.md');
    }
    const basePath = positionals[0];
    if (basePath === undefined) {
      throw new InvalidOptionsError("changeset needs the corpus before the change, such as 'legal-clauses changeset last-release.json --corpus clauses' (or --check)");
    }
    const output = reportOutput(values, ['markdown', 'json']);
    const base = await loadCorpusOption(basePath);
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    // The diff engine is loaded for a draft only; --check needs the editions' fingerprints alone.
    const [{ diffReleases }, { formatChangeset }] = await Promise.all([import('../../checks/changelog/diff-releases.js'), import('../../checks/changelog/format-changeset.js')]);
    const changes = diffReleases(base, corpus);
    if (output.format === 'json') return output.print(io, reportJson(changes), { failed: changes.releaseType === 'none' });
    const markdown = formatChangeset(changes, { packageName: stringOption(values, 'package') });
    if (markdown === undefined) {
      io.stderr(`legal-clauses: the corpus is the same as ${basePath}: nothing to describe\n`);
      return 1;
    }
    io.stdout(markdown);
    return 0;
  },
};

async function check(io: Io, corpusPath: string | undefined, directory: string, changelog: string): Promise<number> {
  const corpus = await loadCorpusOption(corpusPath);
  const files: MarkdownFile[] = [];
  let names: string[];
  try {
    // Synchronous, as the files are read (src/node/small-file.ts says why).
    names = readdirSync(directory).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
  } catch (error) {
    throw new FileNotReadableError(directory, 'no such directory (where are the pending changesets? see --changesets)', { cause: error });
  }
  // Only their comments, where the markers are: the prose is not needed (readOptionalComments).
  for (const name of names) {
    const file = join(directory, name);
    files.push({ file, text: (await readOptionalComments(file)) ?? '' });
  }
  const released = await readOptionalComments(changelog);
  if (released !== undefined) files.push({ file: changelog, text: released });

  const coverage = changesetCoverage(corpus, files);
  if (coverage.ok) {
    io.stdout(`every edition is described by a changeset (${files.map((file) => file.file).join(', ') || 'none read'})\n`);
    return 0;
  }
  io.stdout(
    [
      `${coverage.undescribed.length} ${coverage.undescribed.length === 1 ? 'edition is' : 'editions are'} not described by a changeset in ${directory}/ or ${changelog}:`,
      ...coverage.undescribed.map((edition) => `  ${edition.message}; the changeset describing it ends with:\n    ${edition.marker}`),
      `Draft one with 'legal-clauses changeset <last release's corpus> --corpus clauses' (npm run changeset:corpus), read it, and save it in ${directory}/.`,
    ].join('\n') + '\n',
  );
  return 1;
}

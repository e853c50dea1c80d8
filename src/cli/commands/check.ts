import { formatLock } from '../../checks/lock-file.js';
import { updateLock } from '../../checks/lock.js';
import { formatLockUpdateJson, formatLockUpdateText, formatVerificationJson, formatVerificationMarkdown, formatVerificationText } from '../../checks/format-verification.js';
import { verifyCorpus } from '../../checks/verify-corpus.js';
import { FileNotReadableError, InvalidOptionsError } from '../../errors.js';
import type { Corpus } from '../../model/types.js';
import { lockProblemPlace } from '../../node/corpus-layout.js';
import { corpusSource, lockFileOf } from '../../node/corpus-source.js';
import { readOptionalLockFile } from '../../node/trust-files.js';
import { stringOption, type Command, type Io } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { reportOutput, type ReportOutput } from '../report-command.js';

/** `legal-clauses check`: published editions against the lock, a corpus file against its embedded hashes; `--update` grows the lock. */
export const checkCommand: Command = {
  name: 'check',
  help: `Usage: legal-clauses check [--corpus PATH] [--lock FILE] [--strict] [--format text|markdown|json]
       legal-clauses check --update --corpus DIR [--lock FILE]

Checks that no published edition moved: every locked edition must still be published, with the
same sections, headings, clause order and text in every language. Each difference is named by
document, edition, clause and language. Drafts, and published editions not yet locked, pass.

  (no --corpus)      the bundled corpus against the lock shipped with the package
  --corpus DIR       a directory like clauses/ against DIR/lock.json
  --corpus FILE      a corpus JSON file (from 'export') against the hashes it carries,
                     and against --lock FILE when given

Options:
  --lock FILE        the lock to check against (default: lock.json in the corpus directory)
  --update           add newly published editions to the lock; a locked edition is never
                     changed (the update is refused, and nothing written, if one differs)
  --strict           also fail when a published edition is not locked yet
  --format FORMAT    text (default), markdown (for a pull request) or json
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)

Exit codes: 0 nothing moved; 1 something did (or the update was refused); 2 bad input.`,
  options: {
    lock: { type: 'string' },
    update: { type: 'boolean' },
    strict: { type: 'boolean' },
    format: { type: 'string' },
  },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const output = reportOutput(values, ['text', 'markdown', 'json']);
    const source = await corpusSource(stringOption(values, 'corpus'));
    const lockFile = lockFileOf(source, stringOption(values, 'lock'));
    if (values.update && (source.kind === 'bundled' || lockFile === undefined)) {
      throw new InvalidOptionsError('--update writes the lock beside a corpus directory: give --corpus DIR (such as clauses), or --lock FILE');
    }
    if (values.update && output.format === 'markdown') throw new InvalidOptionsError('--update reports in text or json; --format markdown is for the check');
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    if (values.update) return update(io, output, lockFile!, corpus);
    const lock = lockFile === undefined ? undefined : await readOptionalLockFile(lockFile);

    if (source.kind === 'bundled' && lockFile === undefined) {
      throw new FileNotReadableError('clauses/lock.json', 'the lock shipped with the package was not found beside it; give --lock FILE');
    }
    if (lockFile !== undefined && lock === undefined) {
      throw new FileNotReadableError(lockFile, `no such file; create the lock with 'legal-clauses check --update --corpus ${source.kind === 'directory' ? source.directory : 'DIR'}'`);
    }
    // A corpus file carries its own hashes; a directory and the bundled corpus are checked against their lock.
    const verification = verifyCorpus(corpus, { lock, embeddedHashes: source.kind === 'file', strict: values.strict === true });
    const names = {
      lockFile,
      corpusFile: source.kind === 'file' ? source.file : undefined,
      locate: source.kind === 'directory' ? (problem: Parameters<typeof lockProblemPlace>[2]) => lockProblemPlace(source.directory, corpus, problem) : undefined,
    };
    const text =
      output.format === 'json'
        ? formatVerificationJson(verification, names)
        : output.format === 'markdown'
          ? formatVerificationMarkdown(verification, names)
          : formatVerificationText(verification, names);
    return output.print(io, text, { failed: !verification.ok });
  },
};

/**
 * Adds the newly published editions to the lock. Runs under the lock file's exclusive lock and
 * reads the lock afresh inside it, so that two concurrent updates merge: an edition one of them
 * reports as locked is never lost to the other's write. The write is atomic.
 */
async function update(io: Io, output: ReportOutput<string>, lockFile: string, corpus: Corpus): Promise<number> {
  // The writer (node:crypto for its temporary names) and the file lock are loaded only here.
  const [{ writeFileAtomic }, { withExclusiveLock }] = await Promise.all([import('../../node/atomic-write.js'), import('../../node/exclusive-lock.js')]);
  const result = await withExclusiveLock(
    lockFile,
    async () => {
      const update = updateLock(corpus, await readOptionalLockFile(lockFile));
      if (update.refused.length === 0 && update.added.length > 0) await writeFileAtomic(lockFile, formatLock(update.lock), { option: '--lock' });
      return update;
    },
    { option: '--lock' },
  );
  const text = output.format === 'json' ? formatLockUpdateJson(result, { lockFile }) : formatLockUpdateText(result, { lockFile });
  return output.print(io, text, { failed: result.refused.length > 0 });
}

import { join } from 'node:path';
import { verifyEmbeddedHashes, type HashMismatch } from '../../checks/embedded-hashes.js';
import { updateLock, verifyLock, type Lock, type LockProblem, type LockReport } from '../../checks/lock.js';
import { FileNotReadableError, InvalidOptionsError } from '../../errors.js';
import type { Corpus } from '../../model/types.js';
import { formatJsonPath } from '../../util/json-path.js';
import { choiceOption, stringOption, type Command, type Io } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { readOptionalJsonText } from '../../node/read-json-file.js';
import { corpusSource, parseLockText, type CorpusSource } from '../trust-files.js';
import { terminalSafeJson } from '../json-output.js';

/** `legal-clauses check`: published editions against the lock, a corpus file against its embedded hashes; `--update` grows the lock. */
export const checkCommand: Command = {
  name: 'check',
  help: `Usage: legal-clauses check [--corpus PATH] [--lock FILE] [--strict] [--format text|json]
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
  --format FORMAT    text (default) or json
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
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const source = await corpusSource(stringOption(values, 'corpus'));
    const lockFile = stringOption(values, 'lock') ?? (source.kind === 'file' ? undefined : source.directory && join(source.directory, 'lock.json'));
    if (values.update && (source.kind === 'bundled' || lockFile === undefined)) {
      throw new InvalidOptionsError('--update writes the lock beside a corpus directory: give --corpus DIR (such as clauses), or --lock FILE');
    }
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    if (values.update) return update(io, format, lockFile!, corpus);
    const lock = lockFile === undefined ? undefined : await readLockFile(lockFile);

    if (source.kind === 'bundled' && lockFile === undefined) {
      throw new FileNotReadableError('clauses/lock.json', 'the lock shipped with the package was not found beside it; give --lock FILE');
    }
    if (lockFile !== undefined && lock === undefined) {
      throw new FileNotReadableError(lockFile, `no such file; create the lock with 'legal-clauses check --update --corpus ${source.kind === 'directory' ? source.directory : 'DIR'}'`);
    }
    const report = lock ? verifyLock(corpus, lock) : undefined;
    const mismatches = source.kind === 'file' ? verifyEmbeddedHashes(corpus) : undefined;
    const noHashes = source.kind === 'file' && mismatches === undefined && report === undefined;
    const failed =
      noHashes ||
      (report !== undefined && (!report.ok || (values.strict === true && report.unlocked.length > 0))) ||
      (mismatches !== undefined && mismatches.length > 0);

    if (format === 'json') {
      const output = {
        ok: !failed,
        lock: lockFile ?? null,
        ...(report && { verified: report.verified, unlocked: report.unlocked, problems: report.problems }),
        // null: the file carries no hashes; otherwise the hashes that do not match.
        ...(source.kind === 'file' && { embeddedHashes: mismatches === undefined ? null : { mismatches } }),
      };
      io.stdout(`${terminalSafeJson(output)}\n`);
      return failed ? 1 : 0;
    }
    const lines: string[] = [];
    if (noHashes) {
      lines.push(`${source.kind === 'file' ? source.file : ''}: carries no hashes to verify (write it with 'legal-clauses export', or give --lock FILE)`);
    }
    if (mismatches !== undefined) lines.push(...describeMismatches(mismatches, source));
    if (report && lockFile !== undefined) lines.push(...describeReport(report, lockFile, source, values.strict === true, corpus));
    io.stdout(`${lines.join('\n')}\n`);
    return failed ? 1 : 0;
  },
};

/** The lock at `file`, or `undefined` when there is none yet. */
async function readLockFile(file: string): Promise<Lock | undefined> {
  const text = await readOptionalJsonText(file);
  return text === undefined ? undefined : parseLockText(text, file);
}

/**
 * Adds the newly published editions to the lock. Runs under the lock file's exclusive lock and
 * reads the lock afresh inside it, so that two concurrent updates merge: an edition one of them
 * reports as locked is never lost to the other's write. The write is atomic.
 */
async function update(io: Io, format: 'text' | 'json', lockFile: string, corpus: Corpus): Promise<number> {
  // Writing the lock (zod for its format, node:crypto for the temporary names) is loaded only here.
  const [{ formatLock }, { writeFileAtomic }, { withExclusiveLock }] = await Promise.all([
    import('../../checks/lock-file.js'),
    import('../../node/atomic-write.js'),
    import('../../node/exclusive-lock.js'),
  ]);
  const result = await withExclusiveLock(
    lockFile,
    async () => {
      const update = updateLock(corpus, await readLockFile(lockFile));
      if (update.refused.length === 0 && update.added.length > 0) await writeFileAtomic(lockFile, formatLock(update.lock), { option: '--lock' });
      return update;
    },
    { option: '--lock' },
  );
  if (format === 'json') {
    io.stdout(`${terminalSafeJson({ ok: result.refused.length === 0, lock: lockFile, added: result.added, refused: result.refused })}\n`);
    return result.refused.length === 0 ? 0 : 1;
  }
  if (result.refused.length > 0) {
    io.stdout(
      [
        `refused to update ${lockFile}: ${count(result.refused.length, 'locked edition entry', 'locked edition entries')} would change. A published edition never changes; publish the correction as a new edition.`,
        ...result.refused.map((problem) => `  ${problem.message}`),
      ].join('\n') + '\n',
    );
    return 1;
  }
  io.stdout(
    result.added.length === 0
      ? `${lockFile} is up to date\n`
      : `${lockFile}: locked ${result.added.map((ref) => `${ref.document}@${ref.edition}`).join(', ')}\n`,
  );
  return 0;
}

function describeReport(report: LockReport, lockFile: string, source: CorpusSource, strict: boolean, corpus: Corpus): string[] {
  const lines: string[] = [];
  const editions = report.verified.map((ref) => `${ref.document}@${ref.edition}`).join(', ') || 'no edition';
  if (report.ok) lines.push(`${editions}: text, order and structure as locked in ${lockFile}`);
  else {
    lines.push(`${count(report.problems.length, 'difference')} from ${lockFile} in published editions:`);
    for (const problem of report.problems) {
      lines.push(`  ${problem.message}`);
      const where = whereInDirectory(problem, source, corpus);
      if (where) lines.push(`    in ${where}`);
    }
  }
  for (const ref of report.unlocked) {
    lines.push(`${ref.document}@${ref.edition} is published but not locked yet${strict ? '' : ' (it passes)'}: run 'legal-clauses check --update --corpus DIR' (npm run lock)`);
  }
  return lines;
}

function describeMismatches(mismatches: readonly HashMismatch[], source: CorpusSource): string[] {
  const file = source.kind === 'file' ? source.file : '';
  if (mismatches.length === 0) return [`${file}: every embedded hash matches the text`];
  return [
    `${file}: ${count(mismatches.length, 'embedded hash does', 'embedded hashes do')} not match the text:`,
    ...mismatches.map((mismatch) => `  ${mismatch.message}\n    at ${mismatch.path}`),
  ];
}

/** Where a problem is in a directory laid out like clauses/: the file, and the path inside it. */
function whereInDirectory(problem: LockProblem, source: CorpusSource, corpus: Corpus): string | undefined {
  if (source.kind !== 'directory') return undefined;
  const folder = join(source.directory, problem.document);
  if (problem.kind === 'document-removed') return folder;
  if (problem.kind === 'text-changed' && problem.clause !== undefined && problem.language !== undefined) {
    return `${join(folder, 'clauses', `${problem.clause}.json`)} at ${formatJsonPath(['editions', problem.edition, problem.language])}`;
  }
  const file = join(folder, 'editions', `${problem.edition}.json`);
  const edition = corpus.documents.find((document) => document.id === problem.document)?.editions.find((candidate) => candidate.id === problem.edition);
  const section = edition?.sections.findIndex((candidate) => candidate.id === problem.section) ?? -1;
  if (problem.kind === 'heading-changed' && section >= 0 && problem.language !== undefined) {
    return `${file} at ${formatJsonPath(['sections', section, 'heading', problem.language])}`;
  }
  if (problem.kind === 'dateline-changed' && problem.language !== undefined) return `${file} at ${formatJsonPath(['dateline', problem.language])}`;
  if (problem.kind === 'edition-unpublished') return `${file} at status`;
  return file;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

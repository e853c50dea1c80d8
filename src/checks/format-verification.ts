/**
 * The verification of a corpus (`verifyCorpus`) and an update of the lock (`updateLock`),
 * written for a terminal, a pull request or a program: `legal-clauses check` chooses one and
 * prints it.
 */
import { checkArguments } from '../util/arguments.js';
import { escapeMarkdown } from '../util/escape-markdown.js';
import { reportJson } from '../util/report-json.js';
import { terminalText } from '../util/terminal.js';
import { LOCK_UPDATE, LOCK_UPDATE_FORMAT_OPTIONS, VERIFICATION, VERIFICATION_FORMAT_OPTIONS } from './arguments.js';
import type { HashMismatch } from './embedded-hashes.js';
import type { LockProblem, LockReport, LockUpdate } from './lock.js';
import type { EditionRef } from './types.js';
import type { CorpusVerification } from './verify-corpus.js';

/** Options of {@link formatVerificationText}, {@link formatVerificationMarkdown} and {@link formatVerificationJson}. */
export interface VerificationFormatOptions {
  /**
   * The corpus file whose embedded hashes were verified, as the report names it.
   * @default '<corpus>'
   */
  corpusFile?: string | undefined;
  /**
   * The lock file, as the report names it.
   * @default '<lock>'
   */
  lockFile?: string | undefined;
  /**
   * Where a lock problem is in the corpus's files, shown under it (`in clauses/disclaimer/clauses/downloads.json at …`):
   * the CLI gives the files of a corpus directory.
   * @default none
   */
  locate?: ((problem: LockProblem) => string | undefined) | undefined;
}

/** Options of {@link formatLockUpdateText} and {@link formatLockUpdateJson}. */
export interface LockUpdateFormatOptions {
  /**
   * The lock file, as the report names it.
   * @default '<lock>'
   */
  lockFile?: string | undefined;
}

/**
 * A corpus verification as lines for a terminal: the embedded hashes that do not match (with
 * their path in the file), the differences from the lock (each with where it is, when
 * `locate` says), and the published editions not locked yet.
 *
 * @param verification - From `verifyCorpus`.
 * @param options - The names of the corpus file and the lock, and where problems are.
 * @returns The text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatVerificationText(verifyCorpus(corpus, { lock: createLock(corpus) }), { lockFile: 'clauses/lock.json' });
 * //=> 'disclaimer@2003-04-15: text, order and structure as locked in clauses/lock.json\n'
 */
export function formatVerificationText(verification: CorpusVerification, options: VerificationFormatOptions = {}): string {
  checkArguments('formatVerificationText', ['verification', verification, VERIFICATION], ['options', options, VERIFICATION_FORMAT_OPTIONS]);
  const { corpusFile = '<corpus>', lockFile = '<lock>', locate } = options;
  const lines: string[] = [];
  const { lock, embeddedHashes } = verification;
  if (embeddedHashes === null && lock === undefined) {
    lines.push(`${corpusFile}: carries no hashes to verify (write it with 'legal-clauses export', or give --lock FILE)`);
  }
  if (embeddedHashes) lines.push(...mismatchLines(embeddedHashes.mismatches, corpusFile));
  if (lock) {
    if (lock.ok) lines.push(`${editionList(lock.verified)}: text, order and structure as locked in ${lockFile}`);
    else {
      lines.push(`${count(lock.problems.length, 'difference')} from ${lockFile} in published editions:`);
      for (const problem of lock.problems) {
        lines.push(`  ${problem.message}`);
        const where = locate?.(problem);
        if (where !== undefined) lines.push(`    in ${where}`);
      }
    }
    lines.push(...unlockedLines(lock, verification.strict));
  }
  return terminalText(`${lines.join('\n')}\n`);
}

/**
 * A corpus verification as Markdown, for a pull request: whether it passed, then the embedded
 * hashes that do not match, the differences from the lock and the editions not locked yet, as
 * lists.
 *
 * @param verification - From `verifyCorpus`.
 * @param options - The names of the corpus file and the lock, and where problems are.
 * @returns The Markdown, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatVerificationMarkdown(verifyCorpus(corpus, { lock: createLock(corpus) }), { lockFile: 'clauses/lock.json' });
 * //=> '**Check: passed.**\n\n- disclaimer@2003-04-15: text, order and structure as locked in clauses/lock.json\n'
 */
export function formatVerificationMarkdown(verification: CorpusVerification, options: VerificationFormatOptions = {}): string {
  checkArguments('formatVerificationMarkdown', ['verification', verification, VERIFICATION], ['options', options, VERIFICATION_FORMAT_OPTIONS]);
  const { corpusFile = '<corpus>', lockFile = '<lock>', locate } = options;
  const items: string[] = [];
  const { lock, embeddedHashes } = verification;
  const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
  if (embeddedHashes === null && lock === undefined) items.push(`- ${code(corpusFile)} carries no hashes to verify.`);
  if (embeddedHashes) {
    items.push(`- ${escapeMarkdown(mismatchHeading(embeddedHashes.mismatches, corpusFile))}`);
    for (const mismatch of embeddedHashes.mismatches) items.push(`  - ${escapeMarkdown(mismatch.message)}, at ${code(mismatch.path)}`);
  }
  if (lock) {
    if (lock.ok) items.push(`- ${escapeMarkdown(`${editionList(lock.verified)}: text, order and structure as locked in ${lockFile}`)}`);
    else {
      items.push(`- ${escapeMarkdown(`${count(lock.problems.length, 'difference')} from ${lockFile} in published editions:`)}`);
      for (const problem of lock.problems) {
        const where = locate?.(problem);
        items.push(`  - ${escapeMarkdown(problem.message)}${where === undefined ? '' : `, in ${code(where)}`}`);
      }
    }
    items.push(...unlockedLines(lock, verification.strict).map((line) => `- ${escapeMarkdown(line)}`));
  }
  return `**Check: ${verification.ok ? 'passed' : 'failed'}.**\n\n${items.join('\n')}\n`;
}

/**
 * A corpus verification as JSON: `ok`, the lock file (`null` without a lock), the editions
 * verified and not locked yet with the problems (with a lock), and `embeddedHashes` (`null`
 * when the corpus carries none; when they were verified). Controls and invisible characters
 * are written as `\uXXXX` escapes.
 *
 * @param verification - From `verifyCorpus`.
 * @param options - The name of the lock file.
 * @returns The JSON text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * JSON.parse(formatVerificationJson(verifyCorpus(corpus, { lock: createLock(corpus) }), { lockFile: 'lock.json' })).unlocked;
 * //=> []
 */
export function formatVerificationJson(verification: CorpusVerification, options: VerificationFormatOptions = {}): string {
  checkArguments('formatVerificationJson', ['verification', verification, VERIFICATION], ['options', options, VERIFICATION_FORMAT_OPTIONS]);
  const { lock, embeddedHashes } = verification;
  return reportJson({
    ok: verification.ok,
    lock: lock ? (options.lockFile ?? '<lock>') : null,
    ...(lock && { verified: lock.verified, unlocked: lock.unlocked, problems: lock.problems }),
    // null: the file carries no hashes; otherwise the hashes that do not match.
    ...(embeddedHashes !== undefined && { embeddedHashes }),
  });
}

/**
 * An update of the lock as lines for a terminal: the editions locked, or that the lock is up
 * to date, or why the update was refused (every locked entry that would change).
 *
 * @param update - From `updateLock`.
 * @param options - The name of the lock file.
 * @returns The text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatLockUpdateText(updateLock(corpus), { lockFile: 'clauses/lock.json' });
 * //=> 'clauses/lock.json: locked disclaimer@2003-04-15\n'
 */
export function formatLockUpdateText(update: LockUpdate, options: LockUpdateFormatOptions = {}): string {
  checkArguments('formatLockUpdateText', ['update', update, LOCK_UPDATE], ['options', options, LOCK_UPDATE_FORMAT_OPTIONS]);
  const { lockFile = '<lock>' } = options;
  if (update.refused.length > 0) {
    return terminalText(
      [
        `refused to update ${lockFile}: ${count(update.refused.length, 'locked edition entry', 'locked edition entries')} would change. A published edition never changes; publish the correction as a new edition.`,
        ...update.refused.map((problem) => `  ${problem.message}`),
      ].join('\n') + '\n',
    );
  }
  return terminalText(update.added.length === 0 ? `${lockFile} is up to date\n` : `${lockFile}: locked ${editionList(update.added)}\n`);
}

/**
 * An update of the lock as JSON: `ok` (false when refused), the lock file, the editions added
 * and the changes refused.
 *
 * @param update - From `updateLock`.
 * @param options - The name of the lock file.
 * @returns The JSON text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * JSON.parse(formatLockUpdateJson(updateLock(corpus, createLock(corpus)), { lockFile: 'lock.json' }));
 * //=> { ok: true, lock: 'lock.json', added: [], refused: [] }
 */
export function formatLockUpdateJson(update: LockUpdate, options: LockUpdateFormatOptions = {}): string {
  checkArguments('formatLockUpdateJson', ['update', update, LOCK_UPDATE], ['options', options, LOCK_UPDATE_FORMAT_OPTIONS]);
  return reportJson({ ok: update.refused.length === 0, lock: options.lockFile ?? '<lock>', added: update.added, refused: update.refused });
}

function mismatchHeading(mismatches: readonly HashMismatch[], file: string): string {
  if (mismatches.length === 0) return `${file}: every embedded hash matches the text`;
  return `${file}: ${count(mismatches.length, 'embedded hash does', 'embedded hashes do')} not match the text:`;
}

function mismatchLines(mismatches: readonly HashMismatch[], file: string): string[] {
  return [mismatchHeading(mismatches, file), ...mismatches.map((mismatch) => `  ${mismatch.message}\n    at ${mismatch.path}`)];
}

function unlockedLines(lock: LockReport, strict: boolean): string[] {
  return lock.unlocked.map(
    (ref) => `${ref.document}@${ref.edition} is published but not locked yet${strict ? '' : ' (it passes)'}: run 'legal-clauses check --update --corpus DIR' (npm run lock)`,
  );
}

function editionList(refs: readonly EditionRef[]): string {
  return refs.map((ref) => `${ref.document}@${ref.edition}`).join(', ') || 'no edition';
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Verifying a corpus with what it can be verified against: the lock of published editions
 * (clauses/lock.json), and the hashes a corpus file carries (`exportCorpus` embeds them). The
 * one decision of what passes, which `legal-clauses check` prints.
 */
import { InvalidOptionsError } from '../errors.js';
import type { Corpus } from '../model/types.js';
import { checkArguments } from '../util/arguments.js';
import { CORPUS, VERIFY_CORPUS_OPTIONS } from './arguments.js';
import { verifyEmbeddedHashes, type HashMismatch } from './embedded-hashes.js';
import { verifyLock, type Lock, type LockReport } from './lock.js';

/** Options of {@link verifyCorpus}: what to verify the corpus against. */
export interface VerifyCorpusOptions {
  /**
   * The lock to compare the published editions with (`parseLock` in the `schema` entry,
   * `readLockFile` in the `node` entry).
   * @default none
   */
  lock?: Lock | undefined;
  /**
   * Verify the hashes the corpus carries, as a corpus file written by `exportCorpus` does. A
   * corpus that carries none fails, unless a lock is given: nothing would verify it.
   * @default false
   */
  embeddedHashes?: boolean | undefined;
  /**
   * Fail when a published edition is not locked yet (by default it passes, and is listed).
   * @default false
   */
  strict?: boolean | undefined;
}

/** The outcome of {@link verifyCorpus}. */
export interface CorpusVerification {
  /** True when nothing failed (see {@link verifyCorpus} for what fails). */
  readonly ok: boolean;
  /** Whether published editions not locked yet fail. */
  readonly strict: boolean;
  /** The comparison with the lock, when a lock was given. */
  readonly lock?: LockReport | undefined;
  /**
   * The embedded hashes that do not match the text (none: every one matches), or `null` when
   * the corpus carries no hashes; absent when they were not asked for.
   */
  readonly embeddedHashes?: { readonly mismatches: readonly HashMismatch[] } | null | undefined;
}

/**
 * Verifies a corpus against a lock, against the hashes it carries, or both. It fails when a
 * published edition differs from its lock entry (or, with `strict`, is not locked yet), when an
 * embedded hash does not match the text, or when a corpus asked to be verified by its embedded
 * hashes carries none and no lock is given.
 *
 * @param corpus - The corpus to verify.
 * @param options - The lock, whether to verify embedded hashes, and `strict`.
 * @returns Whether it passed, with the lock comparison and the mismatched hashes.
 * @throws {InvalidOptionsError} When neither a lock nor `embeddedHashes` is given: there is nothing to verify against.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * verifyCorpus(corpus, { lock: createLock(corpus) }).ok;
 * //=> true
 */
export function verifyCorpus(corpus: Corpus, options: VerifyCorpusOptions = {}): CorpusVerification {
  checkArguments('verifyCorpus', ['corpus', corpus, CORPUS], ['options', options, VERIFY_CORPUS_OPTIONS]);
  const strict = options.strict === true;
  if (options.lock === undefined && options.embeddedHashes !== true) {
    throw new InvalidOptionsError('verifyCorpus needs something to verify the corpus against: a lock, or embeddedHashes: true for a corpus file');
  }
  const lock = options.lock === undefined ? undefined : verifyLock(corpus, options.lock);
  const mismatches = options.embeddedHashes === true ? verifyEmbeddedHashes(corpus) : undefined;
  const embeddedHashes = options.embeddedHashes === true ? (mismatches === undefined ? null : { mismatches }) : undefined;
  const failed =
    (lock !== undefined && (!lock.ok || (strict && lock.unlocked.length > 0))) ||
    (embeddedHashes !== undefined && (embeddedHashes === null ? lock === undefined : embeddedHashes.mismatches.length > 0));
  return { ok: !failed, strict, ...(lock === undefined ? {} : { lock }), ...(embeddedHashes === undefined ? {} : { embeddedHashes }) };
}

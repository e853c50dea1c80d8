/**
 * Integrity and trust: content hashes, the lock of published editions, acceptance records,
 * translation parity, text lint, and changesets that say what a corpus change did.
 *
 * Runs anywhere the main entry does (browsers and edge workers included: SHA-256 is computed
 * synchronously in JavaScript, with no `node:` module), and bundles no zod: reading a lock or a
 * lint configuration from its text is the `schema` entry's (`parseLock`, `parseLintConfig`),
 * from a file the `node` entry's. Every function takes the corpus explicitly; pass `corpus` from
 * `legal-clauses` for the bundled one. docs/trust.md documents what is hashed, the record
 * grammar, the lock, the lint rules and the version policy; each report has formatters here.
 */
export { sha256Hex } from './checks/sha256.js';
export { SHA256_PATTERN, clauseHashes, corpusHashes, editionHashes, hashText, shortHash, structureHash } from './checks/hashes.js';
export { editionText } from './checks/edition-text.js';
export { SEVERITIES } from './checks/types.js';
export type { CorpusHashes, EditionHashes, EditionRef, LanguageHashes, Severity, Sha256, TextHash } from './checks/types.js';

export { LOCK_FORMAT, createLock, lockEdition, updateLock, verifyLock } from './checks/lock.js';
export type { Lock, LockedEdition, LockedSection, LockProblem, LockProblemKind, LockReport, LockUpdate } from './checks/lock.js';
export { formatLock } from './checks/lock-file.js';
export { verifyEmbeddedHashes } from './checks/embedded-hashes.js';
export type { HashMismatch } from './checks/embedded-hashes.js';
export { verifyCorpus } from './checks/verify-corpus.js';
export type { CorpusVerification, VerifyCorpusOptions } from './checks/verify-corpus.js';
export {
  formatLockUpdateJson,
  formatLockUpdateText,
  formatVerificationJson,
  formatVerificationMarkdown,
  formatVerificationText,
} from './checks/format-verification.js';
export type { LockUpdateFormatOptions, VerificationFormatOptions } from './checks/format-verification.js';

export { InvalidArgumentError, InvalidRecordError, RecordMismatchError, TextNotPublishedError } from './errors.js';
export {
  createAcceptanceRecord,
  formatAcceptanceRecord,
  parseAcceptanceRecord,
  resolveAcceptanceRecord,
  verifyAcceptanceRecord,
} from './checks/records.js';
export type {
  AcceptanceRecord,
  AcceptedText,
  InvalidRecord,
  RecordOptions,
  RecordStatus,
  RecordVerification,
  ValidRecord,
} from './checks/records.js';

export { diffAcceptedText } from './checks/accepted-change.js';
export type { AcceptedTextChange } from './checks/accepted-change.js';
export { diffClauseTexts } from './checks/diff-clause-texts.js';
export type { EditionInCorpus, LanguageChanges } from './checks/diff-clause-texts.js';
export { parityReport } from './checks/parity.js';
export type { ClauseParity, EditionParity, ParityFinding, ParityOptions, ParityReport, ParityRule } from './checks/parity.js';
export { formatParityJson, formatParityMarkdown, formatParityText } from './checks/format-parity.js';

export { MAX_FINDINGS_PER_RULE, lintCorpus, lintText } from './checks/lint/lint.js';
export type { LintOptions, LintReport } from './checks/lint/lint.js';
export { LINT_RULES } from './checks/lint/rules.js';
export { formatLintJson, formatLintMarkdown, formatLintText } from './checks/lint/format-lint.js';
export type { LintMarkdownOptions, LintTextOptions } from './checks/lint/format-lint.js';
export { makeVisible } from './util/unicode.js';
export type { VisibleOptions } from './util/unicode.js';
export type { Excerpt } from './checks/lint/excerpt.js';
export type { LintConfig, LintField, LintFinding, LintRule, LintTerm, TextHit, TextLocation } from './checks/lint/types.js';

export { diffReleases } from './checks/changelog/diff-releases.js';
export type { ClauseTextChange, ReleaseDiff, EditionChange, ReleaseType } from './checks/changelog/diff-releases.js';
export { formatChangeset } from './checks/changelog/format-changeset.js';
export type { ChangesetOptions } from './checks/changelog/format-changeset.js';
export { changesetCoverage } from './checks/changelog/coverage.js';
export type { ChangesetCoverage, MarkdownFile, UndescribedEdition } from './checks/changelog/coverage.js';
export { editionFingerprint, formatMarker, readMarkers } from './checks/changelog/fingerprint.js';
export type { ChangesetMarker } from './checks/changelog/fingerprint.js';

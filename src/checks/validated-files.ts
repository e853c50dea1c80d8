/**
 * What a lock file and a lint configuration file hold once their schema has accepted them: the
 * values `parseLock` and `parseLintConfig` return. Kept apart from the schemas (and zod), so that
 * a file already known to be valid (src/cli/trust-files.ts) is read to the same value without
 * them. The schemas only check; they never transform a value.
 */
import type { LintConfig } from './lint/types.js';
import { LOCK_FORMAT, type Lock } from './lock.js';

/**
 * The lock a lock file holds, from its JSON as the lock schema accepted it: without its
 * `$comment`, and a lock of format 1 read as the current format (it differs only by what it
 * cannot hold: titles, zh-Hant).
 *
 * @param value - The JSON of a lock file, validated.
 * @returns The lock.
 * @example
 * lockFromValidated({ $comment: 'hashes', format: 'legal-clauses/lock@1', documents: {} });
 * //=> { documents: {}, format: 'legal-clauses/lock@2' }
 */
export function lockFromValidated(value: unknown): Lock {
  const { $comment: _, format: __, ...lock } = value as Lock & { $comment?: string };
  // The schema checked every hash's form, which the template-literal types cannot express.
  return { ...lock, format: LOCK_FORMAT } as Lock;
}

/**
 * The configuration a lint configuration file holds, from its JSON as the schema accepted it:
 * without its `$comment`.
 *
 * @param value - The JSON of a lint configuration file, validated.
 * @returns The configuration.
 * @example
 * lintConfigFromValidated({ $comment: 'terms to check', terms: [] });
 * //=> { terms: [] }
 */
export function lintConfigFromValidated(value: unknown): LintConfig {
  const { $comment: _, ...config } = value as LintConfig & { $comment?: string };
  return config;
}

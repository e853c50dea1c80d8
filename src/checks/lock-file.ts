/**
 * The lock as a file: `clauses/lock.json`, pretty-printed so that a pull request shows which
 * editions it adds. Reading it back validates it (`parseLock`, in the `schema` entry).
 */
import { checkArguments } from '../util/arguments.js';
import { LOCK } from './arguments.js';
import type { Lock } from './lock.js';

/** What the lock file says about itself, for whoever opens it. */
const COMMENT =
  'Content hashes of the published editions (docs/trust.md). Written by `legal-clauses check --update` (npm run lock); entries are only ever added, never changed.';

/**
 * Writes a lock as the text of `clauses/lock.json`: two-space JSON, editions in corpus order,
 * with a `$comment` saying what the file is.
 *
 * @param lock - The lock.
 * @returns The file's text, ending with a newline.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatLock({ format: 'legal-clauses/lock@2', documents: {} }).split('\n')[2];
 * //=> '  "format": "legal-clauses/lock@2",'
 */
export function formatLock(lock: Lock): string {
  checkArguments('formatLock', ['lock', lock, LOCK]);
  return `${JSON.stringify({ $comment: COMMENT, format: lock.format, documents: lock.documents }, null, 2)}\n`;
}

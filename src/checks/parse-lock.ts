/**
 * Reading a lock file's text (`clauses/lock.json`), validated like every other file of a corpus.
 * zod lives here, away from the checks entry: apps verify acceptance records in the browser and
 * must not bundle a validator they never call (test/checks/entry.test.ts). The `schema` entry
 * exports {@link parseLock}; `readLockFile` in the `node` entry reads the file.
 */
import { checkArguments } from '../util/arguments.js';
import { FILE, text as TEXT } from './arguments.js';
import * as z from 'zod';
import { parseJsonText } from '../corpus/parse-json.js';
import { validateWith } from '../corpus/validate.js';
import { languageHashesSchema as perLanguage, sha256Schema as sha256 } from '../model/schema.js';
import { LEGACY_LOCK_FORMATS, LOCK_FORMAT, type Lock } from './lock.js';
import { lockFromValidated } from './validated-files.js';

const somePerLanguage = z.strictObject({ zh: sha256.optional(), 'zh-Hant': sha256.optional(), en: sha256.optional() });

const lockSchema = z.strictObject({
  $comment: z.string().optional(),
  // A lock written in format 1 has the same shape, without titles or zh-Hant: read as it is.
  format: z.enum([LOCK_FORMAT, ...LEGACY_LOCK_FORMATS], { error: `format must be '${LOCK_FORMAT}' (or '${LEGACY_LOCK_FORMATS.join("', '")}', still read)` }),
  documents: z.record(
    z.string(),
    z.record(
      z.string(),
      z.strictObject({
        structure: sha256,
        title: somePerLanguage.optional(),
        dateline: somePerLanguage.optional(),
        sections: z.array(z.strictObject({ id: z.string(), heading: somePerLanguage.optional(), clauses: z.array(z.string()) })),
        text: perLanguage,
        clauses: z.record(z.string(), perLanguage),
      }),
    ),
  ),
});

/**
 * Reads a lock file's text.
 *
 * @param text - The JSON text of the lock.
 * @param file - Where it came from, for error messages.
 * @returns The lock.
 * @throws {InvalidJsonError} When the text is not JSON.
 * @throws {CorpusValidationError} When the JSON is not a lock; the issues name the file and the path inside it.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * parseLock('{"format":"legal-clauses/lock@1","documents":{}}').documents;
 * //=> {}
 */
export function parseLock(text: string, file = '<lock>'): Lock {
  checkArguments('parseLock', ['text', text, TEXT], ['file', file, FILE]);
  return lockFromValidated(validateWith(lockSchema, parseJsonText(text, file), file));
}

/** The rules for the arguments of the checks entry's functions (src/util/arguments.ts). */
import { CLAUSE, CORPUS, DOCUMENT, EDITION, LANGUAGE, LANGUAGE_LIST, LOCALES, SELECTOR_KEYS, optionsWith } from '../lookup/arguments.js';
import { either, flag, isRecord, listOf, oneOf, optional, rule, shape, text } from '../util/arguments.js';
import { SEVERITIES } from './types.js';

export { CLAUSE, CORPUS, DOCUMENT, EDITION, LANGUAGE, text };

/** Bytes to hash. */
const BYTES = rule('a Uint8Array', (value) => value instanceof Uint8Array);

/** What `sha256Hex` hashes: a string or bytes. */
export const HASH_INPUT = either(text, BYTES);

/** An edition together with its corpus. */
export const EDITION_IN_CORPUS = shape('an edition with its corpus ({ corpus, edition })', { corpus: CORPUS, edition: EDITION });

/** A lock, such as `parseLock` gives. */
export const LOCK = rule('a lock (from parseLock or createLock)', (value) => isRecord(value) && isRecord(value.documents));

/** A parsed acceptance record. */
export const RECORD = shape('an acceptance record ({ document, edition, lang, clause?, hash })', {
  document: text,
  edition: text,
  lang: LANGUAGE,
  clause: optional(text),
  hash: text,
});

/** A record as a string, or parsed. */
export const RECORD_OR_TEXT = either(text, RECORD);

/** Options of `createAcceptanceRecord`: `lang` is required (whether its tags match a language is checked where they are negotiated). */
export const RECORD_OPTIONS = shape('an options object with lang', { ...SELECTOR_KEYS, lang: LOCALES, fallback: optional(LANGUAGE_LIST), clause: optional(text) });

/** Options of `parityReport`. */
export const PARITY_OPTIONS = optionsWith({ document: optional(text), edition: optional(text) });

const SEVERITY = oneOf(SEVERITIES);

/** A lint configuration, as `parseLintConfig` gives (each term's and rule's shape). */
export const LINT_CONFIG = shape('a lint configuration ({ terms?, rules? })', {
  terms: optional(
    listOf(
      shape('a term ({ term, reason, documents?, editions?, languages?, severity? })', {
        term: text,
        reason: text,
        documents: optional(listOf(text, 'strings')),
        editions: optional(listOf(text, 'strings')),
        languages: optional(listOf(LANGUAGE, 'languages')),
        severity: optional(SEVERITY),
      }),
      'terms ({ term, reason, … })',
    ),
  ),
  rules: optional(
    rule(`a severity per rule id (${[...SEVERITIES, 'off'].join(', ')})`, (value) => isRecord(value) && Object.values(value).every((severity) => severity === 'off' || SEVERITIES.includes(severity as never))),
  ),
});

/** Options of `lintCorpus`. */
export const LINT_OPTIONS = optionsWith({ config: optional(LINT_CONFIG), document: optional(text), edition: optional(text) });

/** Where a text is, for `lintText`. */
export const TEXT_LOCATION = shape('a text location ({ document, edition, language, field, path, clause?, section?, preformatted? })', {
  document: text,
  edition: text,
  language: LANGUAGE,
  field: oneOf(['clause', 'heading', 'title', 'dateline']),
  path: text,
  clause: optional(text),
  section: optional(text),
  preformatted: optional(flag),
});

/** Markdown files to read markers from. */
export const MARKDOWN_FILES = listOf(shape('a Markdown file ({ file, text })', { file: text, text }), 'Markdown files ({ file, text })');

/** A changeset marker. */
export const MARKER = shape('a changeset marker ({ document, edition, fingerprint })', { document: text, edition: text, fingerprint: text });

/** The outcome of `diffReleases`. */
export const RELEASE_DIFF = rule(
  'the outcome of diffReleases',
  (value) => isRecord(value) && typeof value.releaseType === 'string' && Array.isArray(value.editions) && Array.isArray(value.reasons),
);

/** Options of `formatChangeset`. */
export const CHANGESET_OPTIONS = optionsWith({ packageName: optional(text) });

/** A count of characters: a whole number, zero or more. */
export const COUNT = rule('a whole number, zero or more', (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0);

/** A file name for messages. */
export const FILE = optional(text);

/** A function, such as a formatter's `locate` option. */
export const CALLBACK = rule('a function', (value) => typeof value === 'function');

/** A report with findings, as `lintCorpus` gives. */
export const LINT_REPORT = rule('a lint report (from lintCorpus)', (value) => isRecord(value) && Array.isArray(value.findings) && isRecord(value.counts));

/** Options of the lint and parity text formatters. */
export const LINT_TEXT_OPTIONS = optionsWith({ colour: optional(flag), locate: optional(CALLBACK) });

/** Options of the Markdown formatters of lint. */
export const LOCATE_OPTIONS = optionsWith({ locate: optional(CALLBACK) });

/** A parity report, as `parityReport` gives. */
export const PARITY_REPORT = rule('a parity report (from parityReport)', (value) => isRecord(value) && Array.isArray(value.editions) && Array.isArray(value.findings));

/** Options of `verifyCorpus`. */
export const VERIFY_CORPUS_OPTIONS = optionsWith({ lock: optional(LOCK), embeddedHashes: optional(flag), strict: optional(flag) });

/** The outcome of `verifyCorpus`. */
export const VERIFICATION = rule('the outcome of verifyCorpus', (value) => isRecord(value) && typeof value.ok === 'boolean' && typeof value.strict === 'boolean');

/** The outcome of `updateLock`. */
export const LOCK_UPDATE = rule('the outcome of updateLock', (value) => isRecord(value) && isRecord(value.lock) && Array.isArray(value.added) && Array.isArray(value.refused));

/** Options of the verification formatters. */
export const VERIFICATION_FORMAT_OPTIONS = optionsWith({ corpusFile: optional(text), lockFile: optional(text), locate: optional(CALLBACK) });

/** Options of the lock update formatters. */
export const LOCK_UPDATE_FORMAT_OPTIONS = optionsWith({ lockFile: optional(text) });

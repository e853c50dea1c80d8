import { InvalidLocaleError, UnsupportedLocaleError } from '../errors.js';
import { FORMAT_1_LANGUAGES, LANGUAGE_TAGS, type Language } from '../model/constants.js';
import { checkArguments, listOf, optional, text } from '../util/arguments.js';
import { LANGUAGE, LANGUAGE_LIST, LOCALES, optionsWith } from './arguments.js';

const AVAILABLE = optional(listOf(LANGUAGE, 'languages'));
const NEGOTIATE_OPTIONS = optionsWith({ available: AVAILABLE, fallback: optional(LANGUAGE_LIST) });

/** Options of {@link negotiateLanguage}. */
export interface NegotiateOptions {
  /**
   * Languages to choose from: those of the document at hand (`document.languages`).
   * @default ['zh', 'en'] (the bundled disclaimer's)
   */
  available?: readonly Language[] | undefined;
  /**
   * Languages to accept, in order, when no requested tag matches; `'zh'` lets `zh-TW`
   * readers get Simplified Chinese, which they do not get by default.
   * @default []
   */
  fallback?: Language | readonly Language[] | undefined;
}

/** The outcome of matching requested locales against the corpus languages. */
export interface LanguageMatch {
  /** The language chosen. */
  lang: Language;
  /** The requested tag that matched, or `undefined` when the language came from the fallback. */
  matched: string | undefined;
}

/** The language and script of a tag once maximized (`zh-TW` → `zh`, `Hant`). */
interface Subtags {
  readonly language: string;
  readonly script?: string | undefined;
}

/**
 * The tags of the corpus languages, maximized as `new Intl.Locale(tag).maximize()` does (a test
 * holds the two together). The first `maximize()` of a process loads ICU's likely-subtags data
 * (about 7 ms, a tenth of a CLI start: docs/benchmarks.md, "CLI start"); these tags, which most
 * callers and the CLI's `--lang zh` pass, do not need it.
 */
const KNOWN_TAGS: ReadonlyMap<string, Subtags> = new Map([
  ['zh', { language: 'zh', script: 'Hans' }],
  ['zh-Hans', { language: 'zh', script: 'Hans' }],
  ['zh-Hant', { language: 'zh', script: 'Hant' }],
  ['en', { language: 'en', script: 'Latn' }],
]);

const maximized = new Map<string, Subtags | null>(KNOWN_TAGS);

/**
 * The language of the corpus a BCP 47 tag asks for, or `undefined` when none fits.
 * Tags match on language and script once maximized, so `zh-CN`, `zh-Hans-CN` and `zh-SG` get
 * `zh`, `en-GB` gets `en`, and `zh-TW`, `zh-HK` or `zh-Hant` (Traditional Chinese) get
 * `zh-Hant` where the document publishes it, and otherwise nothing: never Simplified text.
 *
 * @param tag - A BCP 47 language tag, such as `zh-CN`.
 * @param available - The languages to match against (the document's).
 * @returns The matching language, or `undefined`.
 * @throws {InvalidLocaleError} When `tag` is not a well-formed BCP 47 tag.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * matchLanguage('zh-SG');
 * //=> 'zh'
 * matchLanguage('zh-TW');
 * //=> undefined
 */
export function matchLanguage(tag: string, available: readonly Language[] = FORMAT_1_LANGUAGES): Language | undefined {
  checkArguments('matchLanguage', ['tag', tag, text], ['available', available, AVAILABLE]);
  const requested = maximize(tag);
  if (!requested) return undefined;
  return available.find((lang) => {
    const target = maximize(LANGUAGE_TAGS[lang])!;
    return requested.language === target.language && requested.script === target.script;
  });
}

/**
 * Picks the corpus language for a reader, from one tag or a list in order of preference
 * (as in `navigator.languages`), then from the fallback languages.
 *
 * @param requested - BCP 47 tags, most preferred first.
 * @param options - Languages to choose from, and the fallback.
 * @returns The language chosen and the tag that matched it.
 * @throws {InvalidLocaleError} When a tag is not well-formed BCP 47.
 * @throws {UnsupportedLocaleError} When nothing matches and no fallback is given.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * negotiateLanguage(['zh-TW', 'en-GB']);
 * //=> { lang: 'en', matched: 'en-GB' }
 * negotiateLanguage('zh-Hant', { fallback: 'zh' });
 * //=> { lang: 'zh', matched: undefined }
 */
export function negotiateLanguage(requested: string | readonly string[], options: NegotiateOptions = {}): LanguageMatch {
  checkArguments('negotiateLanguage', ['requested', requested, LOCALES], ['options', options, NEGOTIATE_OPTIONS]);
  const available = options.available ?? FORMAT_1_LANGUAGES;
  const tags = toList(requested);
  for (const tag of tags) {
    const lang = matchLanguage(tag, available);
    if (lang) return { lang, matched: tag };
  }
  const fallback = toList(options.fallback ?? []).find((lang) => available.includes(lang));
  if (fallback) return { lang: fallback, matched: undefined };
  throw new UnsupportedLocaleError(tags.join(', '), available, suggestionFor(tags, available));
}

/** Normalises `x | x[]` to a list. */
export function toList<T extends string>(value: T | readonly T[]): readonly T[] {
  return typeof value === 'string' ? [value] : value;
}

function maximize(tag: string): Subtags | undefined {
  let locale = maximized.get(tag);
  if (locale === undefined) {
    try {
      const parsed = new Intl.Locale(tag);
      // `und` (undetermined) would maximize to English: it asks for no language, so it gets none.
      locale = parsed.language === undefined || parsed.language === 'und' ? null : parsed.maximize();
    } catch {
      throw new InvalidLocaleError(tag);
    }
    maximized.set(tag, locale);
  }
  return locale ?? undefined;
}

/** The language a fallback would accept for tags that ask for Chinese in the other script. */
function suggestionFor(tags: readonly string[], available: readonly Language[]): Language | undefined {
  if (!tags.some((tag) => maximize(tag)?.language === 'zh')) return undefined;
  return available.find((lang) => lang === 'zh' || lang === 'zh-Hant');
}

/**
 * One language option for every command (issue 14, item 4): `--lang` takes BCP 47 tags
 * (`zh`, `zh-CN`, `en-GB`, several joined with commas) and `--fallback` the languages to accept
 * when a tag matches none, in `show`, `render`, `diff` and `record` alike; the library negotiates
 * them (src/lookup/locale.ts), and this module only reads the flags and words the messages in
 * their names. A `--fallback` that can have no effect is named in a one-line note on stderr
 * (docs/data-model.md, Decisions: "One language option everywhere").
 */
import { InvalidLocaleError, InvalidOptionsError, UnsupportedLocaleError, unsupportedLocaleMessage } from '../errors.js';
import { matchLanguage } from '../lookup/locale.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import { quote } from '../util/quote.js';
import { stringOption, type Io, type ParsedValues } from './command.js';

/**
 * The tags of `--lang`, or `undefined` without it. Each tag must be well-formed BCP 47; whether
 * it matches a language of the document is the library's question.
 *
 * @param values - Parsed options.
 * @param name - The option, without `--`.
 * @returns The tags, in order.
 * @throws {InvalidOptionsError} When the option is empty or a tag is not BCP 47.
 * @example
 * langOption({ lang: 'zh-CN, en' });
 * //=> ['zh-CN', 'en']
 */
export function langOption(values: ParsedValues, name = 'lang'): string[] | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  const tags = value.split(',').map((tag) => tag.trim());
  if (tags.some((tag) => tag === '')) {
    throw new InvalidOptionsError(`--${name} needs language tags joined by commas, such as zh, en-GB or zh,en (received ${quote(value)})`);
  }
  for (const tag of tags) {
    try {
      matchLanguage(tag);
    } catch (error) {
      if (!(error instanceof InvalidLocaleError)) throw error;
      const suggestion = /^[a-z]{2,3}_[a-z0-9]{2,8}$/i.test(tag) ? `; did you mean '${tag.replace('_', '-')}'?` : '';
      throw new InvalidOptionsError(`--${name}: ${quote(tag)} is not a BCP 47 language tag (expected a tag such as zh, zh-CN, en or en-GB)${suggestion}`);
    }
  }
  return tags;
}

/**
 * The languages of `--fallback`: tags matched against every language of the model (`zh-CN`
 * gives `zh`, `zh-TW` gives `zh-Hant`), in order; none without the option.
 *
 * @param values - Parsed options.
 * @returns The languages.
 * @throws {InvalidOptionsError} When a tag is malformed or matches no language.
 * @example
 * fallbackOption({ fallback: 'en-GB' });
 * //=> ['en']
 */
export function fallbackOption(values: ParsedValues): Language[] {
  const tags = langOption(values, 'fallback') ?? [];
  return tags.map((tag) => {
    const lang = matchLanguage(tag, LANGUAGES);
    if (lang === undefined) throw new InvalidOptionsError(`--fallback ${quote(tag)} matches no language legal-clauses knows (${LANGUAGES.join(', ')})`);
    return lang;
  });
}

/**
 * Runs a command's work, wording a locale that matches no language in the flags' names: an
 * `UnsupportedLocaleError` of the library says `pass fallback: 'zh'`, the CLI says `--fallback zh`.
 *
 * @param work - The command's work.
 * @returns What it returns.
 * @throws {InvalidOptionsError} For a tag of `--lang` that matches no language of the document.
 * @example
 * await withLanguageFlags(() => buildTree({ lang: 'zh-TW' }));
 * //=> throws InvalidOptionsError: no text matches --lang 'zh-TW'; available: zh, en; the Chinese text is Simplified (zh-Hans): add --fallback zh to accept it
 */
export async function withLanguageFlags<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UnsupportedLocaleError)) throw error;
    throw new InvalidOptionsError(unsupportedLocaleMessage(`--lang ${quote(error.locale)}`, error.available, error.suggestion, (lang) => `add --fallback ${lang}`));
  }
}

/** What a command did with the languages, to tell whether `--fallback` could have served. */
export interface LanguageUse {
  /** The tags of `--lang`, or `undefined` (every language). */
  readonly tags: readonly string[] | undefined;
  /** The languages of `--fallback`. */
  readonly fallback: readonly Language[];
  /** The languages of the document. */
  readonly available: readonly Language[];
  /**
   * What the command does with several languages: `columns` (render, diff: each is shown, so
   * a fallback only serves a tag that matches none) or `preference` (show, record: the first
   * with text is shown, so a fallback also serves a text the requested language lacks).
   */
  readonly several: 'columns' | 'preference';
}

/**
 * The note for a `--fallback` that can have no effect, or `undefined` when it may have one.
 * It has none without `--lang` (every language is shown), for a language a tag of `--lang`
 * already asks for, and, where languages are columns, when several are shown and every tag
 * matched. The command still runs: an option that changes nothing is not an error (a script may
 * pass `--fallback en` whatever `--lang` it is given), but it is never ignored without a word.
 *
 * @param use - The tags, the fallback and what the command does with them.
 * @returns The note, without the `legal-clauses: note: ` prefix.
 * @example
 * unusedFallback({ tags: ['zh'], fallback: ['zh'], available: ['zh', 'en'], several: 'columns' });
 * //=> '--fallback zh has no effect: --lang zh asks for zh already'
 */
export function unusedFallback(use: LanguageUse): string | undefined {
  if (use.fallback.length === 0) return undefined;
  const flag = `--fallback ${use.fallback.join(',')}`;
  if (use.fallback.every((lang) => !use.available.includes(lang))) {
    return `${flag} has no effect: the document has no text in ${use.fallback.join(', ')} (its languages: ${use.available.join(', ')})`;
  }
  if (use.tags === undefined) return `${flag} has no effect without --lang: every language is shown`;
  const matched = use.tags.map((tag) => matchLanguage(tag, use.available));
  const requested = matched.filter((lang) => lang !== undefined);
  if (use.fallback.every((lang) => requested.includes(lang))) {
    return `${flag} has no effect: --lang ${use.tags.join(',')} asks for ${use.fallback.join(', ')} already`;
  }
  const columns = new Set(requested);
  if (use.several === 'columns' && columns.size > 1 && !matched.includes(undefined)) {
    return `${flag} has no effect with several languages side by side: a clause one of them did not publish is marked in its place (it fills in clauses with one --lang)`;
  }
  return undefined;
}

/**
 * Prints the note of {@link unusedFallback} on stderr, if any.
 *
 * @param io - Where to print.
 * @param use - The tags, the fallback and what the command does with them.
 * @example
 * noteUnusedFallback(io, { tags: undefined, fallback: ['en'], available: ['zh', 'en'], several: 'columns' });
 * printed.stderr;
 * //=> 'legal-clauses: note: --fallback en has no effect without --lang: every language is shown\n'
 */
export function noteUnusedFallback(io: Io, use: LanguageUse): void {
  const note = unusedFallback(use);
  if (note !== undefined) io.stderr(`legal-clauses: note: ${note}\n`);
}

/** Help lines for `--lang` and `--fallback`, the same in every command that takes them. */
export const LANGUAGE_HELP = {
  lang: `  --lang TAGS        BCP 47 tags: zh, en, zh-CN, en-GB (zh-TW gets Traditional Chinese
                     only, never Simplified); several joined by commas`,
  fallback: `  --fallback LANGS   languages to accept when a tag of --lang matches none
                     (--lang zh-TW --fallback zh)`,
} as const;

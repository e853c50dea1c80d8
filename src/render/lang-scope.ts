/**
 * How the serialisers of HTML-like output (HTML, hast, mdast) track the language of the text
 * they write: a translation or a block in another language sets it for what it holds, so that
 * each element gets the `lang` of its own text.
 */

/** A serialiser state that knows the language of the text being written (a BCP 47 tag). */
export interface LangState {
  lang: string;
}

/**
 * Runs `write` with the language of the text set to `lang`, then restores the outer one.
 *
 * @param state - The serialiser's state.
 * @param lang - The BCP 47 tag of what `write` writes.
 * @param write - Writes the content.
 * @returns What `write` returned.
 * @example
 * within({ lang: 'zh-Hans' }, 'en', () => 'x');
 * //=> 'x'
 */
export function within<T>(state: LangState, lang: string, write: () => T): T {
  const outer = state.lang;
  state.lang = lang;
  const result = write();
  state.lang = outer;
  return result;
}

/**
 * Writes a block in its own language when it has one (an English notice inside Chinese text),
 * else in the surrounding one.
 *
 * @param lang - The block's own tag, if any.
 * @param state - The serialiser's state.
 * @param write - Writes the block, given its language.
 * @returns What `write` returned.
 * @example
 * inLang(undefined, { lang: 'zh-Hans' }, (lang) => lang);
 * //=> 'zh-Hans'
 */
export function inLang<T>(lang: string | undefined, state: LangState, write: (lang: string) => T): T {
  return lang === undefined ? write(state.lang) : within(state, lang, () => write(lang));
}

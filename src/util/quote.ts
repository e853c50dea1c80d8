/**
 * A value someone typed, quoted for a message. A long one (a pasted file as an argument) is cut
 * and its length given, so that a message stays one readable line and never echoes 100 KB.
 */

/** How many characters of a value a message shows. */
export const QUOTED_MAX = 60;

/**
 * The value in single quotes, cut after {@link QUOTED_MAX} characters (whole code points) with
 * its length in characters.
 *
 * @param value - What was received.
 * @returns Such as `'imge-use'`, or `'aaaa…' (100000 characters)`.
 * @example
 * quote('imge-use');
 * //=> "'imge-use'"
 * quote('a'.repeat(100_000));
 * //=> "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' (100000 characters)"
 */
export function quote(value: string): string {
  const shown = cut(value);
  return shown === value ? `'${value}'` : `'${shown}…' (${value.length} characters)`;
}

/** The first {@link QUOTED_MAX} code points of a value (a pair of surrogates is never split). */
function cut(value: string): string {
  return Array.from(value.slice(0, QUOTED_MAX * 2)).slice(0, QUOTED_MAX).join('');
}

/**
 * The value as a JSON string (controls and lone surrogates as escapes), cut like {@link quote}.
 *
 * @param value - What was received.
 * @returns Such as `"disclaimer@2003"`, or `"aaaa"… (100000 characters)`.
 * @example
 * quoteJson('a\u0000b');
 * //=> '"a\\u0000b"'
 */
export function quoteJson(value: string): string {
  const shown = cut(value);
  return shown === value ? JSON.stringify(value) : `${JSON.stringify(shown)}… (${value.length} characters)`;
}

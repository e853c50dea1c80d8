/**
 * Limits on what we read, documented in docs/security.md: an untrusted corpus cannot make a
 * reader overflow the stack or exhaust memory before it is refused with a clear message.
 */

/**
 * The deepest nesting of JSON arrays and objects in any file we read (the top-level value is
 * level 1). A corpus needs about 12 levels plus 4 per level of nested lists.
 *
 * @example
 * MAX_JSON_DEPTH;
 * //=> 64
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The largest file we read, in bytes (256 MiB): a corpus file, a file of a corpus directory,
 * a lock or a lint configuration. Reading one takes a few times its size in memory.
 *
 * @example
 * MAX_JSON_BYTES / 2 ** 20;
 * //=> 256
 */
export const MAX_JSON_BYTES = 256 * 2 ** 20;

/**
 * Diffs between editions: clause alignment, word-level redlines in Chinese and English, and
 * formatters for terminals, pull requests, browsers and programs.
 */
export {};

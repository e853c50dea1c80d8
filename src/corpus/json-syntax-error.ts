/**
 * Where and why JSON text is malformed. JavaScript engines word (and place) syntax errors
 * differently, and some give no position at all; this gives the same message everywhere: the
 * first offending place, and whether the text simply ends too early, which usually means a
 * truncated file. It is {@link scanJson} without the strict checks.
 */
import { positionOf, scanJson } from './scan-json.js';

/** A syntax error in JSON text. */
export interface JsonSyntaxError {
  /** 0-based offset of the problem, in UTF-16 code units. */
  offset: number;
  /** What was expected there. */
  reason: string;
  /** Whether the text ended while a value was still open. */
  truncated: boolean;
}

const encoder = new TextEncoder();

/**
 * The first syntax error in `text`, or `undefined` when it is well-formed JSON. Iterative: any
 * depth of nesting is scanned without recursion.
 *
 * @param text - The JSON text.
 * @returns The error, or `undefined`.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const bytes = encoder.encode(text);
  const problem = scanJson(bytes, { strict: false });
  if (!problem) return undefined;
  return { offset: positionOf(bytes, problem.offset).offset, reason: problem.reason, truncated: problem.truncated };
}

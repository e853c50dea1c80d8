/**
 * The skeleton every report command shares (check, lint, parity, verify, changeset): read
 * `--format` (and `--fail-on` for findings) before any work, so that a wrong value is refused
 * first; then print what the library's formatter for that format wrote, and exit 1 when the
 * report fails, else 0.
 */
import { fails, type FailOn } from '../checks/severity.js';
import { SEVERITIES, type Severity } from '../checks/types.js';
import { choiceOption, type Io, type ParsedValues } from './command.js';

/** What makes a report fail: its own verdict, or findings at `--fail-on` or worse. */
export type Verdict = { readonly failed: boolean } | { readonly findings: readonly { readonly severity: Severity }[] };

/** A report command's output, chosen by its options. */
export interface ReportOutput<F extends string> {
  /** The `--format` asked for. */
  readonly format: F;
  /**
   * Prints a formatter's text to stdout.
   *
   * @param io - Where to print.
   * @param text - What the formatter of {@link format} wrote.
   * @param verdict - Whether the report fails.
   * @returns The exit code: 1 when the report fails, else 0.
   */
  print(io: Io, text: string, verdict: Verdict): number;
}

/**
 * Reads a report command's `--format` (the first format is the default) and, with `failOn`,
 * its `--fail-on` (default `error`).
 *
 * @param values - Parsed options.
 * @param formats - The formats the command writes, the default first.
 * @param options - Whether the command takes `--fail-on`.
 * @returns The format, and how to print the report and exit.
 * @throws {InvalidOptionsError} When `--format` or `--fail-on` has another value.
 */
export function reportOutput<F extends string>(values: ParsedValues, formats: readonly [F, ...F[]], options: { failOn?: boolean } = {}): ReportOutput<F> {
  const format = choiceOption(values, 'format', formats, formats[0]);
  const failOn: FailOn = options.failOn ? choiceOption(values, 'fail-on', [...SEVERITIES, 'never'] as const, 'error') : 'error';
  return {
    format,
    print(io, text, verdict) {
      io.stdout(text);
      const failed = 'failed' in verdict ? verdict.failed : fails(verdict.findings.map((finding) => finding.severity), failOn);
      return failed ? 1 : 0;
    },
  };
}

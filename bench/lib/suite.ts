/**
 * What a benchmark suite is: a named run that measures ours beside an alternative in the same
 * process and returns Markdown for docs/benchmarks.md. Suites live in bench/suites/ and are
 * listed in bench/suites/index.ts.
 */
export interface BenchSuite {
  /** Short id, used on the command line: `npm run bench -- render`. */
  name: string;
  /** Heading of the suite's section in docs/benchmarks.md. */
  title: string;
  /** Runs the measurements; returns the body of the section (Markdown, without the heading). */
  run(): Promise<string>;
}

/** A Markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Milliseconds with a sensible number of digits. */
export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(2)} ms` : `${(value * 1000).toFixed(1)} µs`;
}

/** Bytes as B, KB (1000) or MB. */
export function bytes(value: number): string {
  return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : value >= 1e3 ? `${(value / 1e3).toFixed(2)} KB` : `${value} B`;
}

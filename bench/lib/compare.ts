import { Bench } from 'tinybench';
import { markdownTable, ms } from './suite.js';

/** One measured task: its median and mean time per operation, and the margin of error. */
export interface Measured {
  name: string;
  median: number;
  mean: number;
  rme: number;
}

/**
 * Measures functions side by side in one tinybench run (same process, same warm-up), so that
 * ours and the alternative are compared under the same conditions.
 */
export async function compare(tasks: Record<string, () => unknown>, options: { time?: number } = {}): Promise<Measured[]> {
  const bench = new Bench({ time: options.time ?? 1000, warmupTime: 200 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`bench task ${task.name} did not complete: ${result.state}`);
    return { name: task.name, median: result.latency.p50, mean: result.latency.mean, rme: result.latency.rme };
  });
}

/** A table of measured tasks, each with its time relative to the first. */
export function comparisonTable(measured: readonly Measured[]): string {
  const base = measured[0]!.median;
  return markdownTable(
    ['task', 'median per op', 'mean per op', '± (95%)', 'relative to first'],
    measured.map((task) => [task.name, ms(task.median), ms(task.mean), `${task.rme.toFixed(1)} %`, `${(task.median / base).toFixed(2)}×`]),
  );
}

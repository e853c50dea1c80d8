/**
 * CLI start (issue 14 item 6): every command of the built executable (dist/cli.cjs) on the bundled
 * corpus, each a fresh process, interleaved round by round with a bare `node -e ""` so that both
 * see the same machine. Goal: at most 1.3× a bare start. Measured twice in the same run: in the
 * environment as it is, and without NODE_EXTRA_CA_CERTS when it is set (Node then parses a whole
 * certificate bundle before running anything, which makes every start slower and every ratio
 * smaller than on a machine without it).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { markdownTable, ms, type BenchSuite } from '../lib/suite.js';

const CLI = resolve('dist/cli.cjs');
const ROUNDS = 41;
const GOAL = 1.3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of one fresh process, its output read through pipes as a shell pipeline would. */
function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64e6 });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

export const cliStartSuite: BenchSuite = {
  name: 'cli-start',
  title: 'CLI start: every command on the bundled corpus beside a bare node',
  async run() {
    const record = spawnSync(process.execPath, [CLI, 'record', '--lang', 'zh'], { encoding: 'utf8' }).stdout.trim();
    const commands: Record<string, string[]> = {
      '--version': ['--version'],
      '--help': ['--help'],
      list: ['list'],
      'show trademarks --lang zh': ['show', 'trademarks', '--lang', 'zh'],
      'render --lang zh': ['render', '--lang', 'zh'],
      'diff 2003-04-15 2003-04-15': ['diff', '2003-04-15', '2003-04-15'],
      export: ['export'],
      check: ['check'],
      'verify RECORD': ['verify', record],
      'record --lang zh': ['record', '--lang', 'zh'],
      parity: ['parity'],
      lint: ['lint'],
      'changeset --check': ['changeset', '--check'],
    };
    const { NODE_EXTRA_CA_CERTS: extraCerts, ...withoutCerts } = process.env;
    const environments: [string, NodeJS.ProcessEnv][] = [['as is', process.env]];
    if (extraCerts !== undefined) environments.push(['without NODE_EXTRA_CA_CERTS', withoutCerts]);

    const variants: { environment: string; name: string; args: string[]; env: NodeJS.ProcessEnv }[] = [];
    for (const [environment, env] of environments) {
      variants.push({ environment, name: 'bare', args: ['-e', ''], env });
      for (const [name, args] of Object.entries(commands)) variants.push({ environment, name, args: [CLI, ...args], env });
    }
    const samples = new Map(variants.map((variant) => [variant, [] as number[]]));
    const loadBefore = loadavg()[0]!.toFixed(2);
    for (const variant of variants) timeProcess(variant.args, variant.env); // warm the file cache
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of variants) samples.get(variant)!.push(timeProcess(variant.args, variant.env));
    }
    const loadAfter = loadavg()[0]!.toFixed(2);

    const tables = environments.map(([environment]) => {
      const bareSamples = samples.get(variants.find((variant) => variant.environment === environment && variant.name === 'bare')!)!;
      const [bare, bareFastest] = [median(bareSamples), Math.min(...bareSamples)];
      const rows = variants
        .filter((variant) => variant.environment === environment)
        .map((variant) => {
          const [value, fastest] = [median(samples.get(variant)!), Math.min(...samples.get(variant)!)];
          const ratio = value / bare;
          if (variant.name === 'bare') return ['bare `node -e ""`', ms(value), '1.00×', ms(fastest), '1.00×', '—'];
          const ratios = `${ratio <= GOAL ? 'met' : 'over'} (fastest: ${fastest / bareFastest <= GOAL ? 'met' : 'over'})`;
          return [`\`legal-clauses ${variant.name}\``, ms(value), `**${ratio.toFixed(2)}×**`, ms(fastest), `${(fastest / bareFastest).toFixed(2)}×`, ratios];
        });
      return `${environment === 'as is' ? `Environment as it is${extraCerts === undefined ? '' : ' (NODE_EXTRA_CA_CERTS set, as on this machine)'}` : 'The same commands without NODE_EXTRA_CA_CERTS (as on most machines)'}:

${markdownTable(['process', 'median', 'relative to bare node', 'fastest', 'fastest relative to fastest bare', `goal ≤ ${GOAL}×`], rows)}`;
    });

    return `Median and fastest wall time of ${ROUNDS} fresh processes per row, every row of both tables interleaved round by
round (output read through pipes). On this shared machine the median moves with the other agents' load; the fastest run
of each is the start with the least interference, and their ratio the steadier one. Load average (1 min) of the machine (2 cores, shared): ${loadBefore} before the runs,
${loadAfter} after. \`RECORD\` is the acceptance record \`record --lang zh\` prints.

${tables.join('\n\n')}`;
  },
};

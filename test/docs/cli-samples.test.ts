/**
 * The command-line samples of README.md and docs/*.md print what they say (issue 14, item 10): a
 * fenced block that begins with `$ legal-clauses …` is run (in-process, from the repository's
 * root) and the lines after it must be its output, standard output then standard error. A line
 * that is only `…` stands for whole lines left out; nothing is ever cut inside a line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_FILES } from '../helpers/code-blocks.js';
import { runInProcess } from '../helpers/run.js';


interface Sample {
  readonly where: string;
  readonly args: string[];
  readonly lines: string[];
}

/** Splits a command line as a POSIX shell would for these samples: spaces, single and double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

function samples(): Sample[] {
  const found: Sample[] = [];
  for (const file of DOC_FILES) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^```(?:console|text)?\n(\$ legal-clauses [^\n]*)\n([\s\S]*?)^```$/gm)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ where: `${file}:${line}`, args: words(match[1]!).slice(2), lines: match[2]!.replace(/\n$/, '').split('\n') });
    }
  }
  return found;
}

/** Whether `expected` is `actual` with runs of whole lines replaced by `…` lines. */
function excerptOf(expected: readonly string[], actual: readonly string[]): boolean {
  let at = 0;
  let skipping = false;
  for (const line of expected) {
    if (line === '…') {
      skipping = true;
      continue;
    }
    const next = skipping ? actual.indexOf(line, at) : actual[at] === line ? at : -1;
    if (next < 0) return false;
    at = next + 1;
    skipping = false;
  }
  return skipping || at === actual.length;
}

const SAMPLES = samples();

describe('command-line samples of the documentation', () => {
  it('finds the samples', () => {
    expect(SAMPLES.map((sample) => sample.where.split(':')[0])).toContain('README.md');
  });

  it.each(SAMPLES.map((sample) => [`${sample.where}: legal-clauses ${sample.args.join(' ')}`, sample] as const))('%s prints what the sample shows', async (_name, sample) => {
    const result = await runInProcess(sample.args);
    const actual = `${result.stdout}${result.stderr}`.replace(/\n$/, '').split('\n');
    expect(excerptOf(sample.lines, actual), `${sample.where} shows:\n${sample.lines.join('\n')}\n\nthe command prints:\n${actual.join('\n')}`).toBe(true);
  });
});

describe('excerptOf', () => {
  it('accepts whole lines left out where the sample says so, and nothing else', () => {
    expect(excerptOf(['a', '…', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(excerptOf(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(excerptOf(['a', '…'], ['a', 'b'])).toBe(true);
    expect(excerptOf(['a'], ['a', 'b'])).toBe(false);
    expect(excerptOf(['a', '…', 'x'], ['a', 'b'])).toBe(false);
    expect(excerptOf(['…', 'b…'], ['a', 'b c'])).toBe(false);
  });
});

/**
 * The report commands print what the library's formatters write, in the format asked for, and
 * exit by the report's verdict (in-process, through `run(args, io)`).
 */
import { describe, expect, it } from 'vitest';
import { createLock, formatLintMarkdown, formatParityMarkdown, formatVerificationMarkdown, lintCorpus, parityReport, verifyCorpus } from '../../src/checks.js';
import { corpus } from '../../src/index.js';
import { readLintConfigFile } from '../../src/node.js';
import { runInProcess } from '../helpers/run.js';

describe('lint, parity and check --format markdown', () => {
  it('print the Markdown formatters of the checks entry', async () => {
    const config = await readLintConfigFile('clauses/lint.json');
    expect(await runInProcess(['lint', '--format', 'markdown'])).toEqual({ status: 0, stdout: formatLintMarkdown(lintCorpus(corpus, { config })), stderr: '' });
    expect(await runInProcess(['parity', '--format', 'markdown', '--fail-on', 'warning'])).toEqual({ status: 1, stdout: formatParityMarkdown(parityReport(corpus)), stderr: '' });
    const check = await runInProcess(['check', '--corpus', 'clauses', '--format', 'markdown']);
    expect(check).toEqual({
      status: 0,
      stdout: formatVerificationMarkdown(verifyCorpus(corpus, { lock: createLock(corpus) }), { lockFile: 'clauses/lock.json' }),
      stderr: '',
    });
  });

  it('refuse Markdown for a lock update, before anything is read or written', async () => {
    expect(await runInProcess(['check', '--update', '--corpus', 'clauses', '--format', 'markdown'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'legal-clauses: --update reports in text or json; --format markdown is for the check\n',
    });
  });
});

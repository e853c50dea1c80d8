/**
 * The GitHub Actions recipe of docs/releasing.md, run locally: the commands of its "Redline"
 * step, read from the document as written, on a git repository whose origin has a pull request
 * (refs/pull/7/head) that adds the FICTIONAL 2024-01-01 edition of
 * test/fixtures/corpora/two-editions to clauses/. The build is this repository's dist/
 * (`npm test` builds it first); the "Comment" step needs GitHub and is not run.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, exec } from '../helpers/processes.js';

/** The `run: |` block of the step named `name` in the document's YAML, dedented. */
function stepScript(markdown: string, name: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- name: ${name}`);
  const run = lines.findIndex((line, index) => index > start && line.trim() === 'run: |');
  const indent = /^\s*/.exec(lines[run + 1]!)![0].length;
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== '' && /^\s*/.exec(line)![0].length < indent) break;
    body.push(line.slice(indent));
  }
  return body.join('\n');
}

describe('the redline workflow of docs/releasing.md', () => {
  it("writes the Markdown redline of a pull request's clauses/ against the base branch's", async () => {
    const script = stepScript(readFileSync('docs/releasing.md', 'utf8'), 'Redline');
    expect(script).toContain('--format markdown');
    const root = mkdtempSync(join(tmpdir(), 'legal-clauses-ci-'));
    const git = async (cwd: string, ...args: string[]) => {
      const result = await exec('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd });
      expect(result.status, result.stderr).toBe(0);
    };
    try {
      const origin = join(root, 'origin.git');
      const checkout = join(root, 'checkout');
      mkdirSync(checkout);
      await git(root, 'init', '--quiet', '--bare', origin);
      await git(checkout, 'init', '--quiet', '--initial-branch=main');
      cpSync(resolve('clauses'), join(checkout, 'clauses'), { recursive: true });
      await git(checkout, 'add', 'clauses');
      await git(checkout, 'commit', '--quiet', '-m', 'base');
      await git(checkout, 'remote', 'add', 'origin', origin);
      await git(checkout, 'push', '--quiet', 'origin', 'main');
      rmSync(join(checkout, 'clauses', 'disclaimer'), { recursive: true });
      cpSync(resolve('test/fixtures/corpora/two-editions/disclaimer'), join(checkout, 'clauses', 'disclaimer'), { recursive: true });
      await git(checkout, 'add', '--all', 'clauses');
      await git(checkout, 'commit', '--quiet', '-m', 'FIXTURE: a new edition');
      await git(checkout, 'push', '--quiet', 'origin', 'HEAD:refs/pull/7/head');
      await git(checkout, 'reset', '--quiet', '--hard', 'HEAD~1');
      // actions/checkout of the base branch, and `npm ci && npm run build`: this repository's build.
      symlinkSync(resolve('dist'), join(checkout, 'dist'), 'dir');
      symlinkSync(resolve('node_modules'), join(checkout, 'node_modules'), 'dir');

      const runnerTemp = join(root, 'runner-temp');
      mkdirSync(runnerTemp);
      const result = await exec('bash', ['-e', '-c', script], { cwd: checkout, env: cleanEnv({ RUNNER_TEMP: runnerTemp, PR_REF: 'refs/pull/7/head' }) });
      expect(result.status, result.stderr).toBe(0);
      const redline = readFileSync(join(checkout, 'redline.md'), 'utf8');
      expect(redline).toMatch(/^# Review of disclaimer: 2003-04-15 → 2024-01-01\n\nCompared: base\/clauses → pull-request\/clauses\n/);
      expect(redline).toContain('不<del>得</del><ins>应</ins>用于任何商业用途');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

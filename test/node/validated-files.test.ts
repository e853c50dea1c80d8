/**
 * The lock and lint configuration files: the package's own, exactly as `npm run generate`
 * validated them, are read without zod to the same values the validating parsers give; any other
 * text is validated. And the executable loads zod only for what it must validate (issue 14: a CLI
 * start close to a bare `node`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusValidationError } from '../../src/index.js';
import { readLintConfigFile, readLockFile } from '../../src/node.js';
import { parseLintConfig, parseLock } from '../../src/schema.js';
import { CLI } from '../helpers/cli.js';
import { writeTempFile } from '../helpers/corpus.js';

const lock = readFileSync('clauses/lock.json', 'utf8');
const lint = readFileSync('clauses/lint.json', 'utf8');

describe('readLockFile and readLintConfigFile', () => {
  it('read the package’s own files to the values parseLock and parseLintConfig give', async () => {
    expect(await readLockFile('clauses/lock.json')).toEqual(parseLock(lock, 'clauses/lock.json'));
    expect(await readLintConfigFile('clauses/lint.json')).toEqual(parseLintConfig(lint, 'clauses/lint.json'));
  });

  it('validate any other text, as the parsers do', async () => {
    const spaced = `${lock}\n`;
    expect(await readLockFile(writeTempFile('lock.json', spaced))).toEqual(parseLock(spaced, 'lock.json'));
    const broken = writeTempFile('lock.json', lock.replace('"structure": "sha256:', '"structure": "md5:'));
    await expect(readLockFile(broken)).rejects.toThrow(CorpusValidationError);
    await expect(readLockFile(broken)).rejects.toThrow(/lock\.json: documents\.disclaimer\["2003-04-15"\]\.structure: /);
    await expect(readLintConfigFile(writeTempFile('lint.json', lint.replace('"terms"', '"term"')))).rejects.toThrow(CorpusValidationError);
  });
});

describe('the executable', () => {
  /** The packages outside node_modules' built-ins that a run of the CLI loads. */
  function packagesLoaded(args: string[]): string[] {
    const tracer = writeTempFile(
      'trace.cjs',
      `const Module = require('module'); const load = Module._load; const seen = new Set();
Module._load = function (request, ...rest) { if (/^[@a-z]/.test(request) && !request.startsWith('node:') && !Module.isBuiltin(request)) seen.add(request); return load.call(this, request, ...rest); };
process.on('exit', () => process.stderr.write('loaded: ' + JSON.stringify([...seen]) + '\\n'));`,
    );
    const result = spawnSync(process.execPath, ['--require', tracer, CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(/^loaded: (.*)$/m.exec(result.stderr)![1]!) as string[];
  }

  it('loads no zod for the bundled corpus, its lock and its lint configuration, and loads it for a corpus given', () => {
    for (const args of [['render', '--lang', 'zh'], ['check'], ['lint']]) expect(packagesLoaded(args), args.join(' ')).toEqual([]);
    expect(packagesLoaded(['list', '--corpus', 'clauses'])).toContain('zod');
  });
});

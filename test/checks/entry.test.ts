/**
 * The checks entry runs where apps run: browsers and edge workers, which have no `node:`
 * modules and no synchronous crypto. Bundled for the browser by esbuild, as an app's bundler
 * would, from the sources.
 */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../helpers/source.js';

async function bundle(contents: string): Promise<string> {
  return (await bundleWithInputs(contents)).code;
}

/** The bundle, and the modules it was made from. */
async function bundleWithInputs(contents: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    minify: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

describe('legal-clauses/checks in a browser bundle', () => {
  it('bundles for the browser, with no node: module and no node:crypto', async () => {
    const code = await bundle("export * from './src/checks.ts';");
    expect(code).not.toMatch(/from ["']node:|require\(["']node:|["']crypto["']/);
  });

  it('holds no zod, even with every export used: lock and lint-configuration files are read by the schema and node entries', async () => {
    const { code, inputs } = await bundleWithInputs("import * as checks from './src/checks.ts'; console.log(checks);");
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    // The readers are where the entries say: the markers above would show zod if they were not.
    const schema = await bundle("import { parseLock, parseLintConfig } from './src/schema.ts'; console.log(parseLock, parseLintConfig);");
    expect(schema).toMatch(/ZodError|\$ZodType/);
  });

  it('verifies a record with the bundled corpus, and leaves zod out of an app that only verifies records', async () => {
    const code = await bundle("import { verifyAcceptanceRecord } from './src/checks.ts'; import { corpus } from './src/index.ts'; export const verify = (record) => verifyAcceptanceRecord(corpus, record);");
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { verify: (record: string) => { valid: boolean; text?: string } };
    // The published source's fourth Chinese paragraph is the trademarks clause.
    const trademarks = sourceParagraphs().zh[3]!;
    const record = `disclaimer@2003-04-15/zh/trademarks#sha256:${createHash('sha256').update(trademarks).digest('hex')}`;
    expect(module.verify(record)).toMatchObject({ valid: true, text: trademarks });
    expect(module.verify(record.replace(/.$/, (digit) => (digit === '0' ? '1' : '0')))).toMatchObject({ valid: false, status: 'hash-mismatch' });
  });
});

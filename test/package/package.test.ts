import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import { packPackage, runIn, type PackedPackage } from '../helpers/packed.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; version: string };
let packed: PackedPackage;

beforeAll(() => {
  packed = packPackage();
});

describe('the packed tarball', () => {
  it('holds the build, the data and the schemas, and no tests, fixtures, sources or source maps', () => {
    const allowed = /^(dist\/[\w.-]+\.(c?js|d\.c?ts)|dist\/cli-[\w-]+\.cjs\.v8cache|clauses\/[\w/.-]+\.json|schema\/[\w.-]+\.schema\.json|corpus\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
    expect(packed.files.filter((file) => !allowed.test(file))).toEqual([]);
    expect(packed.files.some((file) => /(^|\/)(test|fixtures|src|bench)\//.test(file) || file.endsWith('.map'))).toBe(false);
  });

  it('holds every file an export points to', () => {
    const targets = JSON.stringify(pkg.exports).match(/"\.\/[^"*]+"/g)!.map((target) => target.slice(3, -1));
    const exportKeys = new Set(Object.keys(pkg.exports).map((key) => key.slice(2)));
    for (const target of targets.filter((target) => !exportKeys.has(target) || target.includes('.'))) {
      expect(packed.files, target).toContain(target);
    }
  });

  it('passes publint --strict', async () => {
    const bytes = readFileSync(packed.tarball);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Files in an npm tarball sit under `package/`.
    const { messages } = await publint({ pkgDir: 'package', strict: true, pack: { tarball } });
    expect(messages).toEqual([]);
  });

  it('passes arethetypeswrong in every resolution mode', () => {
    const attw = join('node_modules', '.bin', 'attw');
    const result = runIn(process.cwd(), attw, [packed.tarball, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { problems: Record<string, unknown[]>; analysis: { entrypoints: Record<string, { resolutions: Record<string, unknown> }> } };
    expect(report.problems).toEqual({});
    const entrypoints = Object.keys(report.analysis.entrypoints);
    expect(entrypoints).toEqual(expect.arrayContaining(['.', './clauses', './schema', './node', './diff', './checks']));
    for (const entry of entrypoints.filter((name) => !name.includes('*'))) {
      expect(Object.keys(report.analysis.entrypoints[entry]!.resolutions).sort()).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
    }
    expect(result.status).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpusDirectory } from '../../src/node.js';
import { exportNameOf, renderBundledSources } from '../../scripts/bundled-sources.js';
import * as clauses from '../../src/clauses.js';
import { corpus } from '../../src/index.js';

describe('generated corpus modules', () => {
  it('match what `npm run generate` writes from clauses/', async () => {
    const trustFiles = { 'lock.json': readFileSync('clauses/lock.json', 'utf8'), 'lint.json': readFileSync('clauses/lint.json', 'utf8') };
    const sources = renderBundledSources(await readCorpusDirectory('clauses'), trustFiles);
    for (const [path, content] of Object.entries(sources)) {
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run generate`).toBe(content);
    }
  });

  it('export every clause by name from legal-clauses/clauses', () => {
    for (const clause of corpus.clauses) {
      expect((clauses as Record<string, unknown>)[exportNameOf(clause.id)]).toBe(clause);
    }
    expect(Object.keys(clauses)).toHaveLength(corpus.clauses.length);
  });
});

describe('exportNameOf', () => {
  it('camel-cases kebab ids', () => {
    expect(exportNameOf('assumption-of-risk')).toBe('assumptionOfRisk');
  });

  it('avoids names JavaScript reserves', () => {
    expect(exportNameOf('default')).toBe('defaultClause');
    expect(exportNameOf('2-fees')).toBe('_2FeesClause');
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToText, type Language, type Translation } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { PUBLISHED, RELEASE_1, RELEASE_2, TWO_EDITIONS, readTwoEditions, releaseExports } from './helpers/fixtures.js';

const text = (translation: Translation | undefined) =>
  translation?.status === 'published' ? blocksToText(translation.blocks) : undefined;

/** The edits the fixture README documents, per clause and language: [old, new] replacements. */
const EDITS: Record<string, Partial<Record<Language, [string, string][]>>> = {
  acceptance: { zh: [['互联 网', '互联网']] },
  'information-liability': { zh: [['阿里巴巴对此等', '1688对此等'], [',', '，']] },
  downloads: { zh: [['不得用于任何商业用途', '不应用于任何商业用途']], en: [['modify,disseminate', 'modify, disseminate']] },
  disclaimers: { en: [['warrantees', 'warranties']] },
  trademarks: { zh: [['未获得阿里巴巴或其他', '未获得1688或其他']] },
};

describe('fixture corpus two-editions', () => {
  it('holds the published 2003-04-15 edition verbatim', async () => {
    const published = await readCorpusDirectory(PUBLISHED);
    const fixture = await readTwoEditions();
    for (const file of ['document.json', 'editions/2003-04-15.json']) {
      expect(await readFile(join(TWO_EDITIONS, 'disclaimer', file), 'utf8')).toBe(
        await readFile(join(PUBLISHED, 'disclaimer', file), 'utf8'),
      );
    }
    for (const clause of published.clauses) {
      const copy = fixture.clauses.find((candidate) => candidate.id === clause.id);
      expect(copy?.topics).toEqual(clause.topics);
      expect(copy?.editions['2003-04-15']).toEqual(clause.editions['2003-04-15']);
    }
  });

  it('derives 2024-01-01 from 2003-04-15 by the documented edits and nothing else', async () => {
    const corpus = await readTwoEditions();
    for (const clause of corpus.clauses) {
      const before = clause.editions['2003-04-15']!;
      const after = clause.editions['2024-01-01'];
      if (clause.id === 'opinions') {
        expect(after).toBeUndefined();
        continue;
      }
      for (const lang of ['zh', 'en'] as const) {
        if (clause.id === 'image-use' && lang === 'zh') {
          expect(before.zh?.status).toBe('missing');
          expect(text(after?.zh)).toMatch(/^未经合法权利人书面同意/);
          continue;
        }
        let expected = text(before[lang]);
        for (const [from, to] of EDITS[clause.id]?.[lang] ?? []) {
          expect(expected).toContain(from);
          expected = expected!.replaceAll(from, to);
        }
        expect(text(after?.[lang]), `${clause.id} ${lang}`).toBe(expected);
      }
    }
  });

  it('says what it is in its README', async () => {
    const readme = await readFile(join(TWO_EDITIONS, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# FIXTURE — NOT PUBLISHED TEXT/);
    for (const clauseId of ['acceptance', 'information-liability', 'downloads', 'image-use', 'opinions', 'language-precedence', 'disclaimers', 'trademarks']) {
      expect(readme).toContain(`\`${clauseId}\``);
    }
  });

  it('keeps the committed release exports in step with the corpus folder', async () => {
    const { release1, release2 } = await releaseExports();
    if (process.env.UPDATE_FIXTURES) {
      await writeFile(RELEASE_1, release1);
      await writeFile(RELEASE_2, release2);
    }
    expect(await readFile(RELEASE_1, 'utf8')).toBe(release1);
    expect(await readFile(RELEASE_2, 'utf8')).toBe(release2);
  });
});

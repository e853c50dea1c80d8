import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  changesetCoverage,
  diffReleases,
  createAcceptanceRecord,
  editionFingerprint,
  formatChangeset,
  formatMarker,
  readMarkers,
  type MarkdownFile,
} from '../../src/checks.js';
import { CORPUS_FORMAT, corpus, type Corpus } from '../../src/index.js';
import { readCorpusDirectory } from '../../src/node.js';
import { diffCorpora, redlineMarkdown } from '../../src/diff.js';
import { parseCorpus, parseCorpusJson } from '../../src/schema.js';
import { RELEASE_1, RELEASE_2 } from '../diff/helpers/fixtures.js';
import { corpusWithLaterEditions, mutableCorpus, writeCorpusDirectory } from '../helpers/corpus.js';

const empty: Corpus = { format: CORPUS_FORMAT, documents: [], clauses: [] };
const byId = (data: any, id: string) => data.clauses.find((clause: { id: string }) => clause.id === id);

/**
 * FIXTURE: the helper's later editions (2010-06-01 published without image-use, 2030-01-01
 * draft), with the 2010-06-01 English acceptance clause corrected to name 1688.com.
 */
function correctedEdition(): Corpus {
  const data = structuredClone(corpusWithLaterEditions()) as any;
  const text = structuredClone(byId(data, 'acceptance').editions['2003-04-15']);
  text.en.blocks[0].text = text.en.blocks[0].text.replace('Alibaba.com', '1688.com');
  byId(data, 'acceptance').editions['2010-06-01'] = text;
  return parseCorpus(data);
}

/** Every changeset pending in the repository, and the released changelog if there is one. */
function repositoryChangelogs(): MarkdownFile[] {
  const files = readdirSync('.changeset')
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => ({ file: `.changeset/${name}`, text: readFileSync(join('.changeset', name), 'utf8') }));
  return existsSync('CHANGELOG.md') ? [...files, { file: 'CHANGELOG.md', text: readFileSync('CHANGELOG.md', 'utf8') }] : files;
}

describe('changesets of this repository', () => {
  it('describe every edition in clauses/ as it is now (a change under clauses/ needs a changeset)', async () => {
    const coverage = changesetCoverage(await readCorpusDirectory('clauses'), repositoryChangelogs());
    expect(coverage.undescribed.map((edition) => `${edition.message}; add a changeset ending with ${edition.marker} (npm run changeset:corpus drafts it)`)).toEqual([]);
  });
});

describe('changesetCoverage', () => {
  const drafted = formatChangeset(diffReleases(empty, corpus))!;

  it('fails for an edition no changeset describes, and gives the marker to add', () => {
    const coverage = changesetCoverage(corpus, [{ file: '.changeset/other.md', text: '---\n"legal-clauses": patch\n---\n\nA fix.\n' }]);
    expect(coverage.ok).toBe(false);
    expect(coverage.undescribed).toEqual([
      {
        document: 'disclaimer',
        edition: '2003-04-15',
        reason: 'added',
        marker: formatMarker({ document: 'disclaimer', edition: '2003-04-15', fingerprint: editionFingerprint(corpus, corpus.documents[0]!, corpus.documents[0]!.editions[0]!) }),
        message: 'disclaimer@2003-04-15 (published) is not described by any changeset',
      },
    ]);
  });

  it('passes once a drafted changeset describes the edition', () => {
    expect(changesetCoverage(corpus, [{ file: '.changeset/corpus.md', text: drafted }]).ok).toBe(true);
  });

  it('fails again when the described edition changes afterwards, even by one character', () => {
    const changed = parseCorpus(
      (() => {
        const data = mutableCorpus();
        const block = byId(data, 'opinions').editions['2003-04-15'].en.blocks[0];
        block.text = `${block.text} `;
        return data;
      })(),
    );
    expect(changesetCoverage(changed, [{ file: 'CHANGELOG.md', text: drafted }]).undescribed.map((edition) => [edition.edition, edition.reason])).toEqual([['2003-04-15', 'changed']]);
  });

  it('fails when a described edition is removed without a changeset saying so', () => {
    const later = correctedEdition();
    const described = formatChangeset(diffReleases(empty, later))!;
    const data = structuredClone(later) as any;
    data.documents[0].editions.pop();
    for (const clause of data.clauses) delete clause.editions['2030-01-01'];
    const withoutDraft = parseCorpus(data);
    expect(changesetCoverage(withoutDraft, [{ file: 'CHANGELOG.md', text: described }]).undescribed.map((edition) => [edition.edition, edition.reason, edition.marker])).toEqual([
      ['2030-01-01', 'removed', '<!-- legal-clauses: disclaimer@2030-01-01 removed -->'],
    ]);
    const removal = formatChangeset(diffReleases(later, withoutDraft))!;
    expect(changesetCoverage(withoutDraft, [{ file: 'CHANGELOG.md', text: described }, { file: '.changeset/removal.md', text: removal }]).ok).toBe(true);
  });
});

describe('diffReleases and formatChangeset', () => {
  it('describe a first release: the edition added, and per language the clauses it has', () => {
    const changes = diffReleases(empty, corpus);
    expect(changes.releaseType).toBe('minor');
    expect(changes.editions.map((edition) => [edition.kind, edition.edition, edition.comparedWith])).toEqual([['added', '2003-04-15', undefined]]);
    const markdown = formatChangeset(changes)!;
    expect(markdown).toMatch(/^---\n"legal-clauses": minor\n---\n\nCorpus: new document 'disclaimer'; new published edition disclaimer@2003-04-15\.\n/);
    expect(markdown).toContain('  - zh (governing language): 5 clauses: `acceptance`, `information-liability`, `downloads`, `trademarks`, `disclaimers`.');
    expect(markdown).toContain(`  - Acceptance records: \`${createAcceptanceRecord(corpus, { lang: 'zh' })}\`, \`${createAcceptanceRecord(corpus, { lang: 'en' })}\`.`);
  });

  it('tell a lawyer what a new edition changed, per language, down to the words', () => {
    const changes = diffReleases(corpus, correctedEdition());
    expect(changes.releaseType).toBe('minor');
    expect(changes.reasons).toEqual(['new published edition disclaimer@2010-06-01', 'new draft edition disclaimer@2030-01-01']);
    const markdown = formatChangeset(changes)!;
    const section = markdown.slice(markdown.indexOf('- **disclaimer@2010-06-01**'), markdown.indexOf('- **disclaimer@2030-01-01**'));
    expect(section.split('\n')).toEqual([
      '- **disclaimer@2010-06-01** (published): new edition, compared with 2003-04-15.',
      '  - zh (governing language): no clause added, removed or changed (5 clauses unchanged).',
      '  - en: removed `image-use`; changed `acceptance`; 8 clauses unchanged.',
      '  - `acceptance`, en:',
      expect.stringMatching(/^ {4}> .*Your access and use of the(?: |&#32;)<del>Alibaba<\/del><ins>1688<\/ins>\.com website will be deemed as/),
      '  - Outline: dateline (en): “·\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Released on: \u00a0April 15, 2003” → none.',
      expect.stringMatching(/^ {2}- Acceptance records: `disclaimer@2010-06-01\/zh#sha256:[0-9a-f]{64}`, `disclaimer@2010-06-01\/en#sha256:[0-9a-f]{64}`\.$/),
      '',
    ]);
    expect(readMarkers(markdown).map((marker) => marker.edition)).toEqual(['2010-06-01', '2030-01-01']);
  });

  it('call an edited published edition major, and say it must not be released', () => {
    const data = mutableCorpus();
    byId(data, 'copyright').editions['2003-04-15'].en.blocks[0].text = '© 1999-2025 1688.com. FIXTURE.';
    const changes = diffReleases(corpus, parseCorpus(data));
    expect(changes.releaseType).toBe('major');
    expect(changes.editions[0]).toMatchObject({ kind: 'edited', edition: '2003-04-15' });
    expect(formatChangeset(changes)).toContain('a published edition was edited: this must not be released; publish the change as a new edition');
  });

  it('call a removed clause id major, a revised draft a patch, a published draft minor, a retitled document a patch', () => {
    const later = correctedEdition();
    const withoutClause = structuredClone(later) as any;
    withoutClause.documents[0].editions[2].sections[1].clauses = ['information-liability', 'downloads'];
    delete byId(withoutClause, 'image-use').editions['2030-01-01'];
    const data = structuredClone(withoutClause);
    for (const edition of data.documents[0].editions) for (const section of edition.sections) section.clauses = section.clauses.filter((id: string) => id !== 'image-use');
    data.documents[0].editions[0].sections[1].clauses = ['information-liability', 'downloads'];
    data.clauses = data.clauses.filter((clause: { id: string }) => clause.id !== 'image-use');
    expect(diffReleases(later, parseCorpus(withoutClause)).releaseType).toBe('patch');
    const removed = diffReleases(later, parseCorpus(data));
    expect(removed.releaseType).toBe('major');
    expect(removed.reasons).toContain('clause ids removed: image-use (code importing them stops compiling)');

    const published = structuredClone(later) as any;
    published.documents[0].editions[2].status = 'published';
    expect(diffReleases(later, parseCorpus(published)).editions.map((edition) => [edition.edition, edition.kind])).toEqual([['2030-01-01', 'published']]);
    expect(diffReleases(later, parseCorpus(published)).releaseType).toBe('minor');

    const retitled = structuredClone(later) as any;
    retitled.documents[0].title.en = 'Disclaimer of 1688.com';
    const change = diffReleases(later, parseCorpus(retitled));
    expect([change.releaseType, change.editions.map((edition) => edition.kind)]).toEqual(['patch', ['metadata', 'metadata', 'metadata']]);
  });

  it('find nothing to release between equal corpora', () => {
    expect(diffReleases(corpus, corpus).releaseType).toBe('none');
    expect(formatChangeset(diffReleases(corpus, corpus))).toBeUndefined();
  });
});

describe('a drafted changeset through `changeset version`', () => {
  it('lands in CHANGELOG.md with its markers, and the released changelog then describes the corpus', () => {
    const root = mkdtempSync(join(tmpdir(), 'legal-clauses-release-'));
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'legal-clauses', version: '1.0.0' }));
    // The repository's configuration, with its changelog module named by absolute path.
    const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8'));
    config.changelog[0] = resolve('.changeset', config.changelog[0]);
    writeFileSync(join(root, '.changeset', 'config.json'), JSON.stringify(config));
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    const later = correctedEdition();
    renameSync(writeCorpusDirectory(later), join(root, 'clauses'));
    writeFileSync(join(root, '.changeset', 'new-edition.md'), formatChangeset(diffReleases(corpus, later))!);

    const result = spawnSync(process.execPath, [resolve('node_modules/@changesets/cli/bin.js'), 'version'], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 1.1.0');
    expect(changelog).toContain('- Corpus: new published edition disclaimer@2010-06-01; new draft edition disclaimer@2030-01-01.');
    // The changelog module adds what the diff finds in each edition described, for lawyers.
    expect(changelog).toContain('  **disclaimer@2010-06-01** (published; governing language zh), compared with 2003-04-15:\n\n  - zh (governing): no clause text changed.\n  - en: changed `acceptance`; removed `image-use`.');
    expect(changelog).toContain('  **disclaimer@2030-01-01** (draft; governing language zh), compared with 2010-06-01:');
    expect(readdirSync(join(root, '.changeset'))).toEqual(['config.json']);
    const coverage = changesetCoverage(later, [{ file: 'CHANGELOG.md', text: changelog }, { file: 'before', text: formatChangeset(diffReleases(empty, corpus))! }]);
    expect(coverage.undescribed).toEqual([]);
  });
});

describe('the redlines of a changeset', () => {
  /** The quoted redline lines of a clause text in a changeset. */
  function redlineOf(markdown: string, clause: string, language: string): string[] {
    const lines = markdown.split('\n');
    const start = lines.indexOf(`  - \`${clause}\`, ${language}:`);
    expect(start, `${clause}, ${language} in the changeset`).toBeGreaterThan(-1);
    const end = lines.findIndex((line, index) => index > start && !line.startsWith('    > '));
    return lines.slice(start + 1, end).map((line) => line.slice('    > '.length));
  }

  const [release1, release2] = [RELEASE_1, RELEASE_2].map((file) => parseCorpusJson(readFileSync(file, 'utf8'))) as [Corpus, Corpus];
  const markdown = formatChangeset(diffReleases(release1, release2))!;

  it('are the diff engine and its Markdown formatter: the same redline as the review report', () => {
    const report = diffCorpora(release1, release2);
    for (const clause of report.clauses) {
      for (const text of clause.texts.filter((entry) => entry.status === 'changed')) {
        expect(redlineOf(markdown, clause.id, text.language).filter((line) => line !== '…')).toEqual(
          redlineMarkdown(text.segments).filter((line) => /<(del|ins|sup)>/.test(line)),
        );
      }
    }
  });

  it('show a space added or removed as a symbol, never as empty Markdown emphasis', () => {
    expect(redlineOf(markdown, 'acceptance', 'zh')[0]).toContain('有关互联<del>␣</del><sup>whitespace</sup>网及');
    expect(redlineOf(markdown, 'downloads', 'en')[0]).toContain('modify,<ins>␣</ins><sup>whitespace</sup>disseminate');
    expect(markdown).not.toMatch(/~~|\*\*\s\*\*/);
  });

  it('compare English by whole words', () => {
    expect(redlineOf(markdown, 'disclaimers', 'en').join('\n')).toContain('<del>warrantees</del><ins>warranties</ins>');
  });

  it('show every change of a long Chinese paragraph in full: nothing cut, the rename visible', () => {
    const [line] = redlineOf(markdown, 'information-liability', 'zh');
    expect(line).toContain('<del>阿里巴巴</del><ins>1688</ins>对此等信息');
    expect(line).not.toContain('…');
    // Every character of both texts is in the line, in order, once the markup is taken out.
    const before = line!.replace(/<ins>.*?<\/ins>|<sup>.*?<\/sup>|<\/?del>/g, '');
    expect(before).toContain('本网站上关于阿里巴巴ALIBABA会员或他们的产品');
  });

  it('leave out unchanged paragraphs as one … line each run, and only those', () => {
    const lines = redlineOf(markdown, 'disclaimers', 'en');
    expect(lines[0]).toBe('…');
    expect(lines.filter((line) => line !== '…').every((line) => /<(del|ins)>/.test(line))).toBe(true);
  });
});

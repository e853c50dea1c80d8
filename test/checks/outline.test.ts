/**
 * How an edition's outline changed is one rule (src/diff/outline-changes.ts): the lock check,
 * the changelog draft and the diff, asked about the same edit, name the same changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLock, diffReleases, verifyLock } from '../../src/checks.js';
import { diffCorpora } from '../../src/diff.js';
import { corpus, type Corpus } from '../../src/index.js';
import { parseCorpus } from '../../src/schema.js';
import { mutableCorpus } from '../helpers/corpus.js';

const lock = createLock(corpus);
const clauseIds = corpus.documents[0]!.editions[0]!.sections.flatMap((section) => section.clauses);
const sectionIds = corpus.documents[0]!.editions[0]!.sections.map((section) => section.id);

/** FIXTURE: the bundled edition with its clauses dealt into its sections in another order, and some headings and datelines changed. */
function reshaped(order: readonly number[], cuts: readonly number[], retitled: { heading: boolean; dateline: boolean; title: boolean }): Corpus {
  const data = mutableCorpus();
  const edition = data.documents[0].editions[0];
  const ids = order.map((index) => clauseIds[index]!);
  // Every section keeps at least one clause: cut the reordered list at increasing points.
  const bounds = [0, ...cuts, ids.length];
  edition.sections = sectionIds.map((id, k) => ({ ...edition.sections[k], id, clauses: ids.slice(bounds[k], bounds[k + 1]) }));
  if (retitled.heading) edition.sections[1].heading = { ...edition.sections[1].heading, en: 'FIXTURE heading' };
  if (retitled.dateline) edition.dateline = { ...edition.dateline, en: 'FIXTURE dateline' };
  if (retitled.title) edition.title = { ...edition.title, zh: 'FIXTURE 标题' };
  return parseCorpus(data);
}

/** Increasing cut points, one per section boundary, each section non-empty. */
const cutsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: clauseIds.length - 1 }), { minLength: sectionIds.length - 1, maxLength: sectionIds.length - 1 })
  .map((cuts) => [...cuts].sort((a, b) => a - b));

describe('the outline rule', () => {
  it('names the same moved clauses, headings, datelines and titles in the lock check, the changelog draft and the diff', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...clauseIds.keys()], { minLength: clauseIds.length, maxLength: clauseIds.length }),
        cutsArbitrary,
        fc.record({ heading: fc.boolean(), dateline: fc.boolean(), title: fc.boolean() }),
        (order, cuts, retitled) => {
          const edited = reshaped(order, cuts, retitled);
          const problems = verifyLock(edited, lock).problems;
          const outline = diffReleases(corpus, edited).editions.find((change) => change.edition === '2003-04-15')?.outline ?? [];
          const report = diffCorpora(corpus, edited);

          const lockMoved = problems.filter((problem) => problem.kind === 'clause-moved').map((problem) => problem.clause).sort();
          const draftMoved = outline.flatMap((sentence) => /^clause '([^']+)' moved/.exec(sentence)?.[1] ?? []).sort();
          const diffMoved = report.clauses.filter((clause) => clause.moved).map((clause) => clause.id).sort();
          expect(draftMoved).toEqual(lockMoved);
          expect(diffMoved).toEqual(lockMoved);

          const lockFields = problems.flatMap((problem) =>
            problem.kind === 'heading-changed' ? [`heading ${problem.section} ${problem.language}`] : problem.kind === 'dateline-changed' ? [`dateline ${problem.language}`] : problem.kind === 'title-changed' ? [`title ${problem.language}`] : [],
          );
          const draftFields = outline.flatMap((sentence) => {
            const heading = /^heading of section '([^']+)' \(([^)]+)\)/.exec(sentence);
            if (heading) return [`heading ${heading[1]} ${heading[2]}`];
            const field = /^(published title|dateline) \(([^)]+)\)/.exec(sentence);
            return field ? [`${field[1] === 'published title' ? 'title' : 'dateline'} ${field[2]}`] : [];
          });
          expect(draftFields.sort()).toEqual(lockFields.sort());
          expect(lockFields.length).toBe(Number(retitled.heading) + Number(retitled.dateline) + Number(retitled.title));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names no change when the outline is the same', () => {
    expect(verifyLock(corpus, lock).problems).toEqual([]);
    expect(diffReleases(corpus, corpus).editions).toEqual([]);
  });
});

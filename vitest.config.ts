import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that spend most of their time waiting on other processes (Verdaccio and npm,
 * Chromium, tsc), longest first. They start first, so that the other worker runs the many
 * short files meanwhile. Vitest orders files by the durations it cached in the last run, but a
 * fresh clone has no cache and orders them by size: measured, these files then started anywhere
 * from 15 s to 143 s into the run, and fresh clones took 140-163 s where a working tree took
 * 138-140 s (DEVELOPERS.md, "The time of `npm test`").
 */
const WAITING_FILES = [
  'test/release/registry.test.ts',
  'test/browser/pages.test.ts',
  'test/package/consumer.test.ts',
  'test/browser/react-app.test.ts',
  'test/cli/interrupted.test.ts',
  'test/package/package.test.ts',
];

/** Vitest's order (failed first, then longest first), with WAITING_FILES before all others, cache or not. */
class WaitingFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = WAITING_FILES.indexOf(relative(file.project.config.root, file.moduleId).split('\\').join('/'));
      return index === -1 ? WAITING_FILES.length : index;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two test files at a time (vitest's default on two cores is one): the packaging, registry and
    // browser files spend much of their time waiting on npm, Verdaccio and Chromium.
    maxWorkers: 2,
    sequence: { sequencer: WaitingFilesFirst },
    // A worker keeps the modules it has loaded from one test file to the next instead of loading
    // the sources again for each of the ~70 files (a third of the time of `npm test`, measured in
    // DEVELOPERS.md). Tests share no state through modules: nothing is mocked or stubbed, and no
    // test changes process.env or the working directory.
    isolate: false,
    // CLI and packaging tests spawn processes; give them room on a loaded CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

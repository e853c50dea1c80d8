import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two test files at a time (vitest's default on two cores is one): the packaging, registry and
    // browser files spend much of their time waiting on npm, Verdaccio and Chromium.
    maxWorkers: 2,
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

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI and packaging tests spawn processes; give them room on a loaded CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import type { BenchSuite } from '../lib/suite.js';

/** Every suite `npm run bench` runs, in order. */
export const SUITES: readonly BenchSuite[] = [];

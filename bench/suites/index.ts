import type { BenchSuite } from '../lib/suite.js';
import { adversarialSuite } from './adversarial.js';
import { appSuite } from './app.js';
import { readingSuite } from './reading.js';
import { corpusSizeSuite } from './corpus-size.js';
import { bundleSuite } from './bundle.js';
import { diffSuite } from './diff.js';
import { checksSuite } from './checks.js';
import { cliStartSuite } from './cli-start.js';
import { lookupSuite } from './lookup.js';
import { renderSuite } from './render.js';
import { startupSuite } from './startup.js';

/** Every suite `npm run bench` runs, in order. */
export const SUITES: readonly BenchSuite[] = [lookupSuite, renderSuite, diffSuite, startupSuite, cliStartSuite, bundleSuite, appSuite, checksSuite, adversarialSuite, readingSuite, corpusSizeSuite];

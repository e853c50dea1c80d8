'use strict';
/**
 * Runs the built executable in this process with the arguments given, then sends the parent
 * (scripts/cli-code-cache.mjs) what V8 compiled of each file the run loaded, as base64. CommonJS
 * and plain `node`, with no loader or flag, so that V8 accepts the caches in a plain start.
 *
 * Usage (by the parent only): node scripts/cli-code-cache-child.cjs <dist directory> <arguments…>
 */
const { join } = require('node:path');

const [dist, ...args] = process.argv.slice(2);
const core = require(join(dist, 'cli-core.cjs'));
process.argv = [process.argv[0], join(dist, 'cli.cjs'), ...args];

let sent = false;
process.on('beforeExit', () => {
  if (sent) return;
  sent = true;
  const caches = [...core.loadedCliFiles()].map(([file, script]) => [file, script.createCachedData().toString('base64')]);
  process.send(caches, () => process.disconnect());
});

require(join(dist, 'cli.cjs'));

/**
 * `npm run lock`: adds the newly published editions of clauses/ to clauses/lock.json
 * (`legal-clauses check --update --corpus clauses`). It refuses, and writes nothing, when a
 * locked edition differs: a published edition never changes.
 */
import { run } from '../src/cli/run.js';

process.exitCode = await run(
  ['check', '--update', '--corpus', 'clauses', ...process.argv.slice(2)],
  { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text), colour: false },
  'dev',
);

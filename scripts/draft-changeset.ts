/**
 * `npm run changeset:corpus [-- --base REV|PATH] [--name NAME]`: drafts the changeset of the
 * change to clauses/ since REV (a git revision, default HEAD: your uncommitted edits) or since
 * the corpus at PATH (a corpus JSON file or a directory like clauses/), and writes it to
 * .changeset/NAME.md for you to read and complete. See docs/trust.md, "Changesets".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffReleases, formatChangeset } from '../src/checks.js';
import { CORPUS_FORMAT, type Corpus } from '../src/index.js';
import { readCorpusDirectory, readCorpusFile } from '../src/node.js';
import { writeFileAtomic } from '../src/node/atomic-write.js';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'HEAD' }, name: { type: 'string' } } });
const base = values.base!;

/** clauses/ as it was at a git revision, written to a temporary directory; undefined when it did not exist. */
function clausesAt(revision: string): string | undefined {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', revision, '--', 'clauses/'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  if (files.length === 0) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'legal-clauses-base-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), execFileSync('git', ['show', `${revision}:${file}`]));
  }
  return join(root, 'clauses');
}

async function readBase(): Promise<Corpus> {
  if (existsSync(base)) return base.endsWith('.json') ? readCorpusFile(base) : readCorpusDirectory(base);
  const directory = clausesAt(base);
  return directory === undefined ? { format: CORPUS_FORMAT, documents: [], clauses: [] } : readCorpusDirectory(directory);
}

const changes = diffReleases(await readBase(), await readCorpusDirectory('clauses'));
const markdown = formatChangeset(changes);
if (markdown === undefined) {
  console.error(`clauses/ is the same as at ${base}: nothing to describe (use --base to compare with an older revision)`);
  process.exit(1);
}
const first = changes.editions[0];
const name = values.name ?? `corpus-${first ? `${first.document}-${first.edition}` : 'change'}`;
const file = join('.changeset', `${name}.md`);
if (existsSync(file)) {
  console.error(`${file} exists; pass --name to choose another name, or delete it to draft it again`);
  process.exit(1);
}
await writeFileAtomic(file, markdown);
console.log(`wrote ${file} (${changes.releaseType}); read it, and add what a reader should know:\n\n${markdown}`);

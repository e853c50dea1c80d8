/** Helpers to derive test corpora from the real one without touching clauses/. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/index.js';
import { corpus } from '../../src/index.js';

/** A deep, mutable copy of the bundled corpus, to break or extend in a test. */
export function mutableCorpus(): any {
  return structuredClone(corpus);
}

/** Writes a corpus object as a clauses/-like directory in a fresh temporary folder; returns its path. */
export function writeCorpusDirectory(data: Corpus): string {
  const root = mkdtempSync(join(tmpdir(), 'legal-clauses-'));
  for (const document of data.documents) {
    const folder = join(root, document.id);
    mkdirSync(join(folder, 'editions'), { recursive: true });
    mkdirSync(join(folder, 'clauses'), { recursive: true });
    const { editions, ...meta } = document;
    writeJson(join(folder, 'document.json'), { format: data.format, ...meta });
    for (const edition of editions) writeJson(join(folder, 'editions', `${edition.id}.json`), edition);
    for (const clause of data.clauses.filter((c) => c.document === document.id)) {
      const { document: _, ...rest } = clause;
      writeJson(join(folder, 'clauses', `${clause.id}.json`), rest);
    }
  }
  return root;
}

/** Writes JSON (or raw text, or bytes) to a fresh temporary file; returns its path. */
export function writeTempFile(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'legal-clauses-')), name);
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2));
  return path;
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * FIXTURE, not published text: the bundled corpus plus two made-up editions of the disclaimer,
 * a published `2010-06-01` (same text, the image-use clause withdrawn) and a draft `2030-01-01`,
 * to test edition selection by id, by date and with drafts.
 */
export function corpusWithLaterEditions(): Corpus {
  const data = mutableCorpus();
  const first = data.documents[0].editions[0];
  const later = structuredClone(first);
  later.id = '2010-06-01';
  delete later.dateline;
  later.sections[1].clauses = later.sections[1].clauses.filter((id: string) => id !== 'image-use');
  const draft = structuredClone(first);
  draft.id = '2030-01-01';
  draft.status = 'draft';
  delete draft.dateline;
  data.documents[0].editions.push(later, draft);
  for (const clause of data.clauses) {
    if (clause.id !== 'image-use') clause.editions['2010-06-01'] = clause.editions['2003-04-15'];
    clause.editions['2030-01-01'] = clause.editions['2003-04-15'];
  }
  return data;
}

/**
 * The layout of a corpus directory such as clauses/: which file holds what. The one place that
 * knows it: `corpusFromFiles` reads by it, the lock and the lint configuration sit at its top,
 * and reports point into it (a lint finding's file, where a lock problem is).
 *
 *     <package>/clauses/ (a package's corpus directory)
 *     <directory>/lock.json, lint.json
 *     <directory>/<document>/document.json
 *     <directory>/<document>/editions/<edition>.json
 *     <directory>/<document>/clauses/<clause>.json
 */
import { join } from 'node:path';
import type { LintFinding } from '../checks/lint/types.js';
import type { LockProblem } from '../checks/lock.js';
import type { Corpus } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';

/** A document folder's own file. */
export const DOCUMENT_FILE = 'document.json';
/** The folder of a document's editions, one file per edition. */
export const EDITIONS_FOLDER = 'editions';
/** The folder of a document's clauses, one file per clause. */
export const CLAUSES_FOLDER = 'clauses';
/** Where a package ships its corpus directory (the bundled one, and any release's). */
export const PACKAGE_CORPUS_FOLDER = 'clauses';
/** The lock of published editions, at the top of a corpus directory. */
export const LOCK_FILE = 'lock.json';
/** The lint configuration, at the top of a corpus directory. */
export const LINT_CONFIG_FILE = 'lint.json';

/** The folder of a document. */
export function documentFolder(directory: string, document: string): string {
  return join(directory, document);
}

/** The file of an edition of a document. */
export function editionFile(directory: string, document: string, edition: string): string {
  return join(directory, document, EDITIONS_FOLDER, `${edition}.json`);
}

/** The file of a clause of a document. */
export function clauseFile(directory: string, document: string, clause: string): string {
  return join(directory, document, CLAUSES_FOLDER, `${clause}.json`);
}

/** The file holding a lint finding's text: the clause's file for clause text, else the edition's (title, dateline, headings). */
export function lintFindingFile(directory: string, finding: LintFinding): string {
  return finding.field === 'clause' && finding.clause !== undefined
    ? clauseFile(directory, finding.document, finding.clause)
    : editionFile(directory, finding.document, finding.edition);
}

/** Where a lock problem is: the file, and the JSON path inside it when one value is at fault. */
export function lockProblemPlace(directory: string, corpus: Corpus, problem: LockProblem): string {
  if (problem.kind === 'document-removed') return documentFolder(directory, problem.document);
  if (problem.kind === 'text-changed' && problem.clause !== undefined && problem.language !== undefined) {
    return `${clauseFile(directory, problem.document, problem.clause)} at ${formatJsonPath(['editions', problem.edition, problem.language])}`;
  }
  const file = editionFile(directory, problem.document, problem.edition);
  const edition = corpus.documents.find((document) => document.id === problem.document)?.editions.find((candidate) => candidate.id === problem.edition);
  const section = edition?.sections.findIndex((candidate) => candidate.id === problem.section) ?? -1;
  if (problem.kind === 'heading-changed' && section >= 0 && problem.language !== undefined) {
    return `${file} at ${formatJsonPath(['sections', section, 'heading', problem.language])}`;
  }
  if ((problem.kind === 'dateline-changed' || problem.kind === 'title-changed') && problem.language !== undefined) {
    return `${file} at ${formatJsonPath([problem.kind === 'title-changed' ? 'title' : 'dateline', problem.language])}`;
  }
  if (problem.kind === 'edition-unpublished') return `${file} at status`;
  return file;
}

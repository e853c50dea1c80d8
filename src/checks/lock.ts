/**
 * The lock of published editions: for each published edition, the hash of every text it holds
 * and its outline (sections, headings, clause order). A published edition never changes, so
 * the lock only grows; checking a corpus against it names whatever moved.
 */
import { checkArguments, optional } from '../util/arguments.js';
import { CORPUS, EDITION, LOCK } from './arguments.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import type { Corpus, Edition } from '../model/types.js';
import { editionHashes, hashText, shortHash } from './hashes.js';
import type { ClauseSeat } from '../diff/align.js';
import { diffOutlines } from '../diff/outline-changes.js';
import type { EditionHashes, EditionRef, Sha256 } from './types.js';

/** The `format` tag of a lock file; bumped only on incompatible changes. */
export const LOCK_FORMAT = 'legal-clauses/lock@2';

/** Earlier lock formats that are still read: format 1 had no edition titles and no zh-Hant. */
export const LEGACY_LOCK_FORMATS = ['legal-clauses/lock@1'] as const;

/** A section of a locked edition: its id, the hash of its heading per language, its clause ids in order. */
export interface LockedSection {
  readonly id: string;
  readonly heading?: Readonly<Partial<Record<Language, Sha256>>>;
  readonly clauses: readonly string[];
}

/** A locked edition: its {@link EditionHashes} and its outline, each text replaced by its hash. */
export interface LockedEdition extends EditionHashes {
  /** Hash of the published title line per language that printed one. */
  readonly title?: Readonly<Partial<Record<Language, Sha256>>>;
  /** Hash of the dateline per language that printed one. */
  readonly dateline?: Readonly<Partial<Record<Language, Sha256>>>;
  /** The sections in order, with their heading hashes and clause ids. */
  readonly sections: readonly LockedSection[];
}

/** The lock file (`clauses/lock.json`): locked editions by document id, then edition id. */
export interface Lock {
  readonly format: typeof LOCK_FORMAT;
  readonly documents: Readonly<Record<string, Readonly<Record<string, LockedEdition>>>>;
}

/** What kind of change a {@link LockProblem} is. */
export type LockProblemKind =
  | 'document-removed'
  | 'edition-removed'
  | 'edition-unpublished'
  | 'title-changed'
  | 'dateline-changed'
  | 'sections-changed'
  | 'heading-changed'
  | 'clause-added'
  | 'clause-removed'
  | 'clause-moved'
  | 'text-changed'
  | 'edition-text-changed'
  | 'structure-changed';

/** A difference between a published edition and its lock entry. */
export interface LockProblem extends EditionRef {
  readonly kind: LockProblemKind;
  readonly clause?: string;
  readonly language?: Language;
  readonly section?: string;
  /** The locked value (a hash, `'missing'`, or a position), when there is one. */
  readonly locked?: string;
  /** The value the corpus has now, when there is one. */
  readonly actual?: string;
  /** One line naming document, edition, and where relevant clause, section and language. */
  readonly message: string;
}

/** The outcome of {@link verifyLock}. */
export interface LockReport {
  /** True when no published edition differs from its lock entry. */
  readonly ok: boolean;
  readonly problems: readonly LockProblem[];
  /** Editions compared with their lock entry. */
  readonly verified: readonly EditionRef[];
  /** Published editions that have no lock entry yet (`legal-clauses check --update` adds them). */
  readonly unlocked: readonly EditionRef[];
}

/** The outcome of {@link updateLock}. */
export interface LockUpdate {
  /** The new lock; the old one unchanged when anything was refused. */
  readonly lock: Lock;
  /** Published editions added to the lock. */
  readonly added: readonly EditionRef[];
  /** Changes to locked editions, which an update never makes (nothing is written when there are any). */
  readonly refused: readonly LockProblem[];
}

/**
 * The lock entry of one edition: its hashes and outline.
 *
 * @param corpus - The corpus holding the edition's clauses.
 * @param edition - The edition.
 * @returns The locked form of the edition.
 * @throws {UnknownClauseError} When the edition lists a clause the corpus lacks (a validated corpus never does).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * lockEdition(corpus, edition).sections.map((section) => section.id);
 * //=> ['opening', 'information', 'opinions-and-forums', 'copyright-and-trademark', 'closing']
 */
export function lockEdition(corpus: Corpus, edition: Edition): LockedEdition {
  checkArguments('lockEdition', ['corpus', corpus, CORPUS], ['edition', edition, EDITION]);
  const { structure, text, clauses } = editionHashes(corpus, edition);
  const sections = edition.sections.map((section): LockedSection => {
    const heading = hashPerLanguage(section.heading);
    return heading ? { id: section.id, heading, clauses: [...section.clauses] } : { id: section.id, clauses: [...section.clauses] };
  });
  const title = hashPerLanguage(edition.title);
  const dateline = hashPerLanguage(edition.dateline);
  return { structure, ...(title ? { title } : {}), ...(dateline ? { dateline } : {}), sections, text, clauses };
}

/**
 * A lock of every published edition of a corpus; drafts are not locked.
 *
 * @param corpus - The corpus.
 * @returns The lock, documents and editions in corpus order.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * Object.keys(createLock(corpus).documents.disclaimer ?? {});
 * //=> ['2003-04-15']
 */
export function createLock(corpus: Corpus): Lock {
  checkArguments('createLock', ['corpus', corpus, CORPUS]);
  const documents: Record<string, Record<string, LockedEdition>> = {};
  for (const document of corpus.documents) {
    const editions: Record<string, LockedEdition> = {};
    for (const edition of document.editions) {
      if (edition.status === 'published') editions[edition.id] = lockEdition(corpus, edition);
    }
    if (Object.keys(editions).length > 0) documents[document.id] = editions;
  }
  return { format: LOCK_FORMAT, documents };
}

/**
 * Compares a corpus with a lock: every locked edition must still exist, be published, and have
 * the same outline and the same text in every language. Drafts and editions not yet locked pass.
 *
 * @param corpus - The corpus to check.
 * @param lock - The lock, as read with `parseLock`.
 * @returns Problems naming document, edition, clause, section and language; `ok` when there are none.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * verifyLock(corpus, createLock(corpus)).ok;
 * //=> true
 */
export function verifyLock(corpus: Corpus, lock: Lock): LockReport {
  checkArguments('verifyLock', ['corpus', corpus, CORPUS], ['lock', lock, LOCK]);
  const problems: LockProblem[] = [];
  const verified: EditionRef[] = [];
  const documents = new Map(corpus.documents.map((document) => [document.id, document]));

  for (const [documentId, lockedEditions] of Object.entries(lock.documents)) {
    const document = documents.get(documentId);
    for (const [editionId, locked] of Object.entries(lockedEditions)) {
      const ref = { document: documentId, edition: editionId };
      const where = `${documentId}@${editionId}`;
      if (!document) {
        problems.push({ ...ref, kind: 'document-removed', message: `${where}: document '${documentId}' is gone, but it has a published edition` });
        continue;
      }
      const edition = document.editions.find((candidate) => candidate.id === editionId);
      if (!edition) {
        problems.push({ ...ref, kind: 'edition-removed', message: `${where}: the published edition is gone` });
        continue;
      }
      verified.push(ref);
      problems.push(...compareEdition(ref, locked, lockEdition(corpus, edition), edition));
    }
  }

  const unlocked = corpus.documents.flatMap((document) =>
    document.editions
      .filter((edition) => edition.status === 'published' && !Object.hasOwn(lock.documents[document.id] ?? {}, edition.id))
      .map((edition) => ({ document: document.id, edition: edition.id })),
  );
  return { ok: problems.length === 0, problems, verified, unlocked };
}

/**
 * Adds the corpus's newly published editions to a lock. Entries of locked editions are never
 * changed: if a locked edition differs, nothing is added and the differences are returned.
 *
 * @param corpus - The corpus.
 * @param lock - The current lock; without one, a new lock of every published edition.
 * @returns The new lock, the editions added, and what was refused.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * updateLock(corpus, createLock(corpus)).added;
 * //=> []
 */
export function updateLock(corpus: Corpus, lock?: Lock): LockUpdate {
  checkArguments('updateLock', ['corpus', corpus, CORPUS], ['lock', lock, optional(LOCK)]);
  if (!lock) {
    const created = createLock(corpus);
    const added = Object.entries(created.documents).flatMap(([document, editions]) => Object.keys(editions).map((edition) => ({ document, edition })));
    return { lock: created, added, refused: [] };
  }
  const report = verifyLock(corpus, lock);
  if (!report.ok) return { lock, added: [], refused: report.problems };

  const documents: Record<string, Record<string, LockedEdition>> = {};
  for (const [documentId, editions] of Object.entries(lock.documents)) documents[documentId] = { ...editions };
  for (const { document: documentId, edition: editionId } of report.unlocked) {
    const document = corpus.documents.find((candidate) => candidate.id === documentId)!;
    const edition = document.editions.find((candidate) => candidate.id === editionId)!;
    (documents[documentId] ??= {})[editionId] = lockEdition(corpus, edition);
  }
  return { lock: { format: LOCK_FORMAT, documents }, added: report.unlocked, refused: [] };
}

/** Every difference between a locked edition and its current form, most telling first. */
function compareEdition(ref: EditionRef, locked: LockedEdition, current: LockedEdition, edition: Edition): LockProblem[] {
  const problems: LockProblem[] = [];
  const where = `${ref.document}@${ref.edition}`;
  const add = (problem: Omit<LockProblem, 'document' | 'edition'>) => problems.push({ ...ref, ...problem });

  if (edition.status !== 'published') {
    add({ kind: 'edition-unpublished', locked: 'published', actual: edition.status, message: `${where}: the published edition is now marked '${edition.status}'` });
  }

  problems.push(...outlineProblems(ref, locked, current));

  for (const [clauseId, lockedHashes] of Object.entries(locked.clauses)) {
    if (!Object.hasOwn(current.clauses, clauseId)) continue;
    const currentHashes = current.clauses[clauseId]!;
    for (const lang of LANGUAGES) {
      // A language the document does not declare has no entry: it published nothing.
      const before = lockedHashes[lang] ?? 'missing';
      const after = currentHashes[lang] ?? 'missing';
      if (before === after) continue;
      const change =
        before === 'missing'
          ? `was not published in the locked edition, now it is (${shortHash(after)})`
          : after === 'missing'
            ? `was published (${shortHash(before)}), now it is missing`
            : `published text differs from the lock (locked ${shortHash(before)}, now ${shortHash(after)})`;
      add({ kind: 'text-changed', clause: clauseId, language: lang, locked: before, actual: after, message: `${where}, clause '${clauseId}', ${lang}: ${change}` });
    }
  }

  for (const lang of LANGUAGES) {
    const before = locked.text[lang] ?? 'missing';
    const after = current.text[lang] ?? 'missing';
    // Anything that changes an edition's text in a language is reported above; this is the net
    // under it, so that a change no rule above describes is still caught.
    if (before !== after && !problems.some((problem) => problem.language === lang || problem.language === undefined)) {
      add({ kind: 'edition-text-changed', language: lang, locked: before, actual: after, message: `${where}, ${lang}: the edition's text differs from the lock (locked ${shortHash(before)}, now ${shortHash(after)})` });
    }
  }
  if (locked.structure !== current.structure && problems.every((problem) => problem.kind === 'text-changed')) {
    add({ kind: 'structure-changed', locked: locked.structure, actual: current.structure, message: `${where}: the edition's structure differs from the lock (locked ${shortHash(locked.structure)}, now ${shortHash(current.structure)})` });
  }
  return problems;
}

/**
 * How the outline moved from its lock entry, in the words of a lock problem: `diffOutlines`
 * decides what changed (title, dateline, sections, headings, and which clauses came, went and
 * moved); this only says it, removed and moved clauses in the locked order.
 */
function outlineProblems(ref: EditionRef, locked: LockedEdition, current: LockedEdition): LockProblem[] {
  const where = `${ref.document}@${ref.edition}`;
  const changes = diffOutlines(locked, current);
  const problems: LockProblem[] = [];
  for (const change of changes) {
    if (change.kind === 'title' || change.kind === 'dateline') {
      const what = change.kind === 'title' ? 'the published title' : 'the dateline';
      problems.push({ ...ref, kind: `${change.kind}-changed`, language: change.language, ...values(change.before, change.after), message: `${where}, ${change.language}: ${what} ${describeChange(change.before, change.after)}` });
    } else if (change.kind === 'sections') {
      problems.push({ ...ref, kind: 'sections-changed', locked: change.before.join(','), actual: change.after.join(','), message: `${where}: the sections were [${change.before.join(', ')}], now [${change.after.join(', ')}]` });
    } else if (change.kind === 'heading') {
      problems.push({ ...ref, kind: 'heading-changed', section: change.section, language: change.language, ...values(change.before, change.after), message: `${where}, section '${change.section}', ${change.language}: the heading ${describeChange(change.before, change.after)}` });
    }
  }
  const inLockedOrder = <T extends { from: ClauseSeat }>(list: T[]) => list.sort((x, y) => x.from.position - y.from.position);
  for (const { clause, from } of inLockedOrder(changes.filter((change) => change.kind === 'clause-removed'))) {
    problems.push({ ...ref, kind: 'clause-removed', clause, locked: `${from.position + 1}`, message: `${where}, clause '${clause}': removed from the published edition (it was #${from.position + 1}, in section '${from.section}')` });
  }
  for (const change of changes) {
    if (change.kind !== 'clause-added') continue;
    const { clause, to } = change;
    problems.push({ ...ref, kind: 'clause-added', clause, actual: `${to.position + 1}`, message: `${where}, clause '${clause}': added to the published edition (#${to.position + 1}, in section '${to.section}')` });
  }
  for (const { clause, from, to } of inLockedOrder(changes.filter((change) => change.kind === 'clause-moved'))) {
    problems.push({
      ...ref,
      kind: 'clause-moved',
      clause,
      locked: `${from.position + 1}`,
      actual: `${to.position + 1}`,
      message: `${where}, clause '${clause}': moved from #${from.position + 1} in section '${from.section}' to #${to.position + 1} in section '${to.section}'`,
    });
  }
  return problems;
}

function hashPerLanguage(texts: { readonly [L in Language]?: string | undefined } | undefined): Partial<Record<Language, Sha256>> | undefined {
  if (!texts) return undefined;
  const hashes: Partial<Record<Language, Sha256>> = {};
  for (const lang of LANGUAGES) {
    const text = texts[lang];
    if (text !== undefined) hashes[lang] = hashText(text);
  }
  return Object.keys(hashes).length > 0 ? hashes : undefined;
}

function values(before: string | undefined, after: string | undefined): { locked?: string; actual?: string } {
  return { ...(before === undefined ? {} : { locked: before }), ...(after === undefined ? {} : { actual: after }) };
}

function describeChange(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return `was absent, now it is there (${shortHash(after!)})`;
  if (after === undefined) return `was there (${shortHash(before)}), now it is gone`;
  return `differs from the lock (locked ${shortHash(before)}, now ${shortHash(after)})`;
}

/**
 * What changed between two corpora (two releases, or clauses/ before and after an edit), in
 * the terms of the version policy: editions added, published, revised or removed; per
 * language, the clauses added, removed and changed; the release type this calls for.
 */
import { checkArguments } from '../../util/arguments.js';
import { CORPUS } from '../arguments.js';
import { clauseIdsOf, resolveClause } from '../../lookup/resolve.js';
import { LANGUAGES, type Language } from '../../model/constants.js';
import { governingLanguageOf } from '../../model/governing.js';
import { translationText } from '../../model/plain-text.js';
import type { Corpus, Document, Edition, EditionStatus } from '../../model/types.js';
import { diffClauseTexts, type LanguageChanges } from '../diff-clause-texts.js';
import { createAcceptanceRecord } from '../records.js';
import { diffOutlines } from '../../diff/outline-changes.js';
import { canonicalJson } from '../../util/canonical-json.js';
import type { EditionRef } from '../types.js';
import { editionFingerprint, type ChangesetMarker } from './fingerprint.js';
import { diffText } from '../../diff/text-diff.js';
import type { Segment } from '../../diff/types.js';

/** A release type, as changesets names them. */
export type ReleaseType = 'major' | 'minor' | 'patch' | 'none';

/** A changed clause text in one language, with its redline. */
export interface ClauseTextChange {
  readonly clause: string;
  readonly language: Language;
  /**
   * The redline of the whole text, from the diff engine (`diffText`): English by words, Chinese
   * by characters, every change classed substantive or typographic, moves paired.
   */
  readonly segments: readonly Segment[];
}

/** What happened to one edition. */
export interface EditionChange extends EditionRef {
  /**
   * `added`: a new edition; `published`: a draft now published; `revised`: a draft whose text
   * or outline changed; `edited`: a published edition whose text or outline changed, which the
   * version policy forbids; `metadata`: only the document's title or clause topics changed;
   * `removed`: gone.
   */
  readonly kind: 'added' | 'published' | 'revised' | 'edited' | 'metadata' | 'removed';
  /** The edition's status (before removal, for a removed one). */
  readonly status: EditionStatus;
  /** The language the edition declares to prevail, or `null`: not declared. */
  readonly governingLanguage: Language | null;
  /** The edition compared with: the previous edition of the document for an added one, else the same edition in the base corpus. */
  readonly comparedWith?: string | undefined;
  /** Per language, the clauses added, removed, changed and unchanged (absent for a removed edition). */
  readonly languages?: Readonly<Partial<Record<Language, LanguageChanges>>> | undefined;
  /** The redline of every changed clause text. */
  readonly textChanges: readonly ClauseTextChange[];
  /** Changes to sections, headings, the published title, the dateline and clause order, as sentences. */
  readonly outline: readonly string[];
  /** Acceptance records of the whole edition, per language that published it (absent for a removed edition). */
  readonly records: Readonly<Partial<Record<Language, string>>>;
}

/** The outcome of {@link diffReleases}. */
export interface ReleaseDiff {
  /** The release type the version policy calls for (docs/trust.md). */
  readonly releaseType: ReleaseType;
  /** Why, one sentence each, most serious first. */
  readonly reasons: readonly string[];
  readonly documents: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
  /** Clause ids new to the corpus, and clause ids gone from it. */
  readonly clauseIds: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly editions: readonly EditionChange[];
  /** The markers a changeset describing this change carries (see `changesetCoverage`). */
  readonly markers: readonly ChangesetMarker[];
}

/**
 * Compares two corpora and classifies the change by the version policy: a removed clause id,
 * edition or document, a changed governing language, or an edited published edition is major;
 * a new edition (or a draft published), clause id or document is minor; a revised draft,
 * a title or a topic is a patch.
 *
 * @param base - The corpus before (the last release).
 * @param next - The corpus after.
 * @returns Editions changed, with per-language clause changes, the release type and the changeset markers.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * diffReleases(emptyCorpus, corpus).releaseType;
 * //=> 'minor'
 */
export function diffReleases(base: Corpus, next: Corpus): ReleaseDiff {
  checkArguments('diffReleases', ['base', base, CORPUS], ['next', next, CORPUS]);
  const reasons: { type: ReleaseType; text: string }[] = [];
  const reason = (type: ReleaseType, text: string) => reasons.push({ type, text });
  const baseDocuments = new Map(base.documents.map((document) => [document.id, document]));
  const nextDocuments = new Map(next.documents.map((document) => [document.id, document]));
  const documents = { added: [] as string[], removed: [] as string[], changed: [] as string[] };
  const editions: EditionChange[] = [];
  const markers: ChangesetMarker[] = [];

  for (const document of next.documents) {
    const old = baseDocuments.get(document.id);
    if (!old) {
      documents.added.push(document.id);
      reason('minor', `new document '${document.id}'`);
    } else {
      if (old.governingLanguage !== document.governingLanguage) {
        reason('major', `the governing language of '${document.id}' changed from ${old.governingLanguage} to ${document.governingLanguage}`);
      }
      if (LANGUAGES.some((lang) => old.title[lang] !== document.title[lang])) reason('patch', `the title of '${document.id}' changed`);
      if (old.governingLanguage !== document.governingLanguage || LANGUAGES.some((lang) => old.title[lang] !== document.title[lang])) {
        documents.changed.push(document.id);
      }
    }
    for (const [index, edition] of document.editions.entries()) {
      const before = old?.editions.find((candidate) => candidate.id === edition.id);
      const fingerprint = editionFingerprint(next, document, edition);
      if (before && old && editionFingerprint(base, old, before) === fingerprint) continue;
      const change = describeEdition(base, next, document, edition, before, document.editions[index - 1]);
      editions.push(change);
      markers.push({ document: document.id, edition: edition.id, fingerprint });
      const ref = `${document.id}@${edition.id}`;
      if (change.kind === 'added') reason('minor', `new ${edition.status} edition ${ref}`);
      else if (change.kind === 'published') reason('minor', `edition ${ref} published`);
      else if (change.kind === 'edited') reason('major', `published edition ${ref} was edited: published text never changes; publish a new edition instead`);
      else if (change.kind === 'revised') reason('patch', `draft ${ref} revised`);
      else reason('patch', `${ref}: only the document's title or clause topics changed`);
    }
  }

  for (const document of base.documents) {
    const now = nextDocuments.get(document.id);
    if (!now) {
      documents.removed.push(document.id);
      reason('major', `document '${document.id}' removed`);
    }
    for (const edition of document.editions) {
      if (now?.editions.some((candidate) => candidate.id === edition.id)) continue;
      editions.push({ document: document.id, edition: edition.id, kind: 'removed', status: edition.status, governingLanguage: governingLanguageOf(document, edition), textChanges: [], outline: [], records: {} });
      markers.push({ document: document.id, edition: edition.id, fingerprint: 'removed' });
      reason('major', `edition ${document.id}@${edition.id} removed (its id disappears from the EditionId type)`);
    }
  }

  const baseClauses = new Set(base.clauses.map((clause) => clause.id));
  const nextClauses = new Set(next.clauses.map((clause) => clause.id));
  const clauseIds = {
    added: next.clauses.map((clause) => clause.id).filter((id) => !baseClauses.has(id)),
    removed: base.clauses.map((clause) => clause.id).filter((id) => !nextClauses.has(id)),
  };
  if (clauseIds.removed.length > 0) reason('major', `clause ids removed: ${clauseIds.removed.join(', ')} (code importing them stops compiling)`);
  if (clauseIds.added.length > 0) reason('minor', `new clause ids: ${clauseIds.added.join(', ')}`);
  for (const clause of next.clauses) {
    const old = base.clauses.find((candidate) => candidate.id === clause.id);
    if (old && old.topics.join(',') !== clause.topics.join(',')) reason('patch', `the topics of '${clause.id}' changed from ${old.topics.join(', ')} to ${clause.topics.join(', ')}`);
  }

  const order: ReleaseType[] = ['major', 'minor', 'patch'];
  reasons.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  return {
    releaseType: reasons[0]?.type ?? 'none',
    reasons: reasons.map((item) => item.text),
    documents,
    clauseIds,
    editions,
    markers,
  };
}

function describeEdition(base: Corpus, next: Corpus, document: Document, edition: Edition, before: Edition | undefined, previous: Edition | undefined): EditionChange {
  const kind: EditionChange['kind'] = !before
    ? 'added'
    : before.status === 'draft' && edition.status === 'published'
      ? 'published'
      : sameContent(base, before, next, edition)
        ? 'metadata'
        : before.status === 'published'
          ? 'edited'
          : 'revised';
  // A new edition is read against the one it follows; a changed one against itself before.
  const against = before ? { corpus: base, edition: before } : previous ? { corpus: next, edition: previous } : undefined;
  const compared = diffClauseTexts(against, { corpus: next, edition });
  // Only the languages the document publishes: a language it never declared has nothing to report.
  const languages: Partial<Record<Language, LanguageChanges>> = {};
  for (const lang of document.languages) languages[lang] = compared[lang];
  const textChanges: ClauseTextChange[] = [];
  if (against) {
    for (const lang of document.languages) {
      for (const clause of compared[lang].changed) {
        const [before, after] = [clauseText(against.corpus, against.edition, clause, lang), clauseText(next, edition, clause, lang)];
        if (before !== after) textChanges.push({ clause, language: lang, segments: diffText(before, after) });
      }
    }
  }
  const records: Partial<Record<Language, string>> = {};
  for (const lang of document.languages) {
    if (clauseIdsOf(edition).some((id) => resolveClause(next, id).editions[edition.id]?.[lang]?.status === 'published')) {
      records[lang] = createAcceptanceRecord(next, { document: document.id, edition: edition.id, lang });
    }
  }
  return {
    document: document.id,
    edition: edition.id,
    kind,
    status: edition.status,
    governingLanguage: governingLanguageOf(document, edition),
    comparedWith: against?.edition.id,
    languages,
    textChanges,
    outline: against ? outlineSentences(against.edition, edition) : [],
    records,
  };
}

function clauseText(corpus: Corpus, edition: Edition, clauseId: string, lang: Language): string {
  const translation = resolveClause(corpus, clauseId).editions[edition.id]?.[lang];
  return translation?.status === 'published' ? translationText(translation) : '';
}

/** Whether an edition's outline and the text of all its clauses are the same in both corpora. */
function sameContent(base: Corpus, before: Edition, next: Corpus, edition: Edition): boolean {
  if (canonicalJson(before) !== canonicalJson(edition)) return false;
  return clauseIdsOf(edition).every(
    (id) => canonicalJson(resolveClause(base, id).editions[before.id]) === canonicalJson(resolveClause(next, id).editions[edition.id]),
  );
}

/**
 * Sentences describing how the outline changed: `diffOutlines` decides what changed; this says
 * it, sections and headings first, then the published title and the dateline, then the moves
 * (added and removed clauses are in the per-language lists).
 */
function outlineSentences(old: Edition, now: Edition): string[] {
  const changes = diffOutlines(old, now);
  const quoted = (text: string | undefined) => (text === undefined ? 'none' : `“${text}”`);
  const sentences: string[] = [];
  for (const change of changes) {
    if (change.kind === 'sections') sentences.push(`sections: ${change.before.join(', ')} → ${change.after.join(', ')}`);
    if (change.kind === 'heading') sentences.push(`heading of section '${change.section}' (${change.language}): ${quoted(change.before)} → ${quoted(change.after)}`);
  }
  for (const change of changes) {
    if (change.kind === 'title' || change.kind === 'dateline') sentences.push(`${change.kind === 'title' ? 'published title' : 'dateline'} (${change.language}): ${quoted(change.before)} → ${quoted(change.after)}`);
  }
  for (const change of changes) {
    if (change.kind !== 'clause-moved') continue;
    const { clause, from, to } = change;
    if (from.section === to.section) sentences.push(`clause '${clause}' moved from #${from.position + 1} to #${to.position + 1}`);
    else sentences.push(`clause '${clause}' moved from section '${from.section}' to '${to.section}'`);
  }
  return sentences;
}

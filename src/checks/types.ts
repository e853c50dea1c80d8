/** Types shared by the checks: hashes, and how serious a finding is. */
import type { Language } from '../model/constants.js';

/** A SHA-256 digest written `sha256:` and 64 lowercase hex digits; the prefix names the algorithm. */
export type Sha256 = `sha256:${string}`;

/** The hash of a text, or `'missing'` where the language did not publish it (never the hash of ""). */
export type TextHash = Sha256 | 'missing';

/** A {@link TextHash} per language the document declares. */
export type LanguageHashes = Readonly<Partial<Record<Language, TextHash>>>;

/** The hashes of one edition: its structure, its whole text per language, each clause per language. */
export interface EditionHashes {
  /** SHA-256 of the edition object as RFC 8785 canonical JSON: status, dateline, sections, headings, clause order. */
  readonly structure: Sha256;
  /** SHA-256 of the edition's canonical text (see `editionText`) per language. */
  readonly text: LanguageHashes;
  /** SHA-256 of each clause's canonical text (`translationText`) per language, by clause id. */
  readonly clauses: Readonly<Record<string, LanguageHashes>>;
}

/** Hashes of every edition of a corpus, as `legal-clauses export` embeds them under `hashes`. */
export interface CorpusHashes {
  readonly algorithm: 'sha256';
  /** By document id, then by edition id. */
  readonly documents: Readonly<Record<string, Readonly<Record<string, EditionHashes>>>>;
}

/** How serious a finding is: errors fail a check; warnings and notes inform. */
export type Severity = 'error' | 'warning' | 'note';

/** Severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/**
 * One edition of one document, as reports name it (`disclaimer@2003-04-15`): the one meaning of
 * `EditionRef` in every entry. (A side of a diff, the edition with its status, is `ComparedEdition`.)
 */
export interface EditionRef {
  readonly document: string;
  readonly edition: string;
}

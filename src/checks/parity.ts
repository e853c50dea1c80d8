/**
 * Translation parity: per edition, clause and language, whether the text was published, with
 * the document's governing language; findings where the governing language lacks a clause
 * another language has, and where one language changed between editions and another did not.
 */
import { checkArguments } from '../util/arguments.js';
import { CORPUS, PARITY_OPTIONS } from './arguments.js';
import { clauseIdsOf, locateClause, resolveClause, resolveDocument, resolveEdition } from '../lookup/resolve.js';
import type { Language } from '../model/constants.js';
import { governingLanguageOf } from '../model/governing.js';
import { translationIn } from '../model/translations.js';
import type { Corpus, Document, Edition, EditionStatus, TranslationStatus } from '../model/types.js';
import { detectDrift } from '../diff/drift.js';
import type { Severity } from './types.js';

/** Which parity rule a finding comes from. */
export type ParityRule = 'governing-language-missing' | 'translation-missing' | 'translation-drift';

/** A parity finding, naming document, edition, clause and language. */
export interface ParityFinding {
  readonly rule: ParityRule;
  /** `warning` for the governing language lacking a clause and for drift; `note` for another language lacking one. */
  readonly severity: Severity;
  readonly document: string;
  readonly edition: string;
  readonly clause: string;
  /** The language lacking the clause, or (drift) the language that did not change. */
  readonly language: Language;
  /** Drift: the edition compared with. */
  readonly previousEdition?: string;
  /** Drift: the languages that changed. */
  readonly changed?: readonly Language[];
  readonly message: string;
}

/** One clause of an edition: whether each language of the document published it. */
export interface ClauseParity {
  readonly clause: string;
  readonly section: string;
  readonly languages: Readonly<Partial<Record<Language, TranslationStatus>>>;
}

/** One edition: every clause's status per language, and how many each language published. */
export interface EditionParity {
  readonly document: string;
  readonly edition: string;
  readonly status: EditionStatus;
  /** The languages the document publishes, in its order. */
  readonly languages: readonly Language[];
  /** The language this edition declares to prevail, or `null`: not declared. */
  readonly governingLanguage: Language | null;
  readonly clauses: readonly ClauseParity[];
  /** Clauses published, per language of the document. */
  readonly published: Readonly<Partial<Record<Language, number>>>;
}

/** The outcome of {@link parityReport}. */
export interface ParityReport {
  readonly editions: readonly EditionParity[];
  readonly findings: readonly ParityFinding[];
}

/** Which editions to report on. */
export interface ParityOptions {
  /**
   * Only this document.
   * @default every document
   */
  document?: string | undefined;
  /**
   * Only this edition (drift is still measured against the edition before it).
   * @default every edition, drafts included
   */
  edition?: string | undefined;
}

/**
 * The translation parity of a corpus: per edition and clause, each language's status, and
 * findings: the governing language lacking a clause another language published (warning),
 * another language lacking one (note), and translation drift: a clause whose text changed
 * since the previous edition in one language but not in another that published it (warning).
 *
 * @param corpus - The corpus.
 * @param options - Which document and edition.
 * @returns Statuses and findings, editions in corpus order, findings in reading order.
 * @throws {UnknownDocumentError} When `document` does not exist.
 * @throws {UnknownEditionError} When `edition` does not exist.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * parityReport(corpus).findings.filter((finding) => finding.rule === 'governing-language-missing').map((finding) => finding.clause);
 * //=> ['image-use', 'opinions', 'copyright', 'assumption-of-risk', 'language-precedence']
 */
export function parityReport(corpus: Corpus, options: ParityOptions = {}): ParityReport {
  checkArguments('parityReport', ['corpus', corpus, CORPUS], ['options', options, PARITY_OPTIONS]);
  const documents = options.document === undefined ? corpus.documents : [resolveDocument(corpus, options.document)];
  const editions: EditionParity[] = [];
  const findings: ParityFinding[] = [];
  for (const document of documents) {
    const selected =
      options.edition === undefined ? document.editions : [resolveEdition(document, { edition: options.edition })];
    for (const edition of selected) {
      editions.push(editionParity(corpus, document, edition));
      findings.push(...missingFindings(corpus, document, edition));
      const index = document.editions.indexOf(edition);
      const previous = index > 0 ? document.editions[index - 1] : undefined;
      if (previous) findings.push(...driftFindings(corpus, document, previous, edition));
    }
  }
  return { editions, findings };
}

function editionParity(corpus: Corpus, document: Document, edition: Edition): EditionParity {
  const published: Partial<Record<Language, number>> = {};
  for (const lang of document.languages) published[lang] = 0;
  const clauses = clauseIdsOf(edition).map((id): ClauseParity => {
    const clause = resolveClause(corpus, id);
    const texts = clause.editions[edition.id]!;
    const languages: Partial<Record<Language, TranslationStatus>> = {};
    for (const lang of document.languages) {
      languages[lang] = translationIn(texts, lang).status;
      if (languages[lang] === 'published') published[lang] = (published[lang] ?? 0) + 1;
    }
    return { clause: id, section: locateClause(edition, clause, document).section.id, languages };
  });
  return {
    document: document.id,
    edition: edition.id,
    status: edition.status,
    languages: document.languages,
    governingLanguage: governingLanguageOf(document, edition),
    clauses,
    published,
  };
}

function missingFindings(corpus: Corpus, document: Document, edition: Edition): ParityFinding[] {
  const findings: ParityFinding[] = [];
  for (const id of clauseIdsOf(edition)) {
    const texts = resolveClause(corpus, id).editions[edition.id]!;
    const have = document.languages.filter((lang) => translationIn(texts, lang).status === 'published');
    for (const lang of document.languages) {
      if (translationIn(texts, lang).status === 'published') continue;
      const governing = lang === governingLanguageOf(document, edition);
      findings.push({
        rule: governing ? 'governing-language-missing' : 'translation-missing',
        severity: governing ? 'warning' : 'note',
        document: document.id,
        edition: edition.id,
        clause: id,
        language: lang,
        message: governing
          ? `${document.id}@${edition.id}, clause '${id}': the governing language (${lang}) did not publish it, only ${have.join(', ')} did: no governing text prevails for this clause`
          : `${document.id}@${edition.id}, clause '${id}': ${lang} did not publish it; ${have.join(', ')} did`,
      });
    }
  }
  return findings;
}

function driftFindings(corpus: Corpus, document: Document, previous: Edition, edition: Edition): ParityFinding[] {
  const findings: ParityFinding[] = [];
  const before = new Set(clauseIdsOf(previous));
  for (const id of clauseIdsOf(edition)) {
    if (!before.has(id)) continue;
    const clause = resolveClause(corpus, id);
    // What drift is: the diff's rule (detectDrift), here reported as findings.
    const drift = detectDrift(clause.editions[previous.id]!, clause.editions[edition.id]!, document.languages, governingLanguageOf(document, edition));
    if (!drift) continue;
    for (const lang of drift.unchanged) {
      findings.push({
        rule: 'translation-drift',
        severity: 'warning',
        document: document.id,
        edition: edition.id,
        clause: id,
        language: lang,
        previousEdition: previous.id,
        changed: drift.changed,
        message: `${document.id}@${edition.id}, clause '${id}': ${drift.changed.join(', ')} changed since ${previous.id} but ${lang} did not; check that the ${lang} text still says the same`,
      });
    }
  }
  return findings;
}

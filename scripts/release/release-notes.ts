/**
 * The CHANGELOG entry of a changeset, for lawyers: the changeset's own words, then, for every
 * edition it describes (its markers), what the diff engine finds between that edition and
 * the one before it: per language the clauses changed, added, removed, newly translated or
 * withdrawn, clauses moved, sections changed, and translation drift. `changeset version`
 * calls it through .changeset/changelog.cjs, with the corpus as it is being released.
 */
import { readMarkers } from '../../src/checks.js';
import { diffEditions, type ClauseDiff, type EditionDiff, type TextStatus } from '../../src/diff.js';
import { governingLanguageOf, type Corpus } from '../../src/index.js';

const TEXT_WORDS: Partial<Record<TextStatus, string>> = {
  changed: 'changed',
  added: 'added',
  removed: 'removed',
  'newly-translated': 'newly translated',
  'translation-withdrawn': 'translation withdrawn',
};

/**
 * One release line of CHANGELOG.md: the summary as a list item, and the generated notes.
 *
 * @param summary - The changeset's Markdown, without its front matter.
 * @param corpus - The corpus being released (clauses/).
 * @returns The Markdown list item.
 * @example
 * releaseLine('Corpus: new published edition disclaimer@2024-01-01.\n\n<!-- legal-clauses: … -->', corpus).split('\n')[0];
 * //=> '- Corpus: new published edition disclaimer@2024-01-01.'
 */
export function releaseLine(summary: string, corpus: Corpus): string {
  const notes = readMarkers(summary).flatMap((marker) => ['', ...editionNotes(corpus, marker.document, marker.edition, marker.fingerprint === 'removed')]);
  const body = [summary.trim(), ...notes].join('\n');
  return `- ${body.split('\n').map((line, index) => (index === 0 || line === '' ? line : `  ${line}`)).join('\n')}`;
}

/** What the diff finds in one edition, against the edition before it. */
export function editionNotes(corpus: Corpus, documentId: string, editionId: string, removed: boolean): string[] {
  const ref = `${documentId}@${editionId}`;
  if (removed) return [`**${ref}**: removed.`];
  const document = corpus.documents.find((candidate) => candidate.id === documentId);
  const index = document?.editions.findIndex((edition) => edition.id === editionId) ?? -1;
  const edition = document?.editions[index];
  if (!document || !edition) return [`**${ref}**: not in the corpus released (described by an earlier state).`];
  const governing = `governing language ${governingLanguageOf(document, edition) ?? 'not declared'}`;
  const previous = document.editions[index - 1];
  if (!previous) {
    const lines = [`**${ref}** (${edition.status}; ${governing}): first edition of '${documentId}'.`];
    for (const lang of document.languages) {
      const published = edition.sections
        .flatMap((section) => section.clauses)
        .filter((id) => corpus.clauses.find((clause) => clause.id === id)?.editions[editionId]?.[lang]?.status === 'published');
      lines.push(`- ${lang}: ${published.length === 0 ? 'no clause published' : `${published.length} ${published.length === 1 ? 'clause' : 'clauses'} published: ${published.map(code).join(', ')}`}.`);
    }
    return lines;
  }
  const report = diffEditions(corpus, { document: documentId, from: previous.id, to: editionId });
  return [`**${ref}** (${edition.status}; ${governing}), compared with ${previous.id}:`, ...reportLines(report)];
}

function reportLines(report: EditionDiff): string[] {
  const lines: string[] = [];
  for (const [index, lang] of report.languages.entries()) {
    const groups = new Map<string, string[]>();
    for (const clause of report.clauses) {
      const text = clause.texts[index]!;
      const word = TEXT_WORDS[text.status];
      if (word === undefined) continue;
      groups.set(word, [...(groups.get(word) ?? []), code(clause.id)]);
    }
    const parts = [...groups].map(([word, ids]) => `${word} ${ids.join(', ')}`);
    lines.push(`- ${lang}${lang === report.document.governingLanguage.to ? ' (governing)' : ''}: ${parts.length === 0 ? 'no clause text changed' : parts.join('; ')}.`);
  }
  const moved = report.clauses.filter((clause) => clause.moved).map((clause) => code(clause.id));
  if (moved.length > 0) lines.push(`- Order: moved ${moved.join(', ')}.`);
  const sections = report.sections.filter((section) => section.status !== 'unchanged').map((section) => `${section.status} ${code(section.id)}`);
  if (sections.length > 0) lines.push(`- Sections: ${sections.join('; ')}.`);
  if (report.dateline.some((text) => text.status !== 'unchanged' && text.status !== 'absent')) {
    lines.push(`- Dateline: changed in ${report.dateline.filter((text) => text.status !== 'unchanged' && text.status !== 'absent').map((text) => text.language).join(', ')}.`);
  }
  const drift = report.clauses.filter((clause): clause is ClauseDiff & { drift: NonNullable<ClauseDiff['drift']> } => clause.drift !== null);
  if (drift.length > 0) {
    lines.push(`- Translation drift (one language changed, another did not): ${drift.map((clause) => `${code(clause.id)} (${clause.drift.changed.join(', ')} changed, ${clause.drift.unchanged.join(', ')} did not)`).join('; ')}.`);
  }
  return lines;
}

function code(id: string): string {
  return `\`${id}\``;
}

/**
 * How an edition's outline changed: its published title and dateline, its list of sections,
 * their headings, and which clauses came, went or moved. The one rule, for texts or for their
 * hashes alike: the lock check compares an edition with its locked hashes, the changelog draft
 * two editions' texts, and each only formats the changes (checks/lock.ts,
 * checks/changelog/diff-releases.ts). Which clauses moved is `alignClauses`' rule.
 */
import { LANGUAGES, type Language } from '../model/constants.js';
import { alignClauses, type ClauseSeat } from './align.js';

/** Texts per language, or their hashes. */
type PerLanguage = { readonly [L in Language]?: string | undefined };

/**
 * What of an edition's outline is compared: an `Edition` is one, and so is a locked edition,
 * whose title, dateline and headings are hashes.
 */
export interface ComparableOutline {
  readonly title?: PerLanguage | undefined;
  readonly dateline?: PerLanguage | undefined;
  readonly sections: readonly { readonly id: string; readonly heading?: PerLanguage | undefined; readonly clauses: readonly string[] }[];
}

/** One change of an outline; `before` and `after` are absent where there is no text (or hash). */
export type OutlineChange =
  | { readonly kind: 'title' | 'dateline'; readonly language: Language; readonly before?: string; readonly after?: string }
  | { readonly kind: 'sections'; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly kind: 'heading'; readonly section: string; readonly language: Language; readonly before?: string; readonly after?: string }
  | { readonly kind: 'clause-removed'; readonly clause: string; readonly from: ClauseSeat }
  | { readonly kind: 'clause-added'; readonly clause: string; readonly to: ClauseSeat }
  | { readonly kind: 'clause-moved'; readonly clause: string; readonly from: ClauseSeat; readonly to: ClauseSeat };

/**
 * Every change between two outlines: the title and the dateline per language; the list of
 * section ids, when it differs; the heading of each section both have, per language (in the
 * old order); then the clauses, in the new order with removed ones where they were.
 *
 * @param before - The old outline (an edition, or its lock entry).
 * @param after - The new outline.
 * @returns The changes; none when the outlines are the same.
 * @example
 * diffOutlines({ sections: [{ id: 's', clauses: ['a', 'b'] }] }, { sections: [{ id: 's', clauses: ['b', 'a'] }] });
 * //=> [{ kind: 'clause-moved', clause: 'a', from: { section: 's', position: 0 }, to: { section: 's', position: 1 } }]
 */
export function diffOutlines(before: ComparableOutline, after: ComparableOutline): OutlineChange[] {
  const changes: OutlineChange[] = [];
  for (const kind of ['title', 'dateline'] as const) {
    for (const language of LANGUAGES) {
      const old = before[kind]?.[language];
      const now = after[kind]?.[language];
      if (old !== now) changes.push({ kind, language, ...values(old, now) });
    }
  }
  const oldIds = before.sections.map((section) => section.id);
  const newIds = after.sections.map((section) => section.id);
  if (oldIds.join('\n') !== newIds.join('\n')) changes.push({ kind: 'sections', before: oldIds, after: newIds });
  for (const section of before.sections) {
    const now = after.sections.find((candidate) => candidate.id === section.id);
    if (!now) continue;
    for (const language of LANGUAGES) {
      const old = section.heading?.[language];
      const heading = now.heading?.[language];
      if (old !== heading) changes.push({ kind: 'heading', section: section.id, language, ...values(old, heading) });
    }
  }
  for (const { id: clause, from, to, moved } of alignClauses(before, after)) {
    if (to === null) changes.push({ kind: 'clause-removed', clause, from: from! });
    else if (from === null) changes.push({ kind: 'clause-added', clause, to });
    else if (moved) changes.push({ kind: 'clause-moved', clause, from, to });
  }
  return changes;
}

function values(before: string | undefined, after: string | undefined): { before?: string; after?: string } {
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

/**
 * Aligning two ordered lists of ids (the clauses or sections of two editions): which ids
 * stayed, came, went or moved, and one reading order for the report. The one rule of what
 * "moved" means for clauses and sections: the diff, the lock check and the changelog draft
 * all ask this module.
 */
import { increasingSubsequence } from './increasing.js';

/** One id of either list. */
export interface AlignedId {
  id: string;
  /** Index in the old list, or null when it is not there. */
  from: number | null;
  /** Index in the new list, or null when it is not there. */
  to: number | null;
  /**
   * Whether its order changed relative to the ids both lists share: the ids outside a longest
   * common subsequence of the shared ids. Of two ids that swapped places, the one that moved
   * forward is reported.
   */
  moved: boolean;
}

/**
 * Aligns two lists of unique ids: every id of either list once, in the new list's order, with
 * each id only the old list has placed right after the id it followed there. O(n log n).
 *
 * @param before - Ids in their old order.
 * @param after - Ids in their new order.
 * @returns The aligned ids.
 * @example
 * alignIds(['a', 'b', 'c'], ['c', 'a', 'd']).map(({ id, from, to, moved }) => `${id}:${from}:${to}:${moved}`);
 * //=> ['c:2:0:false', 'a:0:1:true', 'b:1:null:false', 'd:null:2:false']
 */
export function alignIds(before: readonly string[], after: readonly string[]): AlignedId[] {
  const oldIndex = new Map(before.map((id, index) => [id, index]));
  const newIndex = new Map(after.map((id, index) => [id, index]));
  const shared = before.filter((id) => newIndex.has(id));
  const kept = increasingSubsequence(shared.map((id) => newIndex.get(id)!));
  const stayed = new Set(shared.filter((_, index) => kept[index] === 1));

  // Ids only the old list has go after the nearest id before them that the new list keeps.
  const following = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of before) {
    if (newIndex.has(id)) {
      anchor = id;
    } else {
      const list = following.get(anchor) ?? [];
      list.push(id);
      following.set(anchor, list);
    }
  }

  const removed = (id: string): AlignedId => ({ id, from: oldIndex.get(id)!, to: null, moved: false });
  const aligned: AlignedId[] = (following.get(null) ?? []).map(removed);
  for (const id of after) {
    const from = oldIndex.get(id);
    aligned.push({ id, from: from ?? null, to: newIndex.get(id)!, moved: from !== undefined && !stayed.has(id) });
    for (const gone of following.get(id) ?? []) aligned.push(removed(gone));
  }
  return aligned;
}

/** An edition's outline as the alignment needs it: sections in order, each with its clause ids in order. */
export interface Outline {
  readonly sections: readonly { readonly id: string; readonly clauses: readonly string[] }[];
}

/** Where a clause sits in an outline. */
export interface ClauseSeat {
  /** Id of the section that lists it. */
  section: string;
  /** 0-based position among all clauses of the outline, in reading order. */
  position: number;
}

/** One clause of either outline. */
export interface AlignedClause {
  id: string;
  from: ClauseSeat | null;
  to: ClauseSeat | null;
  /** Whether it moved: it sits in another section, or out of order among the clauses both outlines share ({@link alignIds}). */
  moved: boolean;
}

/**
 * Aligns the clauses of two outlines by id: the rule of which clauses came, went and moved.
 *
 * @param before - The old edition's outline.
 * @param after - The new edition's outline.
 * @returns Every clause of either outline, in the new order, removed ones where they were.
 * @example
 * alignClauses({ sections: [{ id: 's', clauses: ['a', 'b'] }] }, { sections: [{ id: 's', clauses: ['b'] }, { id: 't', clauses: ['a'] }] })
 *   .map(({ id, moved }) => `${id}:${moved}`);
 * //=> ['b:false', 'a:true']
 */
export function alignClauses(before: Outline, after: Outline): AlignedClause[] {
  const aligned: AlignedClause[] = [];
  eachAlignedClause(before, after, (clause) => aligned.push(clause));
  return aligned;
}

/**
 * {@link alignClauses} one clause at a time, in the same order: for a caller that turns each
 * into something else, so that the aligned clauses of a long outline are not all held at once.
 *
 * @param before - The old edition's outline.
 * @param after - The new edition's outline.
 * @param visit - Called with each clause of either outline, in the new order, removed ones where they were.
 * @example
 * const ids = [];
 * eachAlignedClause({ sections: [{ id: 's', clauses: ['a', 'b'] }] }, { sections: [{ id: 's', clauses: ['a', 'b'] }] }, ({ id, moved }) => ids.push(`${id}:${moved}`));
 * ids;
 * //=> ['a:false', 'b:false']
 */
export function eachAlignedClause(before: Outline, after: Outline, visit: (clause: AlignedClause) => void): void {
  if (sameOutline(before, after)) {
    // The usual case: the same clauses in the same sections and order. Nothing moved.
    let position = 0;
    for (const section of after.sections) {
      for (const id of section.clauses) {
        visit({ id, from: { section: section.id, position }, to: { section: section.id, position }, moved: false });
        position++;
      }
    }
    return;
  }
  const oldSeats = seatsOf(before);
  const newSeats = seatsOf(after);
  for (const aligned of alignIds([...oldSeats.keys()], [...newSeats.keys()])) {
    const from = oldSeats.get(aligned.id) ?? null;
    const to = newSeats.get(aligned.id) ?? null;
    visit({ id: aligned.id, from, to, moved: aligned.moved || (from !== null && to !== null && from.section !== to.section) });
  }
}

function sameOutline(before: Outline, after: Outline): boolean {
  if (before.sections.length !== after.sections.length) return false;
  return before.sections.every((section, index) => {
    const other = after.sections[index]!;
    return section.id === other.id && section.clauses.length === other.clauses.length && section.clauses.every((id, k) => id === other.clauses[k]);
  });
}

function seatsOf(outline: Outline): Map<string, ClauseSeat> {
  const seats = new Map<string, ClauseSeat>();
  for (const section of outline.sections) {
    for (const id of section.clauses) seats.set(id, { section: section.id, position: seats.size });
  }
  return seats;
}

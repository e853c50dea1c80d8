/**
 * Aligning two ordered lists of ids (the clauses or sections of two editions): which ids
 * stayed, came, went or moved, and one reading order for the report.
 */
import { diffSequences } from './myers.js';

/** One id of either list. */
export interface AlignedId {
  id: string;
  /** Index in the old list, or null when it is not there. */
  from: number | null;
  /** Index in the new list, or null when it is not there. */
  to: number | null;
  /**
   * Whether its order changed relative to the ids both lists share: the ids outside a longest
   * common subsequence of the shared ids. Of two ids that swapped places, the one that moves
   * the fewest others is reported.
   */
  moved: boolean;
}

/**
 * Aligns two lists of unique ids: every id of either list once, in the new list's order, with
 * each id only the old list has placed right after the id it followed there.
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
  const sharedOld = before.filter((id) => newIndex.has(id));
  const sharedNew = after.filter((id) => oldIndex.has(id));

  // Every id is unique, so the edit script is bounded by the list length: no budget needed.
  const ops = diffSequences(sharedOld, sharedNew)!;
  const stayed = new Set<string>();
  let at = 0;
  for (const op of ops) {
    if (op.type === 'equal') for (let k = 0; k < op.count; k++) stayed.add(sharedOld[at + k]!);
    if (op.type !== 'added') at += op.count;
  }

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

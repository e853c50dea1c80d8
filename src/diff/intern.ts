/**
 * Strings to small integers, one id per distinct string across all the lists, so that a
 * sequence diff compares numbers. Ids start at 1.
 *
 * @param lists - Lists of strings (tokens, lines, ids).
 * @returns One Int32Array per list, in order.
 * @example
 * intern(['a', 'b'], ['b', 'c']);
 * //=> [Int32Array [1, 2], Int32Array [2, 3]]
 */
export function intern(...lists: readonly (readonly string[])[]): Int32Array[] {
  const ids = new Map<string, number>();
  return lists.map((list) => {
    const out = new Int32Array(list.length);
    list.forEach((item, index) => {
      let id = ids.get(item);
      if (id === undefined) {
        id = ids.size + 1;
        ids.set(item, id);
      }
      out[index] = id;
    });
    return out;
  });
}

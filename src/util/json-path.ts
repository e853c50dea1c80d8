/**
 * Writes a path inside a JSON value the way a reader would type it in JavaScript:
 * `documents[0].editions[0].sections[1].heading.en`, `editions["2003-04-15"].zh`. With `prefix`,
 * the path written for the value the keys go on from (`formatJsonPath(inner, formatJsonPath(outer))`
 * is `formatJsonPath([...outer, ...inner])`), so that the paths of many values inside one are not
 * written from the start each time.
 */
export function formatJsonPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

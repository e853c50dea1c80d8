import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toHast } from 'legal-clauses';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/**
 * A tree from buildTree, rendered by React: toHast gives the elements toHtml would write (the
 * anchors, the `lang` of every text, the catalogue entry marked as not published text), and
 * hast-util-to-jsx-runtime turns them into React elements. No HTML string, no
 * dangerouslySetInnerHTML: React escapes the text.
 */
export function LegalDocument({ tree }) {
  return toJsxRuntime(toHast(tree), { Fragment, jsx, jsxs });
}

/**
 * The bundled editions, rendered: one committed file per edition, language and format, so that a
 * pull request that changes published prose, or the way it is rendered, shows the change as a
 * diff a reviewer can read. After a deliberate change: `npx vitest run test/render -u`.
 */
import { describe, expect, it } from 'vitest';
import { buildTree, corpus, toHtmlPage, toMarkdown, toText } from '../../src/index.js';

const LANGUAGE_SETS = [['zh'], ['en'], ['zh', 'en']] as const;

const cases = corpus.documents.flatMap((document) =>
  document.editions.flatMap((edition) =>
    LANGUAGE_SETS.map((lang) => ({ document: document.id, edition: edition.id, lang, name: `${edition.id}.${lang.join('-')}` })),
  ),
);

describe.each(cases)('$document $edition in $lang', ({ document, edition, lang, name }) => {
  const tree = buildTree({ document, edition, lang: [...lang] });

  it('matches the committed text rendering', async () => {
    await expect(toText(tree)).toMatchFileSnapshot(`rendered/${document}/${name}.txt`);
  });

  it('matches the committed Markdown rendering', async () => {
    await expect(toMarkdown(tree)).toMatchFileSnapshot(`rendered/${document}/${name}.md`);
  });

  if (lang.length > 1) {
    it('matches the committed HTML page', async () => {
      await expect(toHtmlPage(tree)).toMatchFileSnapshot(`rendered/${document}/${name}.html`);
    });
  }
});

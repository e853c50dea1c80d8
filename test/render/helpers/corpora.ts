/**
 * FIXTURES, not published text: corpora and trees the renderer tests share. Hostile strings and
 * arbitrary text put into the bundled corpus's fields, and the set of trees every serialiser of
 * the tree is compared on.
 */
import { buildTree, type Corpus, type DocumentNode } from '../../../src/index.js';
import { CONSTRUCTS_EDITION, constructsCorpus } from '../../helpers/constructs.js';
import { mutableCorpus } from '../../helpers/corpus.js';

const EDITION = '2003-04-15';

/** Text that would run script or break markup if it were not escaped. */
export const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & ' " </p>`;

/**
 * The bundled corpus with `text` as the English catalogue title, the edition's published title,
 * the heading of the opening section, the acceptance clause's paragraph (twice: as text, then as
 * a span in another language), the text and marker of an item of a list after it, and a
 * preformatted block.
 */
export function corpusWith(text: string): Corpus {
  const data = mutableCorpus();
  data.documents[0].title.en = text;
  data.documents[0].editions[0].title = { en: text };
  data.documents[0].editions[0].sections[0].heading = { en: text };
  const acceptance = data.clauses.find((clause: { id: string }) => clause.id === 'acceptance');
  acceptance.editions[EDITION].en = {
    status: 'published',
    blocks: [
      { type: 'paragraph', text: [text, { lang: 'fr', text }] },
      { type: 'list', style: 'decimal', items: [{ marker: text, text }] },
      { type: 'preformatted', text },
    ],
  };
  return data as Corpus;
}

/** Hostile strings in every text field of the English side: titles, dateline, headings, text, markers. */
export function hostileCorpus(): Corpus {
  const data = mutableCorpus();
  data.documents[0].title.en = HOSTILE;
  data.documents[0].editions[0].title = { en: HOSTILE };
  data.documents[0].editions[0].dateline.en = HOSTILE;
  data.documents[0].editions[0].sections[1].heading.en = HOSTILE;
  const acceptance = data.clauses.find((clause: { id: string }) => clause.id === 'acceptance');
  acceptance.editions[EDITION].en = {
    status: 'published',
    heading: HOSTILE,
    blocks: [
      { type: 'paragraph', text: [HOSTILE, { lang: 'fr', text: HOSTILE }] },
      { type: 'list', style: 'decimal', items: [{ marker: HOSTILE, text: HOSTILE }] },
      { type: 'preformatted', text: HOSTILE },
    ],
  };
  return data as Corpus;
}

/** The trees each serialiser is compared on: the bundled edition in every layout, and the constructs fixture. */
export function sampleTrees(): Record<string, DocumentNode> {
  const constructs = constructsCorpus();
  return {
    zh: buildTree({ edition: EDITION, lang: 'zh' }),
    en: buildTree({ edition: EDITION, lang: 'en' }),
    'zh,en': buildTree({ edition: EDITION, lang: ['zh', 'en'] }),
    'zh with fallback en': buildTree({ edition: EDITION, lang: 'zh', fallback: 'en' }),
    'fixture zh (title, numbers, nested lists, preformatted, spans)': buildTree({ corpus: constructs, edition: CONSTRUCTS_EDITION, lang: 'zh' }),
    'fixture zh,en': buildTree({ corpus: constructs, edition: CONSTRUCTS_EDITION, lang: ['zh', 'en'] }),
  };
}

/** Each sample tree with and without the frame, as `it.each` rows. */
export function sampleCases(trees: Record<string, DocumentNode>): (readonly [string, DocumentNode, boolean])[] {
  return Object.entries(trees).flatMap(([name, tree]) => [
    [`${name}, with the frame`, tree, true] as const,
    [`${name}, without the frame`, tree, false] as const,
  ]);
}

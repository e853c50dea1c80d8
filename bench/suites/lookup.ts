/**
 * Lookup: ours (typed lookup with BCP 47 negotiation and edition selection) beside what an app
 * would hand-roll on the raw corpus JSON (a `find` and a join, exact language codes only).
 */
import { readFileSync } from 'node:fs';
import { compare, comparisonTable } from '../lib/compare.js';
import type { BenchSuite } from '../lib/suite.js';
import { loadBuiltMainEntry } from '../lib/dist.js';

export const lookupSuite: BenchSuite = {
  name: 'lookup',
  title: 'Lookup',
  async run() {
    const lib = await loadBuiltMainEntry();
    type Raw = { documents: { editions: { id: string }[] }[]; clauses: { id: string; editions: Record<string, Record<string, { status: string; blocks?: { type: string; text?: string; items?: { marker: string; text: string }[] }[] }>> }[] };
    const raw = JSON.parse(readFileSync('corpus.json', 'utf8')) as Raw;

    /** The hand-rolled alternative: no negotiation, no typed errors, no missing/fallback handling. */
    const handRolled = (id: string, lang: string) => {
      const clause = raw.clauses.find((candidate) => candidate.id === id)!;
      const edition = raw.documents[0]!.editions.at(-1)!.id;
      const text = clause.editions[edition]![lang]!;
      return text.blocks?.flatMap((block) => (block.type === 'paragraph' ? [block.text!] : block.items!.map((item) => `${item.marker} ${item.text}`))).join('\n\n');
    };

    const clauseText = await compare({
      "hand-rolled find on corpus.json ('zh')": () => handRolled('disclaimers', 'zh'),
      "getClauseText('disclaimers', { lang: 'zh-CN' })": () => lib.getClauseText('disclaimers', { lang: 'zh-CN' }),
      "getClauseText('image-use', { lang: 'zh', fallback: 'en' })": () => lib.getClauseText('image-use', { lang: 'zh', fallback: 'en' }),
      "getEdition({ at: '2010-01-01' })": () => lib.getEdition({ at: '2010-01-01' }),
      'listClauses()': () => lib.listClauses(),
    });
    const negotiation = await compare({
      "new Intl.Locale('zh-SG').maximize() (uncached)": () => new Intl.Locale('zh-SG').maximize(),
      "negotiateLanguage(['zh-TW', 'zh-SG'])": () => lib.negotiateLanguage(['zh-TW', 'zh-SG']),
    });
    return `Time per call, from the built package (\`dist/\`), in one process.

${comparisonTable(clauseText)}

Locale negotiation alone (ours caches maximized tags):

${comparisonTable(negotiation)}`;
  },
};

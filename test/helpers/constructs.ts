/**
 * FIXTURE, not published text: the bundled corpus with one constructed edition that holds every
 * construct of the model (a published title, numbered clauses with headings, nested lists,
 * preformatted text, a span and a block in another language, a month-only date, no declared
 * governing language), so that each renderer and check meets every node type. The words are
 * labelled as fixture text; nothing here is, or imitates, a published legal text.
 */
import type { Corpus } from '../../src/index.js';
import { parseCorpus } from '../../src/schema.js';
import { mutableCorpus } from './corpus.js';

/** The id of the constructed edition. */
export const CONSTRUCTS_EDITION = '2030-06';

export function constructsCorpus(): Corpus {
  const data = mutableCorpus();
  data.documents[0].editions.push({
    id: CONSTRUCTS_EDITION,
    status: 'draft',
    title: { zh: '【测试用】示例文本，第2版', en: '[FIXTURE] Sample text, Version 2' },
    dateline: { zh: '2030年6月', en: 'June 2030' },
    governingLanguage: null,
    sections: [{ id: 'all', clauses: ['acceptance', 'disclaimers'] }],
  });
  const acceptance = data.clauses.find((clause: { id: string }) => clause.id === 'acceptance');
  acceptance.editions[CONSTRUCTS_EDITION] = {
    number: '4',
    zh: {
      status: 'published',
      heading: '4.   测试条款',
      blocks: [
        { type: 'paragraph', text: ['测试文本引用', { lang: 'en', text: 'FIXTURE PubL v2' }, '。'] },
        {
          type: 'list',
          style: 'decimal',
          separator: '',
          items: [
            {
              marker: '（1）',
              text: '第一项测试文本；',
              blocks: [
                {
                  type: 'list',
                  style: 'lower-roman',
                  items: [
                    { marker: '（i）', separator: '', text: '子项测试文本一；' },
                    { marker: '（ii）', separator: '', text: '子项测试文本二。' },
                  ],
                },
              ],
            },
            { marker: '（2）', text: '第二项测试文本。' },
          ],
        },
        { type: 'preformatted', lang: 'en', text: 'Copyright (c) [Year] [FIXTURE holder]\n  [Software] is a FIXTURE notice.\nSee the FIXTURE for details.' },
      ],
    },
    en: {
      status: 'published',
      heading: '4. Fixture clause',
      blocks: [
        { type: 'paragraph', text: 'Fixture text quoting FIXTURE PubL v2.' },
        { type: 'list', style: 'upper-alpha', items: [{ marker: 'A.', text: 'First fixture item;' }, { marker: 'B.', text: 'second fixture item.' }] },
        { type: 'preformatted', text: 'Copyright (c) [Year] [FIXTURE holder]\n  [Software] is a FIXTURE notice.\nSee the FIXTURE for details.' },
      ],
    },
  };
  const disclaimers = data.clauses.find((clause: { id: string }) => clause.id === 'disclaimers');
  disclaimers.topics = ['warranty', 'liability'];
  disclaimers.editions[CONSTRUCTS_EDITION] = {
    number: '7',
    zh: { status: 'published', heading: '第7条', blocks: [{ type: 'list', style: 'cjk-heavenly-stem', items: [{ marker: '甲、', text: '测试项甲。' }, { marker: '乙、', text: '测试项乙。' }] }] },
    en: { status: 'missing' },
  };
  return parseCorpus(data, 'constructs fixture');
}

/** `legal-clauses show` names a clause by its id or, where a document numbers its articles, by a reference as written. */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run.js';

const MULAN = 'test/fixtures/corpora/mulan-publ';

describe('legal-clauses show', () => {
  it('finds an article by a reference as a Chinese or English text writes it', async () => {
    const chinese = await runInProcess(['show', '第4条', '--lang', 'zh', '--corpus', MULAN]);
    expect(chinese.status).toBe(0);
    expect(chinese.stdout.split('\n')[0]).toBe('4.   分发限制');
    const english = await runInProcess(['show', 'Section 4', '--lang', 'en', '--edition', '2020-12', '--corpus', MULAN]);
    expect(english.stdout.split('\n')[0]).toBe('4. Distribution Restriction');
    // Every way of writing the reference names the same article.
    const latest = await Promise.all(['第四条', 'Section 4', '4', 'Art. 4'].map((reference) => runInProcess(['show', reference, '--lang', 'en', '--corpus', MULAN])));
    expect(new Set(latest.map((result) => result.stdout)).size).toBe(1);
    expect(latest[0]!.stdout).toMatch(/^4\. Distribution Restriction\n/);
  });

  it('keeps the unknown-clause error, with its suggestion, for a name that is neither an id nor a reference', async () => {
    const result = await runInProcess(['show', 'imge-use']);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(/unknown clause 'imge-use'; did you mean 'image-use'\?/);
    expect((await runInProcess(['show', '第99条', '--corpus', MULAN])).stderr).toMatch(/unknown clause '第99条'/);
  });
});

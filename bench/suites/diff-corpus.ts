/**
 * A generated corpus for the diff benchmark: thousands of clauses built from the real
 * paragraphs of the 2003-04-15 edition (sentences rotated, clauses numbered, so that no two are
 * alike), in two editions, the second with about 1% of the characters edited in small scattered
 * edits (a word or character replaced, text inserted or deleted, a space added or removed, a
 * half-width comma made full-width). Deterministic: the same size gives the same corpus.
 */
import { blocksToParagraphs, type Block, type Clause, type Corpus } from '../../src/index.js';

/** The two languages the generated corpus carries. */
type Language = 'zh' | 'en';

/** What the generator made, for the report. */
export interface GeneratedCorpus {
  corpus: Corpus;
  clauses: number;
  /** UTF-8 bytes of each language's text in the old edition. */
  bytes: Record<Language, number>;
  /** Characters edited per language (removed plus inserted). */
  edited: Record<Language, number>;
  /** The plain text of each edition per language, clauses separated by a blank line (what git compares). */
  flat: Record<Language, { before: string; after: string }>;
}

const OLD = '2001-01-01';
const NEW = '2002-01-01';
const EDIT_SHARE = 0.01;

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesOf(text: string, lang: Language): string[] {
  return (lang === 'zh' ? text.split(/(?<=。)/) : text.split(/(?<=\.\s)/)).filter((part) => part !== '');
}

/**
 * Generates the corpus.
 *
 * @param source - The bundled corpus, whose published paragraphs are the material.
 * @param bytesPerLanguage - Target UTF-8 size of each language's text.
 */
export function generateCorpus(source: Corpus, bytesPerLanguage: number, seed = 42): GeneratedCorpus {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const material: Record<'zh' | 'en', string[]> = { zh: [], en: [] };
  for (const clause of source.clauses) {
    for (const edition of Object.values(clause.editions)) {
      for (const lang of ['zh', 'en'] as const) {
        const translation = edition[lang];
        if (translation?.status !== 'published') continue;
        material[lang].push(...blocksToParagraphs(translation.blocks));
      }
    }
  }

  const bytes = { zh: 0, en: 0 };
  const texts: { zh: string[]; en: string[] } = { zh: [], en: [] };
  while (bytes.zh < bytesPerLanguage || bytes.en < bytesPerLanguage) {
    const number = texts.zh.length + 1;
    for (const lang of ['zh', 'en'] as const) {
      const sentences = sentencesOf(pick(material[lang]), lang);
      const turn = Math.floor(next() * sentences.length);
      const body = [...sentences.slice(turn), ...sentences.slice(0, turn)].join(lang === 'zh' ? '' : ' ').replace(/\s+$/, '');
      const text = lang === 'zh' ? `第${number}条 ${body}` : `Clause ${number}. ${body}`;
      texts[lang].push(text);
      bytes[lang] += Buffer.byteLength(text) + 2;
    }
  }

  const edited = { zh: 0, en: 0 };
  const after: { zh: string[]; en: string[] } = { zh: [...texts.zh], en: [...texts.en] };
  for (const lang of ['zh', 'en'] as const) {
    const total = texts[lang].reduce((sum, text) => sum + text.length, 0);
    while (edited[lang] < total * EDIT_SHARE) {
      const index = Math.floor(next() * after[lang].length);
      const [text, cost] = editOnce(after[lang][index]!, lang, next, pick);
      after[lang][index] = text;
      edited[lang] += cost;
    }
  }

  const ids = texts.zh.map((_, index) => `c${index + 1}`);
  const paragraph = (text: string): Block[] => [{ type: 'paragraph', text }];
  const clauses: Clause[] = ids.map((id, index) => ({
    id,
    document: 'bench',
    topics: ['general'],
    editions: {
      [OLD]: { zh: { status: 'published', blocks: paragraph(texts.zh[index]!) }, en: { status: 'published', blocks: paragraph(texts.en[index]!) } },
      [NEW]: { zh: { status: 'published', blocks: paragraph(after.zh[index]!) }, en: { status: 'published', blocks: paragraph(after.en[index]!) } },
    },
  }));
  const sections = [{ id: 'all', clauses: ids }];
  const corpus: Corpus = {
    format: source.format,
    documents: [
      {
        id: 'bench',
        languages: ['zh', 'en'],
        title: { zh: '基准', en: 'Benchmark' },
        governingLanguage: 'zh',
        editions: [
          { id: OLD, status: 'published', sections },
          { id: NEW, status: 'published', sections },
        ],
      },
    ],
    clauses,
  };
  return {
    // Through JSON, as a corpus is read in practice: strings built by slicing and joining are
    // chains V8 walks on every comparison, which would charge the generator's shortcuts to the diff.
    corpus: JSON.parse(JSON.stringify(corpus)) as Corpus,
    clauses: ids.length,
    bytes,
    edited,
    flat: {
      zh: { before: `${texts.zh.join('\n\n')}\n`, after: `${after.zh.join('\n\n')}\n` },
      en: { before: `${texts.en.join('\n\n')}\n`, after: `${after.en.join('\n\n')}\n` },
    },
  };
}

const ZH_CHARS = '的网站信息责任使用用户服务内容法律权利商标资料';
const EN_WORDS = ['the', 'website', 'information', 'shall', 'any', 'liability', 'user', 'content', 'law', 'rights'];

/** One small edit at a random place; returns the new text and how many characters it touched. */
function editOnce(text: string, lang: Language, next: () => number, pick: <T>(list: readonly T[]) => T): [string, number] {
  const at = Math.floor(next() * text.length);
  // Never cut a surrogate pair: the material has none, but keep the generator honest.
  const kind = Math.floor(next() * 5);
  if (kind === 0) {
    // Replace a character (zh) or the word around `at` (en).
    if (lang === 'zh') return [text.slice(0, at) + pick([...ZH_CHARS]) + text.slice(at + 1), 2];
    const start = text.lastIndexOf(' ', at) + 1;
    const end = text.indexOf(' ', at) === -1 ? text.length : text.indexOf(' ', at);
    const word = pick(EN_WORDS);
    return [text.slice(0, start) + word + text.slice(end), end - start + word.length];
  }
  if (kind === 1) {
    const length = 1 + Math.floor(next() * 6);
    return [text.slice(0, at) + text.slice(at + length), Math.min(length, text.length - at)];
  }
  if (kind === 2) {
    const insert = lang === 'zh' ? pick([...ZH_CHARS]) + pick([...ZH_CHARS]) : ` ${pick(EN_WORDS)}`;
    return [text.slice(0, at) + insert + text.slice(at), insert.length];
  }
  if (kind === 3) {
    // A space added, or one removed where there is one.
    const space = text.indexOf(' ', at);
    if (space >= 0 && next() < 0.5) return [text.slice(0, space) + text.slice(space + 1), 1];
    return [`${text.slice(0, at)} ${text.slice(at)}`, 1];
  }
  const comma = text.indexOf(',', at);
  if (comma >= 0 && lang === 'zh') return [`${text.slice(0, comma)}，${text.slice(comma + 1)}`, 2];
  return [`${text.slice(0, at)},${text.slice(at)}`, 1];
}

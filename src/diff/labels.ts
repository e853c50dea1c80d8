/**
 * The words the review formats put around the legal text, in the reviewer's language
 * (`--ui-lang en|zh`): the governing language's reviewers read Chinese. Interface labels only;
 * the legal text is never translated. docs/diff.md lists them.
 */
import { UnsupportedLocaleError } from '../errors.js';
import { negotiateLanguage } from '../lookup/locale.js';
import type { Language } from '../model/constants.js';
import type { ChangeClass, Drift, EditionDiff, ItemStatus, TextCount, TextStatus, TypographicKind } from './types.js';

/** The language of the labels: `'en'` or `'zh'`. */
export type UiLanguage = 'en' | 'zh';

/** The languages the labels are written in. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh'];

/**
 * The language of the labels for a reviewer's BCP 47 tag, matched as every language option is
 * (`negotiateLanguage`): `zh-CN` gets `zh`, `en-GB` gets `en`; `zh-TW` gets nothing, since the
 * Chinese labels are Simplified.
 *
 * @param tag - A BCP 47 tag, such as `'zh-CN'`, or several in order of preference (`navigator.languages`).
 * @returns `'en'` or `'zh'`; `'en'` without a tag.
 * @throws {InvalidLocaleError} When a tag is not well-formed BCP 47.
 * @throws {UnsupportedLocaleError} When no tag matches a language of the labels.
 * @example
 * uiLanguageOf('zh-CN');
 * //=> 'zh'
 */
export function uiLanguageOf(tag: string | readonly string[] | undefined): UiLanguage {
  if (tag === undefined) return 'en';
  try {
    return negotiateLanguage(tag, { available: UI_LANGUAGES }).lang as UiLanguage;
  } catch (error) {
    if (!(error instanceof UnsupportedLocaleError)) throw error;
    throw new UnsupportedLocaleError(error.locale, UI_LANGUAGES, error.suggestion, (lang) => `pass uiLang: '${lang}'`);
  }
}

/** Every label of the review formats, in one language. */
export interface Labels {
  /** The language these labels are in: marks a label set inside legal text with its own `lang`. */
  language: UiLanguage;
  /** The page title: `(document, from, to) => string`. */
  title(document: string, from: string, to: string): string;
  languageName: Record<Language, string>;
  governing: string;
  /** Names of clause and section statuses. */
  item: Record<ItemStatus, string>;
  /** Names of text statuses, where `absent` reads "not published". */
  text: Record<TextStatus, string>;
  summary: string;
  contents: string;
  edition: string;
  sections: string;
  section: string;
  clauses: string;
  clause: string;
  status: string;
  drift: string;
  dateline: string;
  documentTitle: string;
  /** The edition's published title line (`editionTitle`), apart from the catalogue's `documentTitle`. */
  editionTitle: string;
  governingLanguage: string;
  /** Said where an edition does not declare which language prevails. */
  notDeclared: string;
  heading: string;
  topic: string;
  draft: string;
  languages: string;
  /** What precedes the two releases or corpora compared: `Compared`. */
  compared: string;
  noDifferences: string;
  unchangedClauses: string;
  showText: string;
  backToTop: string;
  legendRemoved: string;
  legendAdded: string;
  legendWhitespace: string;
  /** The legend of typographic changes, moves and the departures table. */
  legendTypographic: string;
  legendMoved: string;
  /** Names of the change classes of a clause or text. */
  change: Record<'none' | ChangeClass, string>;
  /** Names of the typographic kinds. */
  kind: Record<TypographicKind, string>;
  /** Column heads of the departures table. */
  departures: { title: string; language: string; change: string; inserted: string; deleted: string; moved: string; restyled: string; kinds: string };
  /** `12 characters, 3 words`. */
  textCount(count: TextCount): string;
  /** The sentence saying which typographic kinds a review hides. */
  ignoring(kinds: readonly TypographicKind[]): string;
  /** Clauses by change class, for the overview. */
  changeCounts(counts: Record<'none' | ChangeClass, number>): string;
  /** The label of the place a unit moved away from (`n→`), and of where it now is (`→n`). */
  movedFrom(move: number): string;
  movedTo(move: number): string;
  /** `': '` or `'：'`. */
  colon: string;
  /** What ends a sentence before the next: `'. '` or `'。'`. */
  stop: string;
  /** `text (note)` or `text（note）`. */
  aside(text: string, note: string): string;
  /** A list joined with `', '` or `'、'`. */
  list(items: readonly string[]): string;
  /** `moved: closing #10 → opening #2`. */
  moved(fromSection: string, fromPosition: number, toSection: string, toPosition: number): string;
  /** One sentence on a clause's translation drift. */
  driftNote(drift: Drift, governing: Language | null): string;
  /** Counts such as `6 changed, 1 removed`, from the non-zero statuses. */
  counts(counts: Record<ItemStatus, number>): string;
  /** The summary sentence: `(clauses, sections, drift) => string`. */
  overview(clauses: string, sections: string, drift: number): string;
}

const ITEM_ORDER: readonly ItemStatus[] = ['changed', 'added', 'removed', 'moved', 'unchanged'];

const EN: Labels = {
  language: 'en',
  title: (document, from, to) => `Review of ${document}: ${from} → ${to}`,
  languageName: { zh: 'Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' },
  governing: 'governing',
  item: { added: 'added', removed: 'removed', changed: 'changed', moved: 'moved', unchanged: 'unchanged' },
  text: {
    unchanged: 'unchanged',
    changed: 'changed',
    added: 'added',
    removed: 'removed',
    'newly-translated': 'newly translated',
    'translation-withdrawn': 'translation withdrawn',
    absent: 'not published',
  },
  summary: 'Summary',
  contents: 'Contents',
  edition: 'Edition',
  sections: 'Sections',
  section: 'Section',
  clauses: 'Clauses',
  clause: 'Clause',
  status: 'Status',
  drift: 'Translation drift',
  dateline: 'Dateline',
  documentTitle: 'Title',
  editionTitle: 'Published title',
  governingLanguage: 'Governing language',
  notDeclared: 'not declared',
  heading: 'heading',
  topic: 'topic',
  draft: 'draft',
  languages: 'Languages',
  compared: 'Compared',
  noDifferences: 'No differences.',
  unchangedClauses: 'Unchanged clauses',
  showText: 'show text',
  backToTop: 'back to top',
  legendRemoved: 'removed',
  legendAdded: 'added',
  legendWhitespace: 'Where only spaces changed they are shown as ␣ (space), ⍽ (no-break space), → (tab), ↵ (line break), ⟨U+…⟩ (other invisible characters).',
  legendTypographic: 'Typographic changes (spaces, line wrapping, punctuation width, quote style, letter case) are marked apart from substantive ones and labelled with their kind.',
  legendMoved: 'A moved paragraph or sentence is marked n→ where it was and →n where it now is, with its own edits.',
  change: { none: 'none', typographic: 'typographic only', substantive: 'substantive' },
  kind: { whitespace: 'whitespace', wrapping: 'line wrapping', 'punctuation-width': 'punctuation width', quotes: 'quote style', case: 'letter case' },
  departures: { title: 'Departures', language: 'Language', change: 'Change', inserted: 'Inserted', deleted: 'Deleted', moved: 'Moved', restyled: 'Typographic', kinds: 'Kinds' },
  textCount: (count) => `${count.characters} ${count.characters === 1 ? 'character' : 'characters'}, ${count.words} ${count.words === 1 ? 'word' : 'words'}`,
  ignoring: (kinds) => `Typographic changes of these kinds are not marked: ${kinds.map((kind) => EN.kind[kind]).join(', ')}.`,
  changeCounts: (counts) => `Changed substantively: ${counts.substantive}; typographic only: ${counts.typographic}.`,
  movedFrom: (move) => `${move}→`,
  movedTo: (move) => `→${move}`,
  colon: ': ',
  stop: '. ',
  aside: (text, note) => `${text} (${note})`,
  list: (items) => items.join(', '),
  moved: (fromSection, fromPosition, toSection, toPosition) =>
    `moved: ${fromSection} #${fromPosition + 1} → ${toSection} #${toPosition + 1}`,
  driftNote: (drift, governing) => {
    const name = (language: Language) => (language === governing ? `${language} (governing)` : language);
    return drift.kind === 'governing-changed'
      ? `${drift.changed.map(name).join(', ')} changed, ${drift.unchanged.join(', ')} did not: check that the translation still matches.`
      : `${drift.changed.join(', ')} changed, ${drift.unchanged.map(name).join(', ')} did not: check that the translation still says what the governing text says.`;
  },
  counts: (counts) =>
    ITEM_ORDER.filter((status) => counts[status] > 0)
      .map((status) => `${counts[status]} ${EN.item[status]}`)
      .join(', ') || 'none',
  overview: (clauses, sections, drift) =>
    `Clauses: ${clauses}. Sections: ${sections}. Translation drift: ${drift === 0 ? 'none' : `${drift} ${drift === 1 ? 'clause' : 'clauses'}`}.`,
};

const ZH: Labels = {
  language: 'zh',
  title: (document, from, to) => `${document} 审阅：${from} → ${to}`,
  languageName: { zh: '中文', 'zh-Hant': '繁体中文', en: '英文' },
  governing: '管辖语言',
  item: { added: '新增', removed: '删除', changed: '修改', moved: '移动', unchanged: '未变' },
  text: {
    unchanged: '未变',
    changed: '修改',
    added: '新增',
    removed: '删除',
    'newly-translated': '新增译文',
    'translation-withdrawn': '撤回译文',
    absent: '未发布',
  },
  summary: '摘要',
  contents: '目录',
  edition: '版本',
  sections: '章节',
  section: '章节',
  clauses: '条款',
  clause: '条款',
  status: '状态',
  drift: '译文未同步',
  dateline: '发布日期行',
  documentTitle: '标题',
  editionTitle: '发布标题',
  governingLanguage: '管辖语言',
  notDeclared: '未声明',
  heading: '标题',
  topic: '主题',
  draft: '草稿',
  languages: '语言',
  compared: '比较',
  noDifferences: '无差异。',
  unchangedClauses: '未变条款',
  showText: '显示全文',
  backToTop: '返回顶部',
  legendRemoved: '删除',
  legendAdded: '新增',
  legendWhitespace: '仅空白改动时显示为：␣（空格）、⍽（不换行空格）、→（制表符）、↵（换行）、⟨U+…⟩（其他不可见字符）。',
  legendTypographic: '排版改动（空白、换行、标点全半角、引号样式、大小写）与实质改动分开标示，并注明类别。',
  legendMoved: '移动的段落或句子在原位置标为 n→，在新位置标为 →n，并显示其自身的改动。',
  change: { none: '无', typographic: '仅排版', substantive: '实质' },
  kind: { whitespace: '空白', wrapping: '换行', 'punctuation-width': '标点全半角', quotes: '引号样式', case: '大小写' },
  departures: { title: '改动统计', language: '语言', change: '改动', inserted: '新增', deleted: '删除', moved: '移动', restyled: '排版', kinds: '类别' },
  textCount: (count) => `${count.characters} 字符，${count.words} 词`,
  ignoring: (kinds) => `以下类别的排版改动未标示：${kinds.map((kind) => ZH.kind[kind]).join('、')}。`,
  changeCounts: (counts) => `实质改动：${counts.substantive} 条；仅排版改动：${counts.typographic} 条。`,
  movedFrom: (move) => `${move}→`,
  movedTo: (move) => `→${move}`,
  colon: '：',
  stop: '。',
  aside: (text, note) => `${text}（${note}）`,
  list: (items) => items.join('、'),
  moved: (fromSection, fromPosition, toSection, toPosition) =>
    `移动：${fromSection} 第 ${fromPosition + 1} 条 → ${toSection} 第 ${toPosition + 1} 条`,
  driftNote: (drift, governing) => {
    const name = (language: Language) => (language === governing ? `${language}（管辖语言）` : language);
    return drift.kind === 'governing-changed'
      ? `${drift.changed.map(name).join('、')} 已修改，${drift.unchanged.join('、')} 未修改：请核对译文是否仍然一致。`
      : `${drift.changed.join('、')} 已修改，${drift.unchanged.map(name).join('、')} 未修改：请核对译文是否仍与管辖文本一致。`;
  },
  counts: (counts) =>
    ITEM_ORDER.filter((status) => counts[status] > 0)
      .map((status) => `${ZH.item[status]} ${counts[status]}`)
      .join('，') || '无',
  overview: (clauses, sections, drift) =>
    `条款：${clauses}。章节：${sections}。译文未同步：${drift === 0 ? '无' : `${drift} 条`}。`,
};

/** Labels per interface language. */
const LABELS: Readonly<Record<UiLanguage, Labels>> = { en: EN, zh: ZH };

/**
 * The labels of the review formats in one interface language.
 *
 * @param language - `'en'` or `'zh'`.
 * @returns The labels.
 * @example
 * labelsFor('zh').text['newly-translated'];
 * //=> '新增译文'
 */
export function labelsFor(language: UiLanguage): Labels {
  return LABELS[language];
}

/**
 * The header line naming the two releases (or corpus files) compared, such as
 * `Compared: legal-clauses@1.0.0 → legal-clauses@1.1.0`; undefined when the report compares
 * two editions of one corpus. Formatters escape it for their format.
 *
 * @param report - The report.
 * @param labels - The labels of the reviewer's language.
 * @returns The line, unescaped, or undefined.
 * @example
 * comparedLine(releaseReport, labelsFor('en'));
 * //=> 'Compared: legal-clauses@1.0.0 → legal-clauses@1.1.0'
 */
export function comparedLine(report: EditionDiff, labels: Labels): string | undefined {
  if (report.sources === undefined) return undefined;
  return `${labels.compared}${labels.colon}${report.sources.from.label} → ${report.sources.to.label}`;
}

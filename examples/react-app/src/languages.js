import { LANGUAGE_TAGS, negotiateLanguage } from 'legal-clauses';

/** The views a reader can switch between: the app's own labels, each in its own language. */
export const VIEWS = [
  { id: 'zh', lang: ['zh'], label: '中文', labelLang: 'zh-Hans' },
  { id: 'en', lang: ['en'], label: 'English', labelLang: 'en' },
  { id: 'zh,en', lang: ['zh', 'en'], label: '中文 + English', labelLang: 'zh-Hans' },
];

/**
 * The view for the browser's languages, in order of preference. `zh-CN` and `zh-SG` get the
 * Chinese text; `zh-TW` and `zh-HK` do not silently get it, because it is Simplified Chinese:
 * they get English (the fallback), with a note that says why and that Simplified Chinese is
 * one click away.
 */
export function initialView(browserLanguages) {
  const match = negotiateLanguage(browserLanguages, { fallback: 'en' });
  const asksChinese = browserLanguages.some((tag) => /^zh\b/i.test(tag));
  return { view: match.lang === 'zh' ? 'zh' : 'en', traditional: match.matched === undefined && asksChinese };
}

/** The `lang` of a view's page: its first language. */
export function pageLanguage(view) {
  return LANGUAGE_TAGS[VIEWS.find((candidate) => candidate.id === view).lang[0]];
}

import { useEffect, useMemo, useState } from 'react';
import { buildTree, HTML_CSS } from 'legal-clauses';
import { LegalDocument } from './LegalDocument.jsx';
import { initialView, pageLanguage, VIEWS } from './languages.js';

/** The edition this app shows, whatever newer ones the package brings: what users accepted. */
const EDITION = '2003-04-15';

const APP_CSS = `body { margin: 0; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #fff; }
.app-bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.75rem 1.25rem; border-bottom: 1px solid #d1d9e0; }
.app-bar nav { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.app-bar button { font: inherit; padding: 0.25rem 0.75rem; border: 1px solid #59636e; border-radius: 0.4rem; background: #fff; color: #1f2328; cursor: pointer; }
.app-bar button[aria-pressed="true"] { background: #1f2328; color: #fff; }
.app-note { margin: 1rem 1.25rem 0; padding: 0.5rem 0.75rem; border-inline-start: 4px solid #9a6700; background: #fff8c5; }
.app-note p { margin: 0; }
main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 1.25rem; }`;

export function App({ languages }) {
  const initial = useMemo(() => initialView(languages), [languages]);
  const [view, setView] = useState(initial.view);
  const chosen = VIEWS.find((candidate) => candidate.id === view);
  // One language: that language's document, with the clauses it did not publish shown in the
  // other language and marked as such. Both: aligned clause by clause.
  const tree = useMemo(() => buildTree({ edition: EDITION, lang: chosen.lang, fallback: chosen.lang.length === 1 ? ['en', 'zh'] : undefined }), [chosen]);

  useEffect(() => {
    document.documentElement.lang = pageLanguage(view);
  }, [view]);

  return (
    <>
      <style>{APP_CSS + HTML_CSS}</style>
      <header className="app-bar">
        <nav aria-label="Language / 语言">
          {VIEWS.map((candidate) => (
            <button key={candidate.id} type="button" lang={candidate.labelLang} aria-pressed={candidate.id === view} onClick={() => setView(candidate.id)}>
              {candidate.label}
            </button>
          ))}
        </nav>
      </header>
      {initial.traditional && view === initial.view ? (
        <aside className="app-note" aria-label="Language / 語言">
          <p lang="zh-Hant">本文件沒有繁體中文版本。中文文本為簡體中文，需要時請選擇「中文」；以下顯示英文文本。</p>
          <p lang="en">This document has no Traditional Chinese text. Its Chinese text is Simplified Chinese: choose 中文 to read it. The English text is shown below.</p>
        </aside>
      ) : null}
      <main>
        <LegalDocument tree={tree} />
      </main>
    </>
  );
}

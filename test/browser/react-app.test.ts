/**
 * The app journey end to end: examples/react-app, with this package installed from its packed
 * tarball (packed once for this file), built by Vite, loaded in Chromium (one launch) with the
 * browser's locale set to zh-CN, en-US and zh-TW. The disclaimer is rendered by React through
 * toHast and hast-util-to-jsx-runtime; it must hold the text toHtml writes for the same tree,
 * in the reader's language — and not in Simplified Chinese for a Traditional Chinese reader,
 * who gets English and a note until they choose Chinese. Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTree, toHtml, type Language } from '../../src/index.js';
import { packPackage } from '../helpers/packed.js';
import { buildReactApp, installReactApp } from '../helpers/react-app.js';
import { parseHtmlFragment, shape, shapeText } from '../render/helpers/dom.js';
import { audit, HAS_CHROMIUM, launchChromium, screenshotPath } from './chromium.js';

/** The edition the app pins. */
const EDITION = '2003-04-15';
const ORIGIN = 'http://react-app.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let browser: Browser;
let dist: string;

/** The text toHtml writes for the tree the app builds for these languages (its fallback included). */
function expectedText(lang: Language[]): string {
  const tree = buildTree({ edition: EDITION, lang, fallback: lang.length === 1 ? ['en', 'zh'] : undefined });
  return shapeText(shape(parseHtmlFragment(toHtml(tree)).root));
}

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  const project = await installReactApp(packPackage().tarball);
  ({ dist } = await buildReactApp(project));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** The built app in a fresh browser context with this locale, served from dist/ without a server. */
async function openApp(locale: string): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = normalize(new URL(route.request().url()).pathname).replace(/^\/+/, '') || 'index.html';
    try {
      return route.fulfill({ body: readFileSync(join(dist, path)), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.locator('article.legal-document').waitFor();
  return { context, page, errors };
}

/** What the reader sees of the app: the page's language, the view chosen, the note, the languages of the document's text. */
async function state(page: Page) {
  return page.evaluate(() => ({
    browser: navigator.languages,
    page: document.documentElement.lang,
    pressed: Array.from(document.querySelectorAll('button[aria-pressed="true"]')).map((button) => button.textContent),
    note: Array.from(document.querySelectorAll('.app-note p')).map((note) => note.getAttribute('lang')),
    edition: document.querySelector('article')?.getAttribute('data-edition'),
    textLanguages: [...new Set(Array.from(document.querySelectorAll('main [lang]')).map((element) => element.getAttribute('lang')))].sort(),
    text: document.querySelector('main')?.textContent,
  }));
}

describe.skipIf(!HAS_CHROMIUM)('examples/react-app, installed from the packed tarball and built by Vite', () => {
  it('shows a Chinese reader (zh-CN) the Chinese disclaimer, the clauses Chinese lacks in English and marked, as toHtml writes it', async () => {
    const { context, page, errors } = await openApp('zh-CN');
    const seen = await state(page);
    expect(seen).toMatchObject({ browser: ['zh-CN'], page: 'zh-Hans', pressed: ['中文'], note: [], edition: EDITION });
    expect(seen.text).toBe(expectedText(['zh']));
    expect(await page.locator('main .legal-fallback').count()).toBe(5);
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('react-app-zh-CN.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an English reader (en-US) the English disclaimer, and nothing in Chinese', async () => {
    const { context, page, errors } = await openApp('en-US');
    const seen = await state(page);
    expect(seen).toMatchObject({ browser: ['en-US'], page: 'en', pressed: ['English'], note: [], edition: EDITION, textLanguages: ['en'] });
    expect(seen.text).toBe(expectedText(['en']));
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('react-app-en-US.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not give a Traditional Chinese reader (zh-TW) Simplified text silently: English, a note, and Chinese on request; both side by side too', async () => {
    const { context, page, errors } = await openApp('zh-TW');
    const first = await state(page);
    expect(first).toMatchObject({ browser: ['zh-TW'], page: 'en', pressed: ['English'], note: ['zh-Hant', 'en'], textLanguages: ['en'] });
    expect(first.text).toBe(expectedText(['en']));
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('react-app-zh-TW.png'), fullPage: true });

    await page.getByRole('button', { name: '中文', exact: true }).click();
    const chosen = await state(page);
    expect(chosen).toMatchObject({ page: 'zh-Hans', pressed: ['中文'], note: [] });
    expect(chosen.text).toBe(expectedText(['zh']));

    await page.getByRole('button', { name: '中文 + English' }).click();
    const both = await state(page);
    expect(both).toMatchObject({ page: 'zh-Hans', pressed: ['中文 + English'], textLanguages: ['en', 'zh-Hans'] });
    expect(both.text).toBe(expectedText(['zh', 'en']));
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('react-app-zh-TW-both.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

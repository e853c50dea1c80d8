/**
 * Every page the library writes, in a real browser (Debian's Chromium through playwright-core,
 * one launch for the file): the standalone page in Chinese, English, both, and Chinese with an
 * English fallback; the diff review page in both interface languages. Each is audited with
 * axe-core at 1280 px and 390 px, measured for overflow on a phone, and checked for the layout,
 * fonts and screen-reader labels a reader depends on. Screenshots go to test-results/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffHtml, type EditionDiff } from '../../src/diff.js';
import { buildTree, toHtmlPage } from '../../src/index.js';
import { readTwoEditions } from '../diff/helpers/fixtures.js';
import { audit, HAS_CHROMIUM, launchChromium, screenshotPath } from './chromium.js';

const EDITION = '2003-04-15';
const WIDTHS = [1280, 390] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let browser: Browser;
let context: BrowserContext;
let report: EditionDiff;
const pages: Record<string, string> = {};
/** Each page, loaded once at 1280 px. */
const loaded = new Map<string, Page>();

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  report = diffEditions(await readTwoEditions());
  Object.assign(pages, {
    'standalone page, zh': toHtmlPage(buildTree({ edition: EDITION, lang: 'zh' })),
    'standalone page, en': toHtmlPage(buildTree({ edition: EDITION, lang: 'en' })),
    'standalone page, zh,en': toHtmlPage(buildTree({ edition: EDITION, lang: ['zh', 'en'] })),
    'standalone page, zh with fallback en': toHtmlPage(buildTree({ edition: EDITION, lang: 'zh', fallback: 'en' })),
    'review page, en': formatDiffHtml(report),
    'review page, zh': formatDiffHtml(report, { uiLang: 'zh' }),
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const name of Object.keys(pages)) loaded.set(name, await open(name));
});

afterAll(async () => {
  await browser?.close();
});

async function open(name: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(pages[name]!);
  return page;
}

describe.skipIf(!HAS_CHROMIUM)('every page', () => {
  const names = [
    'standalone page, zh',
    'standalone page, en',
    'standalone page, zh,en',
    'standalone page, zh with fallback en',
    'review page, en',
    'review page, zh',
  ];

  it.each(names)('passes axe-core at 1280 px and 390 px, and is no wider than a 390 px phone (%s)', async (name) => {
    const page = loaded.get(name)!;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // Every rule axe runs (WCAG 2 A/AA, best practices: landmarks, heading order, one h1, contrast), not only serious ones.
      expect(await audit(page), `${name} at ${width} px`).toEqual([]);
      const widest = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      expect(widest, `${name} at ${width} px`).toBeLessThanOrEqual(width);
      // What a phone shows first: the evidence that nothing is cut off, kept as an artifact.
      if (width === 390) await page.screenshot({ path: screenshotPath(`${name.replace(/[^a-z]+/gi, '-')}-390.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has an audit that finds violations (a page built to fail it)', async () => {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><title>bad</title></head><body><main><h1>Bad</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">faint text</p></main></body></html>');
    expect((await audit(page)).map((finding) => finding.rule)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    await page.close();
  });

  it.each(names)('gives every text its language: Chinese characters in zh elements, English words in en ones (%s)', async (name) => {
    const page = loaded.get(name)!;
    const wrong = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        const han = /\p{Script=Han}/u.test(text);
        // A run of English words and nothing Chinese: a label, an id, an English clause.
        const english = !han && /\b[A-Za-z]{4,}\b/.test(text) && !/^[a-z]{2}(-[A-Za-z]+)?$/.test(text.trim());
        if ((han && !lang.startsWith('zh')) || (english && lang !== 'en' && !/^\d/.test(text.trim()))) found.push(`${lang}: ${text.slice(0, 40)}`);
      }
      return found;
    });
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('the bilingual standalone page', () => {
  let page: Page;

  beforeAll(async () => {
    page = loaded.get('standalone page, zh,en')!;
  });

  /** The boxes of the two columns of a clause, Chinese then English. */
  async function columns(clauseId: string): Promise<[Box, Box]> {
    const boxes = await page.locator(`[id="${clauseId}"] > div`).evaluateAll((nodes) =>
      nodes.map((node) => {
        const rect = node.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }),
    );
    expect(boxes).toHaveLength(2);
    return boxes as [Box, Box];
  }

  it('sets the two languages side by side on a wide screen, aligned clause by clause', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const id of ['acceptance', 'image-use', 'disclaimers']) {
      const [zh, en] = await columns(id);
      expect(Math.abs(zh.y - en.y)).toBeLessThan(1);
      expect(en.x).toBeGreaterThanOrEqual(zh.x + zh.width);
      expect(Math.abs(zh.width - en.width)).toBeLessThan(2);
    }
    // A section heading only English has sits in the English column.
    const heading = await page.locator('h2').first().boundingBox();
    const [, en] = await columns('information-liability');
    expect(Math.abs(heading!.x - en.x)).toBeLessThan(1);
  });

  it('stacks them on a narrow screen, Chinese first, full width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const [zh, en] = await columns('acceptance');
    expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height);
    expect(Math.abs(zh.x - en.x)).toBeLessThan(1);
    expect(zh.width).toBeGreaterThan(300);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps two columns in print', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const [zh, en] = await columns('trademarks');
    expect(Math.abs(zh.y - en.y)).toBeLessThan(1);
    expect(en.x).toBeGreaterThanOrEqual(zh.x + zh.width);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('runs nothing and loads nothing', async () => {
    const counts = await page.evaluate(() => ({
      scripts: document.scripts.length,
      resources: performance.getEntriesByType('resource').length,
    }));
    expect(counts).toEqual({ scripts: 0, resources: 0 });
  });

  it('keeps the published spacing of the text visible instead of collapsing it', async () => {
    const style = await page.locator('[id="information-liability"] p[lang="en"]').evaluate((node) => getComputedStyle(node).whiteSpace);
    expect(style).toBe('pre-wrap');
  });

  it('draws English in the page font and Chinese in the Chinese font list, English headings bold, on a page whose language is Chinese', async () => {
    const style = (selector: string) =>
      page.locator(selector).first().evaluate((node) => ({ font: getComputedStyle(node).fontFamily, weight: getComputedStyle(node).fontWeight }));
    const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const english = await style('[id="image-use"] p[lang="en"]');
    const chinese = await style('[id="acceptance"] p[lang="zh-Hans"]');
    const heading = await style('h2[lang="en"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(english.font).toBe(body);
    expect(heading.font).toBe(body);
    expect(chinese.font).toMatch(/^"PingFang SC"/);
    expect(Number(heading.weight)).toBeGreaterThanOrEqual(700);
  });

  it('saves a screenshot as a test artifact', async () => {
    const image = await page.screenshot({ path: screenshotPath('standalone-page-zh-en-1280.png'), fullPage: true });
    expect(image.length).toBeGreaterThan(10_000);
  });
});

describe.skipIf(!HAS_CHROMIUM)('the diff review page', () => {
  let page: Page;

  beforeAll(async () => {
    // No JavaScript: the page must read (and navigate) without it.
    const scriptless = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    page = await scriptless.newPage();
    await page.setContent(pages['review page, en']!);
  });

  it('shows the redlines, struck through and underlined, so that they read without colour', async () => {
    const removed = page.locator('#clause-downloads del').first();
    const added = page.locator('#clause-downloads ins').first();
    expect(await removed.textContent()).toBe('得');
    expect(await added.textContent()).toBe('应');
    for (const mark of [removed, added]) {
      const box = await mark.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeGreaterThan(0);
      expect(box!.height).toBeGreaterThan(0);
    }
    expect(await removed.evaluate((node) => getComputedStyle(node).textDecorationLine)).toContain('line-through');
    expect(await added.evaluate((node) => getComputedStyle(node).textDecorationLine)).toContain('underline');
    // A removed stray space is a visible mark, not an empty box.
    const space = await page.locator('#clause-acceptance del').first().boundingBox();
    expect(space!.width).toBeGreaterThan(2);
  });

  it('reads each change out with its label, in the accessibility tree Chromium gives screen readers, and the label takes no room', async () => {
    interface AxNode {
      nodeId: string;
      role?: { value?: string };
      name?: { value?: string };
      childIds?: string[];
    }
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const texts = (node: AxNode | undefined): string[] =>
      node === undefined ? [] : node.role?.value === 'StaticText' ? [node.name?.value ?? ''] : (node.childIds ?? []).flatMap((id) => texts(byId.get(id)));
    const marks = nodes.filter((node) => node.role?.value === 'deletion' || node.role?.value === 'insertion').map((node) => [node.role!.value, texts(node)]);
    expect(marks).toContainEqual(['deletion', ['[removed:', '得', ']']]);
    expect(marks).toContainEqual(['insertion', ['[added:', '应', ']']]);
    const label = await page.locator('#clause-downloads del').first().evaluate((node) => {
      const style = getComputedStyle(node, '::before');
      return { width: style.width, height: style.height, content: style.content };
    });
    expect(label).toEqual({ width: '1px', height: '1px', content: '"[removed: "' });
  });

  it('keeps the summary table whole on a phone, scrolling in its own region that a keyboard can reach', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const region = page.locator('#summary .table-scroll');
    const sizes = await region.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth, tabIndex: (node as HTMLElement).tabIndex }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.tabIndex).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('sets Chinese and English side by side', async () => {
    const [zh, en] = await page.locator('#clause-downloads .redline').all();
    const left = await zh!.boundingBox();
    const right = await en!.boundingBox();
    expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width);
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
  });

  it('navigates by anchors from the contents and the summary', async () => {
    const link = page.locator('nav a[href="#clause-disclaimers"]');
    expect(await link.boundingBox()).not.toBeNull();
    await link.click();
    await page.waitForFunction(() => location.hash === '#clause-disclaimers').catch(() => undefined);
    const target = await page.locator('#clause-disclaimers').boundingBox();
    expect(target).not.toBeNull();
    // The anchor scrolled into view: the clause's top is within the viewport.
    expect(target!.y).toBeGreaterThanOrEqual(-1);
    expect(target!.y).toBeLessThan(900);
    const summaryLink = page.locator('#summary a[href="#clause-opinions"]');
    expect(await summaryLink.boundingBox()).not.toBeNull();
    await summaryLink.click();
    const opinions = await page.locator('#clause-opinions').boundingBox();
    expect(opinions!.y).toBeLessThan(900);
  });

  it('drops the navigation when printed', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').boundingBox()).toBeNull();
    expect(await page.locator('#clause-downloads del').first().boundingBox()).not.toBeNull();
    await page.emulateMedia({ media: 'screen' });
  });

  it('saves a screenshot as a test artifact', async () => {
    await page.locator('#clause-downloads').scrollIntoViewIfNeeded();
    const image = await page.screenshot({ path: screenshotPath('diff-review-page.png'), fullPage: true });
    expect(image.length).toBeGreaterThan(10_000);
  });
});

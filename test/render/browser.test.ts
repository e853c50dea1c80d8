/**
 * The standalone page in a real browser (Chromium through playwright-core): two columns on a
 * wide screen and on paper, one column on a phone, and nothing that runs.
 * Needs /usr/bin/chromium (.ci/run installs it; `npx playwright install` cannot download here).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTree, toHtmlPage } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(!existsSync(CHROMIUM))('the bilingual page in a browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    page = await browser.newPage({ javaScriptEnabled: true });
    await page.setContent(toHtmlPage(buildTree({ edition: '2003-04-15', lang: ['zh', 'en'] })));
  });

  afterAll(async () => {
    await browser?.close();
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
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    const [zh, en] = await columns('acceptance');
    expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height);
    expect(Math.abs(zh.x - en.x)).toBeLessThan(1);
    expect(zh.width).toBeGreaterThan(300);
  });

  it('keeps two columns in print', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const [zh, en] = await columns('trademarks');
    expect(Math.abs(zh.y - en.y)).toBeLessThan(1);
    expect(en.x).toBeGreaterThanOrEqual(zh.x + zh.width);
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
});

/**
 * The HTML review page in a real browser (Debian's Chromium through playwright-core): redlines
 * and anchors are visible, anchor navigation works without JavaScript, and a screenshot is kept
 * in test-results/ as an artifact. Needs /usr/bin/chromium (.ci/run installs it).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, formatDiffHtml } from '../../src/diff.js';
import { readTwoEditions } from './helpers/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RESULTS = new URL('../../test-results/', import.meta.url);

if (!existsSync(CHROMIUM)) {
  console.warn(`skipping the browser test of the diff review page: ${CHROMIUM} is missing (apt-get install chromium fonts-wqy-zenhei; .ci/run does it)`);
}

describe.skipIf(!existsSync(CHROMIUM))('the diff review page in a browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const html = formatDiffHtml(diffEditions(await readTwoEditions()));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    // No JavaScript: the page must read (and navigate) without it.
    page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await page.setContent(html);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the redlines, struck through and underlined', async () => {
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
    await mkdir(RESULTS, { recursive: true });
    await page.locator('#clause-downloads').scrollIntoViewIfNeeded();
    const path = new URL('diff-review-page.png', RESULTS).pathname;
    const image = await page.screenshot({ path, fullPage: true });
    expect(image.length).toBeGreaterThan(10_000);
  });
});

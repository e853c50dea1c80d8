/**
 * Debian's Chromium through playwright-core (`npx playwright install` cannot download here),
 * launched once per test file, and an axe-core audit of a page.
 * .ci/run installs chromium and fonts-wqy-zenhei when they are missing.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where screenshots go: test-results/ at the repository's root, kept by CI as artifacts. */
export const RESULTS = new URL('../../test-results/', import.meta.url);

if (!HAS_CHROMIUM) console.warn(`skipping browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-wqy-zenhei; .ci/run does it)`);

/** Launches the browser, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** The path of a screenshot in test-results/. */
export function screenshotPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return new URL(name, RESULTS).pathname;
}

/** axe-core's browser build, evaluated in a page before its first audit. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation axe found: its rule, impact, and where. */
export interface Finding {
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

/**
 * The violations axe-core finds on a page, every rule it runs (WCAG 2.x A and AA, best practices).
 *
 * @param page - A loaded page.
 * @returns The findings, one per rule.
 */
export async function audit(page: Page): Promise<Finding[]> {
  // axe-core's own API (its README: load axe.min.js into the page, call `axe.run`), the source
  // evaluated once per loaded page, as CDP evaluates it whatever the page's CSP. @axe-core/playwright,
  // used before, evaluates the 550 KB source again at every audit: about 0.6 s of Chromium's CPU
  // of 1.1 s an audit of the review page took, for the same rules (our pages have no frames).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Only violations are read: axe then keeps one node of each passing or inapplicable rule instead
  // of every node it checked (its documented `resultTypes` option), which halves an audit here.
  const options: RunOptions = { resultTypes: ['violations'] };
  const results = await page.evaluate((options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options), options);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help,
  }));
}

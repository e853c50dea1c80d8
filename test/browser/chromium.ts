/**
 * Debian's Chromium through playwright-core (`npx playwright install` cannot download here),
 * launched once per test file, and an axe-core audit (through @axe-core/playwright) of a page.
 * .ci/run installs chromium and fonts-wqy-zenhei when they are missing.
 */
import { existsSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
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
  // Legacy mode runs axe in the page itself; the default opens another page per audit to merge
  // frames' results, which takes twice as long, and our pages have no frames.
  // Only violations are read: axe then keeps one node of each passing or inapplicable rule instead
  // of every node it checked (its documented `resultTypes` option), which halves an audit here.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help,
  }));
}

/**
 * The published source text (a verbatim copy in test/fixtures/) split the way the design notes
 * describe it: paragraphs separated by blank lines, Chinese first, then English from the
 * "Released on" line.
 */
import { readFileSync } from 'node:fs';

export const SOURCE_FILE = new URL('../fixtures/disclaimer-2003-04-15.txt', import.meta.url);

export function sourceParagraphs(): { zh: string[]; en: string[] } {
  const text = readFileSync(SOURCE_FILE, 'utf8');
  const paragraphs = text.split(/\n(?:[ \t]*\n)+/).filter((paragraph) => paragraph.trim() !== '').map((p) => p.replace(/^\n+|\n+$/g, ''));
  const englishStart = paragraphs.findIndex((paragraph) => paragraph.includes('Released on:'));
  return { zh: paragraphs.slice(0, englishStart), en: paragraphs.slice(englishStart) };
}

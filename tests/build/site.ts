/**
 * Helpers for build-level tests: read pages of the default site, which tests/global-setup.ts is
 * building. Importing this file waits for it (test files read pages while collecting tests).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { defaultSite } from '../e2e/site.ts';

const site = await defaultSite();

/** The default site's folder. */
export function siteDir(): string {
  return site.dir;
}

/** The HTML of a route such as "so-lieu/" or "" (home). */
export function page(route: string): string {
  const file = path.join(siteDir(), route, route.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${route} (${file})`);
  return readFileSync(file, 'utf8');
}

/** A CSV download's text as records by its header row, blank lines skipped: rows and errors. */
export function csvRecords(text: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

/** Visible text of the <main> element, tags stripped, whitespace collapsed. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

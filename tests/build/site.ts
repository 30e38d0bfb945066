/** Helpers for build-level tests: read pages of the default site tests/global-setup.ts built. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** The default site's folder (read while collecting tests, so it must be built already). */
export function siteDir(): string {
  const dir = inject('sites')?.default?.dir;
  if (!dir) throw new Error('no default site: run the build project through vitest.config.ts (its global setup builds it)');
  return dir;
}

/** The HTML of a route such as "so-lieu/" or "" (home). */
export function page(route: string): string {
  const file = path.join(siteDir(), route, route.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${route} (${file})`);
  return readFileSync(file, 'utf8');
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

/**
 * Build the Pagefind search index of a built site folder (through Pagefind's Node API).
 *
 * Each page is handed to Pagefind with its đ words added once more in d form
 * (src/lib/search/index-fold.ts), so a query typed without diacritics finds "định" from "dinh". The
 * HTML files on disk are not changed. The folders searchSkips() leaves out (src/lib/search/meta.ts:
 * the one-area pages, thousands nationally) are not even listed; of the pages read, those without
 * data-pagefind-body are not indexed (the layout sets it on <main> by the same rule, or when a page
 * opts out).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { withFoldedWords } from '../src/lib/search/index-fold.ts';
import { searchSkips } from '../src/lib/search/meta.ts';
import type { Level } from '../src/lib/data/schema.ts';

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const CONCURRENCY = 32;

/** The HTML files of a site folder, in a fixed order, without entering the folders search skips. */
async function htmlFiles(root: string, levelOf: (slug: string) => Level | undefined): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!searchSkips(`${path.relative(root, p).split(path.sep).join('/')}/`, levelOf)) await walk(p);
      } else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  await walk(root);
  return out;
}

/** The URL Pagefind would give a file: "huong-dan/x/index.html" → "/huong-dan/x/". */
export function pageUrl(relativePath: string): string {
  const p = relativePath.split(path.sep).join('/');
  return `/${p.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Index a built site. `levelOf` tells an area's level from its slug (the build passes the dataset's);
 * without it no figures page is skipped by level.
 */
export async function indexSite(siteDir: string, levelOf: (slug: string) => Level | undefined = () => undefined): Promise<{ pages: number; read: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const files = await htmlFiles(siteDir, levelOf);
  let pages = 0;
  const problems: string[] = [];
  for (let i = 0; i < files.length; i += CONCURRENCY) {
    const batch = files.slice(i, i + CONCURRENCY);
    const htmls = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
    // Added one at a time, in path order: the same site gives the same index, byte for byte.
    for (const [j, html] of htmls.entries()) {
      if (!html.includes('data-pagefind-body')) continue;
      const file = batch[j]!;
      const added = await index.addHTMLFile({ url: pageUrl(path.relative(siteDir, file)), content: withFoldedWords(html) });
      if (added.errors.length) problems.push(`${file}: ${added.errors.join('; ')}`);
      else pages++;
    }
  }
  if (problems.length) throw new Error(`Pagefind: ${problems.join('\n')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages, read: files.length };
}

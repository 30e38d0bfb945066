/**
 * Build the Pagefind search index of a built site folder (through Pagefind's Node API).
 *
 * Each page is handed to Pagefind with its đ words added once more in d form
 * (src/lib/search-fold.ts), so a query typed without diacritics finds "định" from "dinh". The HTML
 * files on disk are not changed. Pages without data-pagefind-body are not indexed (the layout sets
 * it on <main> unless a page opts out).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { withFoldedWords } from '../src/lib/search/index-fold.ts';

/** Files sent to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const CONCURRENCY = 32;

async function htmlFiles(dir: string, root = dir, out: string[] = []): Promise<string[]> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== path.join(root, 'pagefind')) await htmlFiles(p, root, out);
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The URL Pagefind would give a file: "huong-dan/x/index.html" → "/huong-dan/x/". */
export function pageUrl(relativePath: string): string {
  const p = relativePath.split(path.sep).join('/');
  return `/${p.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const files = await htmlFiles(siteDir);
  let pages = 0;
  const problems: string[] = [];
  for (let i = 0; i < files.length; i += CONCURRENCY) {
    await Promise.all(
      files.slice(i, i + CONCURRENCY).map(async (file) => {
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) return;
        const added = await index.addHTMLFile({ url: pageUrl(path.relative(siteDir, file)), content: withFoldedWords(html) });
        if (added.errors.length) problems.push(`${file}: ${added.errors.join('; ')}`);
        else pages++;
      }),
    );
  }
  if (problems.length) throw new Error(`Pagefind: ${problems.join('\n')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages };
}

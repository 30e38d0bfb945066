/**
 * The broadcasts' MDX files read outside Astro, for the build step that writes their .txt and .docx
 * (scripts/write-files.ts): the id, frontmatter and body Astro's `broadcasts` collection gives the
 * pages, read the way Astro reads them (its frontmatter pattern, js-yaml, the body trimmed). Astro
 * validates the same files in the same build with the collection's schema: a file it refuses fails
 * the build, so this reader checks only what the writer itself relies on.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { BROADCAST_PURPOSES, type BroadcastEntry } from './pages.ts';

/** @astrojs/markdown-remark's pattern: `---` at the very top, the YAML, then `---`. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** One MDX file's entry, as the collection has it; `file` names it in errors. */
export function broadcastEntry(file: string, text: string): BroadcastEntry {
  const m = FRONTMATTER.exec(text);
  const data = (m ? yaml.load(m[1]!) : {}) as Record<string, unknown> | null;
  const fail = (what: string) => new Error(`${file}: ${what}`);
  if (!data || typeof data !== 'object') throw fail('frontmatter');
  const { title, purpose, minutes, audience } = data;
  if (typeof title !== 'string') throw fail('title');
  if (!BROADCAST_PURPOSES.includes(purpose as never)) throw fail('purpose');
  if (typeof minutes !== 'number') throw fail('minutes');
  if (typeof audience !== 'string') throw fail('audience');
  // Astro's glob loader: the id is the file name without its extension (these names are slugs).
  const id = path.basename(file).replace(/\.mdx$/, '').toLowerCase();
  const body = (m ? text.replace(`---${m[1]}---`, '') : text).trim();
  return { id, body, data: { title, purpose: purpose as BroadcastEntry['data']['purpose'], minutes, audience } };
}

/** Every broadcast of a content folder (`content/broadcasts/*.mdx`), in file-name order. */
export async function readBroadcastEntries(dir = path.resolve(process.env.CONTENT_DIR || 'content', 'broadcasts')): Promise<BroadcastEntry[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(names.map(async (n) => broadcastEntry(path.join(dir, n), await readFile(path.join(dir, n), 'utf8'))));
}

/**
 * Content read outside Astro, for the build step that writes the plain files (scripts/write-files.ts):
 * the broadcasts' MDX and the help facts' YAML, as Astro's `broadcasts` and `help` collections give
 * them to the pages, read the way Astro reads them (its frontmatter pattern, js-yaml, the body
 * trimmed, the id from the file name). Astro validates the same files in the same build with the
 * collections' schemas and a file it refuses fails the build, so this reader checks only what the
 * writer itself relies on.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { BROADCAST_PURPOSES, type BroadcastEntry } from '../broadcast/pages.ts';
import type { HelpFact } from '../help/general.ts';

/** @astrojs/markdown-remark's pattern: `---` at the very top, the YAML, then `---`. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** The content folder: env CONTENT_DIR (tests) or `content/` in the project. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}

/** Astro's glob loader: the id is the file name without its extension (these names are slugs). */
const idOf = (file: string) => path.basename(file).replace(/\.[a-z]+$/, '').toLowerCase();

function record(file: string, value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file}: cần các trường dạng "tên: giá trị"`);
  return value as Record<string, unknown>;
}

function field<T>(file: string, data: Record<string, unknown>, name: string, ok: (v: unknown) => v is T): T {
  const v = data[name];
  if (!ok(v)) throw new Error(`${file}: trường "${name}" không hợp lệ`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

/** One broadcast MDX file's entry, as the collection has it; `file` names it in errors. */
export function broadcastEntry(file: string, text: string): BroadcastEntry {
  const m = FRONTMATTER.exec(text);
  const data = record(file, m ? yaml.load(m[1]!) : {});
  const purpose = field(file, data, 'purpose', (v): v is BroadcastEntry['data']['purpose'] => BROADCAST_PURPOSES.includes(v as never));
  const body = (m ? text.replace(`---${m[1]}---`, '') : text).trim();
  return {
    id: idOf(file),
    body,
    data: {
      title: field(file, data, 'title', isString),
      purpose,
      minutes: field(file, data, 'minutes', isNumber),
      audience: field(file, data, 'audience', isString),
    },
  };
}

/** One help YAML file's fact, as the collection has it. */
export function helpFact(file: string, text: string): HelpFact {
  const data = record(file, yaml.load(text));
  return {
    area: field(file, data, 'area', isString),
    area_name: field(file, data, 'area_name', isString),
    text: field(file, data, 'text', isString),
    sources: field(file, data, 'sources', Array.isArray) as HelpFact['sources'],
  };
}

async function readEach<T>(dir: string, ext: string, read: (file: string, text: string) => T): Promise<T[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(ext)).sort();
  return Promise.all(names.map(async (n) => read(path.join(dir, n), await readFile(path.join(dir, n), 'utf8'))));
}

/** Every broadcast of the content folder (`broadcasts/*.mdx`), in file-name order. */
export function readBroadcastEntries(dir = path.join(contentDir(), 'broadcasts')): Promise<BroadcastEntry[]> {
  return readEach(dir, '.mdx', broadcastEntry);
}

/** Every help fact of the content folder (`help/*.yaml`), in file-name order. */
export function readHelpFacts(dir = path.join(contentDir(), 'help')): Promise<HelpFact[]> {
  return readEach(dir, '.yaml', helpFact);
}

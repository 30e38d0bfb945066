/**
 * `npm run check:typography [-- DIR]`: reads every page and download of a built site (default
 * dist/) the way a reader gets it and lists each typography fault (src/lib/text/typography.ts):
 * file, where in the file, the rule and the text around it. Exits 1 when there is any.
 *
 * Skipped: the search index (pagefind/) and the browser code and styles (_astro/): no prose.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NEUTRAL_TYPOGRAPHY, typographyProblems, type TypographyOptions, type TypographyProblem } from '../src/lib/text/typography.ts';
import { PROSE_EXTENSIONS, proseOf } from '../src/lib/site/prose.ts';
import { formatWords } from '../src/i18n/vi/format.ts';

const SKIP_DIRS = new Set(['pagefind', '_astro']);

/**
 * Each language's typography, by the BCP 47 language of a page (<html lang>) or of a folder
 * (downloads under en/). A language with no words here gets the rules every language shares.
 */
export const TYPOGRAPHY: Record<string, TypographyOptions> = { vi: formatWords };

/** The language of a built file: an HTML page's <html lang>, else its first folder if that is a language (en/…), else Vietnamese. */
export function languageOf(rel: string, bytes: Uint8Array): string {
  if (rel.endsWith('.html')) {
    const lang = /<html[^>]*\slang="([^"]+)"/i.exec(new TextDecoder().decode(bytes.subarray(0, 2048)))?.[1];
    if (lang) return lang.toLowerCase().split('-')[0]!;
  }
  const first = rel.split('/')[0]!;
  return rel.includes('/') && /^[a-z]{2}$/.test(first) ? first : 'vi';
}

export interface FileProblem extends TypographyProblem {
  /** Path relative to the site folder. */
  file: string;
  where: string;
}

async function* files(dir: string, root = dir): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!(dir === root && SKIP_DIRS.has(e.name))) yield* files(p, root);
    } else if ((PROSE_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase())) yield p;
  }
}

/** Every typography fault in the built site at `dir`, and how many files were read. */
export async function checkTypography(dir: string): Promise<{ problems: FileProblem[]; files: number }> {
  const problems: FileProblem[] = [];
  let count = 0;
  for await (const file of files(dir)) {
    count++;
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const bytes = await readFile(file);
    let prose;
    try {
      prose = proseOf(file, bytes);
    } catch (e) {
      throw new Error(`${rel}: could not be read as ${path.extname(file)}: ${(e as Error).message}`);
    }
    const options = TYPOGRAPHY[languageOf(rel, bytes)] ?? NEUTRAL_TYPOGRAPHY;
    for (const { where, text } of prose) {
      for (const p of typographyProblems(text, options)) problems.push({ file: rel, where, ...p });
    }
  }
  return { problems, files: count };
}

/** One line per fault: "kich-ban/x/index.html (text) glued-digit: …(248tiếng)…". */
export function formatProblems(problems: FileProblem[]): string {
  return problems.map((p) => `${p.file} (${p.where}) ${p.rule}: ${JSON.stringify(p.excerpt)}`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const { problems, files: n } = await checkTypography(dir);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    console.error(`\n${problems.length} typography fault(s) in ${new Set(problems.map((p) => p.file)).size} of ${n} files.`);
    process.exit(1);
  }
  console.log(`typography: ${n} files, no faults.`);
}

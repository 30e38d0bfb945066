/** What `npm run bench` reads from a built site and the build's log. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteFile {
  size: number;
  hash: string;
}

/** Every file of a site folder: path relative to it → size and SHA-1 of the bytes. */
export function siteFiles(dir: string): Map<string, SiteFile> {
  const out = new Map<string, SiteFile>();
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else {
        const bytes = readFileSync(p);
        out.set(r, { size: statSync(p).size, hash: createHash('sha1').update(bytes).digest('hex') });
      }
    }
  };
  walk(dir, '');
  return out;
}

/** The group a file is counted in: its first folder and its extension ("so-lieu/ .csv"). */
function group(path: string): string {
  const parts = path.split('/');
  const ext = /\.[a-z0-9]+$/i.exec(parts[parts.length - 1]!)?.[0] ?? '';
  return parts.length === 1 ? parts[0]! : `${parts[0]}/ ${ext}`;
}

export function compareSites(a: Map<string, SiteFile>, b: Map<string, SiteFile>) {
  const changed = [...a].filter(([p, f]) => b.has(p) && b.get(p)!.hash !== f.hash).map(([p]) => p);
  const added = [...b.keys()].filter((p) => !a.has(p));
  const removed = [...a.keys()].filter((p) => !b.has(p));
  const byGroup = new Map<string, number>();
  for (const p of [...changed, ...added, ...removed]) byGroup.set(group(p), (byGroup.get(group(p)) ?? 0) + 1);
  return { changed, added, removed, byGroup: [...byGroup].sort((x, y) => y[1] - x[1]) };
}

/**
 * Astro's per-route log, summed by route: "▶ src/pages/x.astro" (or "λ" for an endpoint), then one
 * "└─ /path (+12ms)" or "(+1.52s)" line per file; with several Astro processes each line starts
 * with its process ("[astro 1/2] "), and each process has its current route. Every route, slowest
 * first.
 */
export function routeTimes(log: string): [string, { files: number; ms: number }][] {
  const byRoute = new Map<string, { files: number; ms: number }>();
  const current = new Map<string, string>();
  for (const line of log.split('\n')) {
    const proc = /^\[astro \d+\/\d+\] /.exec(line)?.[0] ?? '';
    const r = /[▶λ] (src\/pages\/\S+|\S+)$/.exec(line.trim());
    if (r) current.set(proc, r[1]!);
    const route = current.get(proc);
    const p = /[├└]─ \S+.*\(\+([\d.]+)(ms|s)\)/.exec(line);
    if (p && route) {
      const e = byRoute.get(route) ?? { files: 0, ms: 0 };
      e.files++;
      e.ms += Number(p[1]) * (p[2] === 's' ? 1000 : 1);
      byRoute.set(route, e);
    }
  }
  return [...byRoute].sort((a, b) => b[1].ms - a[1].ms);
}

/**
 * "Any page built from synthetic data says so on every figure": on every tenth HTML page, each
 * figure (block or inline) must come with an illustrative label.
 */
export function illustrativeCheck(dest: string, files: string[], dataDir: string) {
  const label = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')).label as string;
  const home = readFileSync(join(dest, 'index.html'), 'utf8');
  let pages = 0;
  const unlabelled: string[] = [];
  files
    .filter((f) => f.endsWith('.html'))
    .forEach((f, i) => {
      if (i % 10) return;
      const html = readFileSync(join(dest, f), 'utf8');
      const figures = (html.match(/class="figure(-inline)?"/g) ?? []).length;
      if (!figures) return;
      pages++;
      const labels = (html.match(/class="illustrative"/g) ?? []).length;
      if (labels < figures) unlabelled.push(`${f} (${figures} figures, ${labels} labels)`);
    });
  return { home: home.includes(label) || home.includes('minh hoạ'), pages, unlabelled };
}

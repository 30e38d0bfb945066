/**
 * `npm run bench`: builds the whole site from a synthetic national dataset (63 provinces, ~700
 * districts, ~10,000 communes, 30 days; scripts/gen-bench-data.ts) into a temp folder and prints
 * pages and files, the wall time of each step and the peak memory of the build's processes.
 * Target on the 2-core reference machine: whole build < 90 s, peak < 1.5 GB.
 *
 *   npm run bench                    # full national dataset
 *   npm run bench -- --communes=2000 # smaller, for a quick look
 *   npm run bench -- --keep          # keep .tmp/bench-site/ to inspect it
 *
 * The data never goes near data/, and every page built from it says the figures are illustrative.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateBenchData } from './gen-bench-data.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : undefined;
};
const keep = args.includes('--keep');
const dataDir = resolve('.tmp/bench-data');
// Inside the project: Astro's staged output resolves node_modules from its folder.
const dest = resolve('.tmp/bench-site/site');

const t0 = performance.now();
const summary = generateBenchData(dataDir, { communes: flag('communes'), districts: flag('districts'), days: flag('days') });
const genSeconds = (performance.now() - t0) / 1000;
console.log(
  `[bench] data: ${summary.areas} areas (${summary.provinces} provinces, ${summary.districts} districts, ` +
    `${summary.communes} communes), ${summary.participationRows} rows, ${genSeconds.toFixed(1)} s`,
);

/** Sum of the resident memory of every process in a process group, in KiB. */
function groupRssKiB(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) !== pgid) continue; // field 5: pgrp
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

rmSync(resolve('.tmp/bench-site'), { recursive: true, force: true });
mkdirSync(resolve('.tmp/bench-site'), { recursive: true });
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SITE_URL: 'https://gopy.example.vn', BASE_PATH: '/' };
const started = performance.now();
// /usr/bin/time -v adds the largest single process's peak; the sampler adds up the whole group.
const useTime = existsSync('/usr/bin/time');
const cmd = useTime ? '/usr/bin/time' : process.execPath;
const cmdArgs = [...(useTime ? ['-v', process.execPath] : []), '--import', 'tsx', 'scripts/build.ts', '--out', dest];
const child = spawn(cmd, cmdArgs, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let log = '';
let peakGroup = 0;
let peakAt = 0;
const sampler = setInterval(() => {
  const kib = groupRssKiB(child.pid!);
  if (kib > peakGroup) {
    peakGroup = kib;
    peakAt = (performance.now() - started) / 1000;
  }
}, 200);
child.stdout.on('data', (b) => {
  log += String(b);
  process.stdout.write(String(b).split('\n').filter((l) => l.startsWith('[build]')).map((l) => `${l}\n`).join(''));
});
child.stderr.on('data', (b) => (log += String(b)));
const code = await new Promise<number | null>((r) => child.on('exit', r));
clearInterval(sampler);
const wall = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(log.slice(-6000));
  console.error(`[bench] build failed (exit ${code})`);
  process.exit(1);
}

writeFileSync(resolve('.tmp/bench-build.log'), log);

// Per-step times as the build prints them: "[build] astro: 41.2 s".
const steps = [...log.matchAll(/^\[build\] ([\w -]+): ([\d.]+) s$/gm)].map((m) => [m[1], Number(m[2])] as const);

// Astro's own per-route log: "▶ src/pages/x.astro" then "└─ /path (+12ms)" lines. Sum by route
// so a dominant route (area pages, downloads) shows.
const byRoute = new Map<string, { files: number; ms: number }>();
let route = '';
for (const line of log.split('\n')) {
  const r = /[▶λ] (src\/pages\/\S+)/.exec(line);
  if (r) route = r[1];
  const p = /[├└]─ \S+ \(\+(\d+)ms\)/.exec(line);
  if (p && route) {
    const e = byRoute.get(route) ?? { files: 0, ms: 0 };
    e.files++;
    e.ms += Number(p[1]);
    byRoute.set(route, e);
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const files = walk(dest);
const byExt = new Map<string, number>();
for (const f of files) {
  const ext = /\.([a-z0-9]+)$/i.exec(f)?.[1] ?? '';
  byExt.set(ext, (byExt.get(ext) ?? 0) + 1);
}
const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
const maxRssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? 0);

// Every page built from synthetic data must say so.
const label = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')).label as string;
const home = readFileSync(join(dest, 'index.html'), 'utf8');

// "Any page built from synthetic data says so on every figure": on every tenth page, each
// figure (block or inline) must come with an illustrative label.
let figurePages = 0;
const unlabelled: string[] = [];
files.filter((f) => f.endsWith('.html')).forEach((f, i) => {
  if (i % 10) return;
  const html = readFileSync(f, 'utf8');
  const figures = (html.match(/class="figure(-inline)?"/g) ?? []).length;
  if (!figures) return;
  figurePages++;
  const labels = (html.match(/class="illustrative"/g) ?? []).length;
  if (labels < figures) unlabelled.push(`${f.slice(dest.length)} (${figures} figures, ${labels} labels)`);
});

const mb = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
console.log('\n[bench] result');
console.log(`  pages (HTML):       ${byExt.get('html') ?? 0}`);
console.log(`  files:              ${files.length} (${(bytes / 1024 / 1024).toFixed(0)} MB) — ${[...byExt].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([e, n]) => `${e || '(none)'} ${n}`).join(', ')}`);
console.log(`  generate data:      ${genSeconds.toFixed(1)} s (not part of the build)`);
for (const [name, s] of steps) console.log(`  ${`${name}:`.padEnd(20)}${s.toFixed(1)} s`);
console.log(`  whole build (wall): ${wall.toFixed(1)} s   (target < 90 s)`);
console.log(`  peak memory:        ${mb(peakGroup)} all build processes together (at ${peakAt.toFixed(0)} s), ${maxRssKiB ? `${mb(maxRssKiB)} largest single process` : ''}   (target < 1.5 GB)`);
console.log(`  illustrative label on the home page: ${home.includes(label) || home.includes('minh hoạ') ? 'yes' : 'NO'}`);
console.log(`  figures labelled illustrative: ${figurePages - unlabelled.length} of ${figurePages} sampled pages with figures${unlabelled.length ? `; not: ${unlabelled.slice(0, 3).join('; ')}` : ''}`);
// Astro's phases, with the clock time it printed: where the time goes before pages render.
console.log('  Astro phases:');
for (const line of log.split('\n')) {
  if (/(Synced content|Generated \d|built in|Completed in|generating static routes|Complete!)/.test(line)) console.log(`    ${line.trim()}`);
}
console.log('  slowest routes (Astro render time, summed):');
for (const [r, e] of [...byRoute].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) {
  console.log(`    ${r.padEnd(48)} ${String(e.files).padStart(6)} files  ${(e.ms / 1000).toFixed(1)} s`);
}
if (!keep) rmSync(resolve('.tmp/bench-site'), { recursive: true, force: true });
const ok = wall < 90 && peakGroup < 1.5 * 1024 * 1024 && unlabelled.length === 0;
console.log(ok ? '[bench] within target' : '[bench] OVER TARGET');

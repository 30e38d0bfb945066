/**
 * `npm run bench`: builds the whole site from a synthetic national dataset (63 provinces, ~700
 * districts, ~10,000 communes, 30 days; scripts/gen-bench-data.ts) into a temp folder and prints
 * pages and files, the wall time of each step, where Astro's time goes by route, and the peak
 * memory of the build's processes. Target on the 2-core reference machine: whole build ≤ 90 s,
 * peak ≤ 1.5 GB. The last line is the one to compare from run to run:
 *   [bench] whole build: <seconds> s, peak: <MB> MB, files: <count>
 *
 *   npm run bench                                    # full national dataset
 *   npm run bench -- --communes=1000 --districts=100 # a tenth
 *   npm run bench -- --runs=3                        # three builds: the median and each run
 *   npm run bench -- --touch                         # then one new row, rebuild, count changed files
 *   npm run bench -- --keep                          # keep .tmp/bench-site/ to inspect it
 *
 * The data never goes near data/, and every page built from it says the figures are illustrative.
 * GOPY_NOW is fixed (default 2025-06-10) so that two builds of the same data give the same bytes.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateBenchData, touchRow } from './gen-bench-data.ts';
import { runBuild, type BuildRun } from './bench-run.ts';
import { compareSites, illustrativeCheck, routeTimes, siteFiles } from './bench-report.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : undefined;
};
const keep = args.includes('--keep');
const touch = args.includes('--touch');
const runs = Math.max(1, flag('runs') ?? 1);
const dataDir = resolve('.tmp/bench-data');
// Inside the project: Astro's staged output resolves node_modules from its folder.
const root = resolve('.tmp/bench-site');
const dest = join(root, 'site');

const t0 = performance.now();
const summary = generateBenchData(dataDir, { communes: flag('communes'), districts: flag('districts'), days: flag('days') });
console.log(
  `[bench] data: ${summary.areas} areas (${summary.provinces} provinces, ${summary.districts} districts, ` +
    `${summary.communes} communes), ${summary.participationRows} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  SITE_URL: 'https://gopy.example.vn',
  BASE_PATH: '/',
  GOPY_NOW: process.env.GOPY_NOW ?? '2025-06-10',
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const results: BuildRun[] = [];
for (let i = 0; i < runs; i++) {
  // Each run builds into an empty folder, as the first does: otherwise a run would also time the
  // removal of the previous run's site, which the build deletes once it has swapped the new one in
  // (national: about 17 s for 173,000 files; the build prints it as "previous site removed").
  if (existsSync(dest)) {
    const r0 = performance.now();
    rmSync(dest, { recursive: true, force: true });
    console.log(`[bench] the previous run's site removed first (not timed): ${((performance.now() - r0) / 1000).toFixed(1)} s`);
  }
  const before = load();
  const r = await runBuild(dest, env);
  results.push(r);
  console.log(`[bench] run ${i + 1}: ${r.wall.toFixed(1)} s, CPU ${r.cpu.toFixed(1)} s, peak ${mb(r.peakGroupKiB)} (load average before: ${before}; after: ${load()})`);
}
const median = [...results].sort((a, b) => a.wall - b.wall)[Math.floor(results.length / 2)]!;
const last = results[results.length - 1]!;

function mb(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MB`;
}

const files = siteFiles(dest);
const byExt = new Map<string, number>();
for (const f of files.keys()) {
  const ext = /\.([a-z0-9]+)$/i.exec(f)?.[1] ?? '';
  byExt.set(ext, (byExt.get(ext) ?? 0) + 1);
}
const bytes = [...files.values()].reduce((a, f) => a + f.size, 0);
const labels = illustrativeCheck(dest, [...files.keys()], dataDir);

console.log('\n[bench] result');
console.log(`  pages (HTML):       ${byExt.get('html') ?? 0}`);
console.log(`  files:              ${files.size} (${(bytes / 1024 / 1024).toFixed(0)} MB) — ${[...byExt].sort((a, b) => b[1] - a[1]).slice(0, 9).map(([e, n]) => `${e || '(none)'} ${n}`).join(', ')}`);
for (const [name, s] of median.steps) console.log(`  ${`${name}:`.padEnd(20)}${s.toFixed(1)} s`);
for (const line of median.fileKinds) console.log(`    ${line}`);
console.log(`  whole build (wall): ${median.wall.toFixed(1)} s${runs > 1 ? ` (median of ${runs}: ${results.map((r) => r.wall.toFixed(1)).join(', ')})` : ''}   (target ≤ 90 s)`);
console.log(`  CPU (user + system): ${median.cpu.toFixed(1)} s, all build processes`);
console.log(`  peak memory:        ${mb(median.peakGroupKiB)} all build processes together (at ${median.peakAt.toFixed(0)} s), ${median.maxRssKiB ? `${mb(median.maxRssKiB)} largest single process` : ''}   (target ≤ 1.5 GB)`);
for (const [proc, kib] of [...median.processes].filter(([, k]) => k > 100 * 1024).sort((a, b) => b[1] - a[1])) console.log(`    ${mb(kib).padStart(8)}  ${proc}`);
console.log(`  illustrative label on the home page: ${labels.home ? 'yes' : 'NO'}`);
console.log(`  figures labelled illustrative: ${labels.pages - labels.unlabelled.length} of ${labels.pages} sampled pages with figures${labels.unlabelled.length ? `; not: ${labels.unlabelled.slice(0, 3).join('; ')}` : ''}`);
console.log('  Astro phases:');
for (const line of last.log.split('\n')) {
  if (/(Synced content|Generated \d|built in|Completed in|generating static routes|Complete!)/.test(line)) console.log(`    ${line.trim()}`);
}
console.log('  every route (Astro render time, summed; files written beside Astro are above):');
for (const [r, e] of routeTimes(last.log)) {
  console.log(`    ${r.padEnd(52)} ${String(e.files).padStart(6)} files  ${(e.ms / 1000).toFixed(1).padStart(6)} s  ${(e.ms / e.files).toFixed(1).padStart(6)} ms each`);
}

if (touch) {
  // One new row: the next day's figure of one commune. Only what shows it may change.
  const before = files;
  appendFileSync(join(dataDir, 'participation', 'touch.csv'), touchRow(dataDir));
  const dest2 = join(root, 'site-touched');
  const r = await runBuild(dest2, env);
  const diff = compareSites(before, siteFiles(dest2));
  console.log(`\n[bench] touch: one new row; rebuilt in ${r.wall.toFixed(1)} s; ${diff.changed.length} files changed, ${diff.added.length} added, ${diff.removed.length} removed`);
  for (const [group, n] of diff.byGroup) console.log(`    ${group.padEnd(40)} ${n}`);
  for (const p of [...diff.changed, ...diff.added, ...diff.removed].filter((p) => !p.startsWith('pagefind/')).slice(0, 40)) console.log(`    ${p}`);
}

if (!keep) rmSync(root, { recursive: true, force: true });
else if (existsSync(dest)) console.log(`[bench] kept ${dest}`);
const ok = median.wall <= 90 && median.peakGroupKiB <= 1.5 * 1024 * 1024 && labels.unlabelled.length === 0 && labels.home;
console.log(ok ? '[bench] within target' : '[bench] OVER TARGET');
console.log(`[bench] whole build: ${median.wall.toFixed(1)} s, peak: ${(median.peakGroupKiB / 1024).toFixed(0)} MB, files: ${files.size}`);

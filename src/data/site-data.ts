/**
 * The one place pages get data. Reads the collections once and aggregates once per build: pages
 * never read files and never re-aggregate (thousands of pages each calling getCollection would
 * slow the build to a crawl).
 */
import { getCollection } from 'astro:content';
import { aggregate, type Aggregates } from '../lib/aggregate.ts';
import { loadDataset } from '../lib/data-files.ts';

let cache: Promise<Aggregates> | undefined;

async function load(): Promise<Aggregates> {
  // Participation rows are read straight from the validated data folder, not from a collection:
  // Astro bundles its content store as one module, and with a national dataset (322,920 rows,
  // npm run bench) that bundling alone ran out of memory. The loaders of src/content.config.ts
  // have already validated the same folder, so a bad row has failed the build before this runs.
  const [areas, breakdowns, corrections, meta, data] = await Promise.all([
    getCollection('areas'),
    getCollection('breakdowns'),
    getCollection('corrections'),
    getCollection('meta'),
    loadDataset(),
  ]);
  if (!data.dataset) throw new Error(`data: ${data.problems.length} problem(s); run npm run check`);
  return aggregate({
    meta: meta[0]?.data ?? { illustrative: false },
    areas: areas.map((e) => e.data),
    participation: data.dataset.participation,
    breakdowns: breakdowns.map((e) => e.data),
    corrections: corrections.map((e) => e.data),
  });
}

export function getSiteData(): Promise<Aggregates> {
  cache ??= load();
  return cache;
}

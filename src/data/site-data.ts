/**
 * The one place pages get data. Reads the collections once and aggregates once per build: pages
 * never read files and never re-aggregate (thousands of pages each calling getCollection would
 * slow the build to a crawl).
 */
import { getCollection } from 'astro:content';
import { aggregate, type Aggregates } from '../lib/aggregate.ts';

let cache: Promise<Aggregates> | undefined;

async function load(): Promise<Aggregates> {
  const [areas, participation, breakdowns, corrections, meta] = await Promise.all([
    getCollection('areas'),
    getCollection('participation'),
    getCollection('breakdowns'),
    getCollection('corrections'),
    getCollection('meta'),
  ]);
  return aggregate({
    meta: meta[0]?.data ?? { illustrative: false },
    areas: areas.map((e) => e.data),
    participation: participation.map((e) => e.data),
    breakdowns: breakdowns.map((e) => e.data),
    corrections: corrections.map((e) => e.data),
  });
}

export function getSiteData(): Promise<Aggregates> {
  cache ??= load();
  return cache;
}

/**
 * The one place pages get data: the validated dataset, aggregated once per build. Pages never read
 * files and never re-aggregate (thousands of pages each re-computing would slow the build to a
 * crawl). In a build the gate (scripts/build.ts) has validated data/ and hands the dataset over in
 * a file (handoff.ts): it is read, not validated again. In `astro dev` or a bare `astro build`
 * there is no handoff, and data/ is read and validated here, with the same problems listed.
 */
import { aggregate, type Aggregates } from './aggregate.ts';
import { HANDOFF_ENV, HANDOFF_FROM_ENV, readAggregates } from './handoff.ts';
import { DataError } from './report.ts';
import { readDataset } from './read.ts';

let cache: Promise<Aggregates> | undefined;

/** In a build, the gate's dataset read back; otherwise data/ read and validated here. */
async function aggregates(): Promise<Aggregates> {
  const handoff = process.env[HANDOFF_ENV];
  const from = Number(process.env[HANDOFF_FROM_ENV]);
  if (handoff) return readAggregates(handoff, from > 0 ? from : undefined);
  const { dataset, problems } = await readDataset();
  if (!dataset) throw new DataError(problems);
  return aggregate(dataset);
}

export function getSiteData(): Promise<Aggregates> {
  cache ??= aggregates();
  return cache;
}

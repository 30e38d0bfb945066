/** "Last updated" of the figures: the newest figure, breakdown or correction, of one area or all. */
import type { Aggregates } from '../data/aggregate.ts';
import { asOfTime } from '../text/vn-time.ts';
import { oncePerText } from '../text/memo.ts';

export type UpdatedData = Pick<Aggregates, 'figures' | 'breakdowns' | 'corrections'>;
interface Newest {
  t: number;
  asOf: string;
}
interface Index {
  all?: Newest;
  byArea: Map<string, Newest>;
}

// One pass over the data per dataset, then a lookup per page: a page that scanned every figure
// cost the national build ~10 ms per figures page (322,920 figures, 21,528 pages).
const indexes = new WeakMap<UpdatedData, Index>();

function indexOf(data: UpdatedData): Index {
  let index = indexes.get(data);
  if (index) return index;
  const built: Index = { byArea: new Map() };
  const timeOf = oncePerText(asOfTime); // as_of values repeat: parsed once each
  const see = (asOf: string, area: string | undefined) => {
    const t = timeOf(asOf);
    if (!built.all || t > built.all.t) built.all = { t, asOf };
    if (area === undefined) return; // a correction of the whole site: only the site's date
    const own = built.byArea.get(area);
    if (!own || t > own.t) built.byArea.set(area, { t, asOf });
  };
  for (const f of data.figures) see(f.as_of, f.area_code);
  for (const b of data.breakdowns) see(b.as_of, b.area_code);
  for (const c of data.corrections) see(c.date, c.area_code);
  indexes.set(data, (index = built));
  return index;
}

/** The newest as_of (or correction date) among the data, for one area when `code` is given. */
export function lastUpdated(data: UpdatedData, code?: string): string | undefined {
  const index = indexOf(data);
  return (code === undefined ? index.all : index.byArea.get(code))?.asOf;
}

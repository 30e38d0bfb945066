/** "Last updated" of the figures: the newest figure, breakdown or correction, of one area or all. */
import type { Aggregates } from '../data/aggregate.ts';
import { asOfTime } from '../text/vn-time.ts';

/** The newest as_of (or correction date) among the data, for one area when `code` is given. */
export function lastUpdated(data: Pick<Aggregates, 'figures' | 'breakdowns' | 'corrections'>, code?: string): string | undefined {
  let best: { t: number; asOf: string } | undefined;
  const see = (asOf: string, area: string | undefined) => {
    if (code !== undefined && area !== code) return;
    const t = asOfTime(asOf);
    if (!best || t > best.t) best = { t, asOf };
  };
  for (const f of data.figures) see(f.as_of, f.area_code);
  for (const b of data.breakdowns) see(b.as_of, b.area_code);
  for (const c of data.corrections) see(c.date, c.area_code);
  return best?.asOf;
}

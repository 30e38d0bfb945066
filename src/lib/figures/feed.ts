/**
 * Items of the RSS feed (/so-lieu/rss.xml): the newest figures and every correction, newest
 * first, so a newsroom's reader shows what changed. Pure; the route hands them to @astrojs/rss.
 */
import { asOfTime, type Aggregates } from '../data/aggregate.ts';
import { areaLabel } from './chart-spec.ts';
import { formatAsOf, formatCount, formatFigure, formatPercent } from '../text/format.ts';
import { t } from '../../i18n/vi.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  pubDate: Date;
  description: string;
  /** Stable id (not a URL): the figure id or the correction's position. */
  guid: string;
}

/** How many figures the feed carries (a national dataset has hundreds of thousands). */
export const FEED_FIGURES = 50;

export function feedItems(
  data: Pick<Aggregates, 'figures' | 'corrections' | 'area' | 'rate' | 'meta'>,
  link: (path: string) => string,
  limit = FEED_FIGURES,
): FeedItem[] {
  const label = data.meta.illustrative ? `${data.meta.label ?? t.figure.illustrative}. ` : '';
  const figures = [...data.figures]
    .sort((a, b) => b.time - a.time || a.area_code.localeCompare(b.area_code))
    .slice(0, limit)
    .map((f): FeedItem => {
      const area = data.area(f.area_code);
      const name = area ? areaLabel(area) : f.area_code;
      const rate = data.rate(f);
      const channel = f.channel === 'all' ? ' (mọi hình thức góp ý)' : ' qua VNeID';
      return {
        title: `${name}: ${formatFigure(f)}${channel}, ${formatAsOf(f.as_of)}`,
        link: link(area ? `so-lieu/${area.slug}/#so-lieu-${f.id}` : 'so-lieu/'),
        pubDate: new Date(f.time),
        description:
          `${label}${name}: ${formatFigure(f)}${channel}` +
          (rate !== undefined ? `, ${formatPercent(rate)} ${t.figure.rateOf} ${formatCount(f.eligible!)} ${t.figure.eligible}` : '') +
          `. ${t.figure.asOf} ${formatAsOf(f.as_of)}. ${t.figure.source}: ${f.source}${f.source_url ? ` (${f.source_url})` : ''}.`,
        guid: `so-lieu-${f.id}`,
      };
    });
  const corrections = data.corrections.map((c, i): FeedItem => ({
    title: `${t.feed.correction}: ${c.what}`,
    link: link(`so-lieu/dinh-chinh/#dinh-chinh-${data.corrections.length - i}`),
    pubDate: new Date(asOfTime(c.date)),
    description: `${c.what}. ${t.corrections.why}: ${c.why}`,
    guid: `dinh-chinh-${data.corrections.length - i}`,
  }));
  return [...corrections, ...figures].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

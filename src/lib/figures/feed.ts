/**
 * Items of the RSS feed (/so-lieu/rss.xml): the newest figures and every correction, newest
 * first, so a newsroom's reader shows what changed. Pure; the route hands them to @astrojs/rss.
 */
import type { Aggregates, Area, Figure } from '../data/aggregate.ts';
import type { Format } from '../text/format.ts';
import { asOfTime } from '../text/vn-time.ts';
import { areaFiguresPath } from './chart-paths.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  pubDate: Date;
  description: string;
  /** Stable id (not a URL): the figure id or the correction's position. */
  guid: string;
}

/** The words of the feed, from the locale. */
export interface FeedWords {
  fmt: Format;
  areaLabel(a: Pick<Area, 'level' | 'type' | 'name'>): string;
  illustrative: string;
  /** " qua VNeID" / " (mọi hình thức góp ý)": after the figure. */
  channel: Record<Figure['channel'], string>;
  /** ", 20,5 % trong số 1.290.087 người có tài khoản định danh điện tử mức 2". */
  rate(rate: string, eligible: string): string;
  asOf: string;
  source: string;
  correction: string;
  why: string;
}

/** How many figures the feed carries (a national dataset has hundreds of thousands). */
export const FEED_FIGURES = 50;

export function feedItems(
  data: Pick<Aggregates, 'figures' | 'corrections' | 'area' | 'rate' | 'meta'>,
  link: (path: string) => string,
  w: FeedWords,
  limit = FEED_FIGURES,
): FeedItem[] {
  const { fmt } = w;
  const label = data.meta.illustrative ? `${data.meta.label ?? w.illustrative}. ` : '';
  const figures = [...data.figures]
    .sort((a, b) => b.time - a.time || a.area_code.localeCompare(b.area_code))
    .slice(0, limit)
    .map((f): FeedItem => {
      const area = data.area(f.area_code);
      const name = area ? w.areaLabel(area) : f.area_code;
      const rate = data.rate(f);
      const channel = w.channel[f.channel];
      return {
        title: `${name}: ${fmt.figure(f)}${channel}, ${fmt.asOf(f.as_of)}`,
        link: link(area ? `${areaFiguresPath(area.slug)}#so-lieu-${f.id}` : 'so-lieu/'),
        pubDate: new Date(f.time),
        description:
          `${label}${name}: ${fmt.figure(f)}${channel}` +
          (rate !== undefined ? w.rate(fmt.percent(rate), fmt.count(f.eligible!)) : '') +
          `. ${w.asOf} ${fmt.asOf(f.as_of)}. ${w.source}: ${f.source}${f.source_url ? ` (${f.source_url})` : ''}.`,
        guid: `so-lieu-${f.id}`,
      };
    });
  const corrections = data.corrections.map((c, i): FeedItem => ({
    title: `${w.correction}: ${c.what}`,
    link: link(`so-lieu/dinh-chinh/#dinh-chinh-${data.corrections.length - i}`),
    pubDate: new Date(asOfTime(c.date)),
    description: `${c.what}. ${w.why}: ${c.why}`,
    guid: `dinh-chinh-${data.corrections.length - i}`,
  }));
  return [...corrections, ...figures].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

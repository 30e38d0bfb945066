/**
 * The sitemap's <lastmod> of each page: when what the page says last changed — the newest of its
 * text's `updated` date and, where it shows figures, the newest figure's as_of. Never the build's
 * clock, so the same content and data give the same sitemap.
 *
 * Each page states its dates as it renders (Base.astro calls recordLastmod()); the sitemap
 * integration (astro.config.mjs) reads them back with lastmodOf() when it writes the sitemap after
 * the pages are built. Astro renders the pages and runs that hook in one process, but in two
 * module instances (the config is loaded apart from the pages' bundle): the record lives on
 * globalThis, under a registered symbol both instances reach.
 */
import { asOfTime } from '../text/vn-time.ts';

/** A date a page depends on: a content date, or an as_of ("2025-05-16", "2025-05-26T20:00+07:00"). */
export type PageDate = Date | string | undefined;

const KEY = Symbol.for('gopy.sitemap.lastmod');
type Registry = Map<string, Date>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  return (g[KEY] ??= new Map());
}

const time = (d: Date | string) => (typeof d === 'string' ? asOfTime(d) : d.getTime());

/** The newest of the dates, or undefined when there is none. */
export function newest(dates: readonly PageDate[]): Date | undefined {
  const times = dates.filter((d): d is Date | string => d !== undefined).map(time).filter(Number.isFinite);
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** "/gopy/huong-dan/x/" and "https://site/gopy/huong-dan/x/" are the same page. */
function key(pathOrUrl: string): string {
  const path = /^[a-z]+:\/\//i.test(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl;
  return decodeURI(path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`);
}

/** Called by a page as it renders: its path (with the base) and the dates its content depends on. */
export function recordLastmod(path: string, dates: readonly PageDate[]): void {
  const d = newest(dates);
  if (d) registry().set(key(path), d);
}

/** The page's lastmod for the sitemap: by its absolute URL or its path; undefined when it stated none. */
export function lastmodOf(pathOrUrl: string): Date | undefined {
  return registry().get(key(pathOrUrl));
}

/** Forget every record (tests). */
export function clearLastmod(): void {
  registry().clear();
}

/** The data's dates: the newest figure's as_of and every correction's date. */
export function dataDates(data: { updated?: { as_of: string }; corrections: readonly { date: string }[] }): PageDate[] {
  return [data.updated?.as_of, ...data.corrections.map((c) => c.date)];
}

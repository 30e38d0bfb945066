/** /so-lieu/rss.xml: new figures and corrections, for newsrooms to follow. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { feedItems } from '~/lib/figures/feed.ts';
import { absoluteUrl } from '~/lib/site/paths.ts';
import { t } from '~/i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => {
  // A feed's links must be absolute: without SITE_URL there is no feed (no body: Astro writes no file).
  if (!site) return new Response(null);
  const data = await getSiteData();
  const link = (p: string) => absoluteUrl(site, p)!;
  return rss({
    title: t.feed.title,
    description: t.feed.description,
    site: link('so-lieu/'),
    items: feedItems(data, link, t.feedWords).map((i) => ({
      title: i.title,
      link: i.link,
      pubDate: i.pubDate,
      description: i.description,
    })),
    customData: '<language>vi</language>',
  });
};

/** /huong-dan/<slug>/anh-chia-se.png: the guide's share card (og:image): its title and summary. */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { guidePaths } from '../_routes.ts';
import { shareCardSvg, svgToPng } from '~/lib/site/share-card.ts';
import { t } from '~/i18n/vi.ts';
import { getCampaign } from '~/lib/campaign/load.ts';

export const getStaticPaths = guidePaths;

export const GET: APIRoute<CollectionEntry<'guides'>> = async ({ props: guide }) => {
  const svg = shareCardSvg({ siteName: (await getCampaign()).short_name, kind: t.nav.guides, title: guide.data.title, summary: guide.data.summary });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};

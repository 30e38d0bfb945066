/**
 * /kich-ban/<broadcast>/anh-chia-se.png: the broadcast's share card (og:image of the broadcast and
 * of every area's page of it): one per broadcast, not per area, which at national scale would be
 * tens of thousands of images of the same title.
 */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { broadcastOnlyPaths } from '../_routes.ts';
import { shareCardSvg, svgToPng } from '~/lib/site/share-card.ts';
import { t } from '~/i18n/vi.ts';
import { getCampaign } from '~/lib/campaign/load.ts';

export const getStaticPaths = broadcastOnlyPaths;

export const GET: APIRoute<CollectionEntry<'broadcasts'>> = async ({ props: broadcast }) => {
  const summary = t.broadcast.shareSummary(t.broadcast.purposes[broadcast.data.purpose]);
  const svg = shareCardSvg({ siteName: (await getCampaign()).short_name, kind: t.nav.broadcasts, title: broadcast.data.title, summary });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};

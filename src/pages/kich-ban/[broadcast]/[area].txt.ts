/** /kich-ban/<script>/<area>.txt: the read-aloud text for smart-radio text-to-speech (UTF-8, CRLF). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../../../lib/data/site-data.ts';
import { renderTarget, broadcastTargets, type BroadcastTarget } from '../../../lib/broadcast/pages.ts';
import { broadcastToText } from '../../../lib/broadcast/render.ts';

export const getStaticPaths = (async () => {
  const pages = broadcastTargets(await getCollection('broadcasts'), await getSiteData());
  return pages.map((page) => ({ params: { broadcast: page.broadcast.id, area: page.area.slug }, props: page }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<BroadcastTarget> = ({ props }) =>
  new Response(broadcastToText(renderTarget(props).rendered.paragraphs), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** /kich-ban/<script>/<area>.docx: the same text as a Word file (A4, Times New Roman 14 pt). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../../../lib/data/site-data.ts';
import { broadcastMeta, renderTarget, broadcastTargets, type BroadcastTarget } from '../../../lib/broadcast/pages.ts';
import { broadcastDocxWriter } from '../../../lib/broadcast/docx.ts';

export const getStaticPaths = (async () => {
  const pages = broadcastTargets(await getCollection('broadcasts'), await getSiteData());
  return pages.map((page) => ({ params: { broadcast: page.broadcast.id, area: page.area.slug }, props: page }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<BroadcastTarget> = async ({ props: target }) => {
  const props = renderTarget(target);
  const write = await broadcastDocxWriter();
  const bytes = write({
    title: props.broadcast.data.title,
    meta: broadcastMeta(props),
    paragraphs: props.rendered.paragraphs,
  });
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};

/** The one getStaticPaths of the broadcast × area routes (page, print view, .txt, .docx). */
import { getCollection } from 'astro:content';
import { broadcastTargets } from '~/lib/broadcast/pages.ts';
import { getSiteData } from '~/lib/data/load.ts';

export async function broadcastAreaPaths() {
  const targets = broadcastTargets(await getCollection('broadcasts'), await getSiteData());
  return targets.map((target) => ({ params: { broadcast: target.broadcast.id, area: target.area.slug }, props: target }));
}

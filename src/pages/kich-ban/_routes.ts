/** The one getStaticPaths of the broadcast × area routes (page, print view, .txt, .docx). */
import { getCollection } from 'astro:content';
import { broadcastTargets } from '~/lib/broadcast/pages.ts';
import { getSiteData } from '~/lib/data/load.ts';
import { generalHelp, usableFacts } from '~/lib/help/general.ts';

export async function broadcastAreaPaths() {
  const data = await getSiteData();
  const { usable } = usableFacts((await getCollection('help')).map((e) => e.data), data);
  const targets = broadcastTargets(await getCollection('broadcasts'), data, (area) => generalHelp(usable, data, area.code)?.text);
  return targets.map((target) => ({ params: { broadcast: target.broadcast.id, area: target.area.slug }, props: target }));
}

/** The getStaticPaths of the broadcast routes: per broadcast (its area list, its share card), per broadcast × area (the page; its .txt and .docx: src/files/broadcasts.ts). */
import { getCollection } from 'astro:content';
import { broadcastTargets } from '~/lib/broadcast/pages.ts';
import { getSiteData } from '~/lib/data/load.ts';
import { broadcastHelp } from '~/lib/help/pages.ts';
import { familyShare } from '~/lib/site/shard.ts';
import { BROADCAST_FAMILY } from '~/lib/broadcast/page-html.ts';
import { buildNow } from '~/lib/site/clock.ts';
import { spokenArea, t } from '~/i18n/vi.ts';
import { helpFacts } from '../ho-tro/_routes.ts';

/** Every broadcast × area; in a whole build only the specimen (the workers write the rest: src/files/broadcast-pages.ts). */
export async function broadcastAreaPaths() {
  const data = await getSiteData();
  const facts = await helpFacts();
  const now = buildNow().getTime();
  const say = { words: t.help.spoken, spokenArea: (code: string) => spokenArea(data.area(code)!) };
  const targets = broadcastTargets(await getCollection('broadcasts'), data, (area) => broadcastHelp(data, facts, area, now, say));
  return familyShare(BROADCAST_FAMILY, targets).map((target) => ({ params: { broadcast: target.broadcast.id, area: target.area.slug }, props: target }));
}

/** One path per broadcast: its area list and its share card. */
export async function broadcastOnlyPaths() {
  const broadcasts = await getCollection('broadcasts');
  return broadcasts.map((broadcast) => ({ params: { broadcast: broadcast.id }, props: broadcast }));
}

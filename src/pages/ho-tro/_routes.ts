/** The help pages' one source of areas (/ho-tro/<area>/; their .ics: src/files/help-calendars.ts). */
import { getCollection } from 'astro:content';
import { getSiteData } from '~/lib/data/load.ts';
import { usableFacts } from '~/lib/help/general.ts';
import { helpPageAreas } from '~/lib/help/pages.ts';
import { inShard } from '~/lib/site/shard.ts';

/** The content/help facts that hold in this dataset (see usableFacts). */
export async function helpFacts() {
  return usableFacts((await getCollection('help')).map((e) => e.data), await getSiteData()).usable;
}

export async function helpAreaPaths() {
  const data = await getSiteData();
  return inShard(helpPageAreas(data, await helpFacts())).map((area) => ({ params: { area: area.slug }, props: { area } }));
}

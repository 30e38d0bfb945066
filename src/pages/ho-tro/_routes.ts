/** The help routes' one source of areas: page (/ho-tro/<area>/) and calendar (/ho-tro/<area>.ics). */
import { getCollection } from 'astro:content';
import { getSiteData } from '~/lib/data/load.ts';
import { usableFacts } from '~/lib/help/general.ts';
import { helpPageAreas } from '~/lib/help/pages.ts';
import { helpIndex } from '~/lib/help/schedule.ts';

/** The content/help facts that hold in this dataset (see usableFacts). */
export async function helpFacts() {
  return usableFacts((await getCollection('help')).map((e) => e.data), await getSiteData()).usable;
}

export async function helpAreaPaths() {
  const data = await getSiteData();
  return helpPageAreas(data, await helpFacts()).map((area) => ({ params: { area: area.slug }, props: { area } }));
}

/** A calendar for every area whose page lists a session. */
export async function helpCalendarPaths() {
  const data = await getSiteData();
  const index = helpIndex(data);
  return (await helpAreaPaths()).filter((p) => index.listed(p.props.area.code).length > 0);
}

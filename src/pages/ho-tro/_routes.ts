/** The help pages' one source of areas (/ho-tro/<area>/; their .ics: src/files/help-calendars.ts). */
import { getCollection } from 'astro:content';
import { getSiteData } from '~/lib/data/load.ts';
import { usableFacts } from '~/lib/help/general.ts';
import { helpPageAreas } from '~/lib/help/pages.ts';
import { familyShare } from '~/lib/site/shard.ts';
import { HELP_FAMILY } from '~/lib/help/page-html.ts';
import { skippedBySearch } from '~/lib/search/meta.ts';
import { helpPaths } from '~/lib/help/pages.ts';

/** The content/help facts that hold in this dataset (see usableFacts). */
export async function helpFacts() {
  return usableFacts((await getCollection('help')).map((e) => e.data), await getSiteData()).usable;
}

/**
 * Every area with a help page; in a whole build, those the search indexes (the country's and the
 * provinces') and the specimen: the build's workers write the others (src/files/help-pages.ts).
 */
export async function helpAreaPaths() {
  const data = await getSiteData();
  const searched = (area: { slug: string }) => !skippedBySearch(helpPaths(area.slug).page, data);
  return familyShare(HELP_FAMILY, helpPageAreas(data, await helpFacts()), { astro: searched }).map((area) => ({ params: { area: area.slug }, props: { area } }));
}

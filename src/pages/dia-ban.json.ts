/** /dia-ban.json: the compact index of every area's name, read by the area chooser as one types. */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { areaNameIndex, HAS_HELP } from '~/lib/data/area-chooser.ts';
import { hasHelpPage } from '~/lib/help/pages.ts';
import { helpFacts } from './ho-tro/_routes.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const facts = await helpFacts();
  return new Response(JSON.stringify(areaNameIndex(data.areas, (code) => (hasHelpPage(data, facts, code) ? HAS_HELP : 0))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

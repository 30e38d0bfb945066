/** /dia-ban.json: the compact index of every area's name, read by the area chooser as one types. */
import type { APIRoute } from 'astro';
import { getSiteData } from '~/lib/data/load.ts';
import { areaNameIndex } from '~/lib/data/area-chooser.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(JSON.stringify(areaNameIndex(data.areas)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

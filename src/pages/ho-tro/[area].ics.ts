/** /ho-tro/<area>.ics: the sessions the area's help page lists, as an iCalendar file (RFC 5545). */
import type { APIRoute } from 'astro';
import type { Area } from '~/lib/data/aggregate.ts';
import { getSiteData } from '~/lib/data/load.ts';
import { helpCalendar } from '~/lib/help/ics.ts';
import { helpIndex } from '~/lib/help/schedule.ts';
import { buildNow } from '~/lib/site/clock.ts';
import { areaName, t } from '~/i18n/vi.ts';
import { helpCalendarPaths } from './_routes.ts';

export const getStaticPaths = helpCalendarPaths;

export const GET: APIRoute<{ area: Area }> = async ({ props: { area } }) => {
  const data = await getSiteData();
  const body = helpCalendar({
    name: t.help.calendarName(areaName(area)),
    sessions: helpIndex(data).listed(area.code),
    stamp: buildNow(),
    areaLabel: (code) => areaName(data.area(code)!),
    words: t.help.icsWords,
    illustrative: data.meta.illustrative ? (data.meta.label ?? t.figure.illustrative) : undefined,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

/**
 * ho-tro/<area>.ics: the sessions an area's help page lists, as an iCalendar file (RFC 5545), for
 * every area whose page lists one; the same helpIndex() and helpCalendar() as the help page
 * (src/pages/ho-tro/[area]/), so the file lists what the page lists.
 */
import type { Session } from '../lib/help/schedule.ts';
import { helpIndex } from '../lib/help/schedule.ts';
import { helpCalendar } from '../lib/help/ics.ts';
import { usableFacts } from '../lib/help/general.ts';
import { helpPageAreas } from '../lib/help/pages.ts';
import { buildNow } from '../lib/site/clock.ts';
import { areaName, t } from '../i18n/vi.ts';
import type { PlainFileKind } from './kind.ts';

export interface HelpCalendarInput {
  slug: string;
  /** The calendar's name, the area's sessions and the names of the areas they are in. */
  name: string;
  sessions: Session[];
  labels: Record<string, string>;
  /** The build's now (ms), every event's DTSTAMP. */
  stamp: number;
  illustrative?: string;
}

export const helpCalendarFiles: PlainFileKind<HelpCalendarInput> = {
  name: 'help .ics',
  *inputs({ data, help }) {
    // As the help pages' getStaticPaths (src/pages/ho-tro/_routes.ts): an area with a page that lists a session.
    const index = helpIndex(data);
    const stamp = buildNow().getTime();
    const illustrative = data.meta.illustrative ? (data.meta.label ?? t.figure.illustrative) : undefined;
    for (const area of helpPageAreas(data, usableFacts(help, data).usable)) {
      const sessions = index.listed(area.code);
      if (sessions.length === 0) continue;
      const labels: Record<string, string> = {};
      for (const s of sessions) labels[s.area_code] ??= areaName(data.area(s.area_code)!);
      yield { slug: area.slug, name: t.help.calendarName(areaName(area)), sessions: [...sessions], labels, stamp, illustrative };
    }
  },
  render: ({ slug, name, sessions, labels, stamp, illustrative }) => [
    {
      path: `ho-tro/${slug}.ics`,
      content: helpCalendar({ name, sessions, stamp: new Date(stamp), areaLabel: (code) => labels[code]!, words: t.help.icsWords, illustrative }),
    },
  ],
};

/**
 * The sessions of a help page (/ho-tro/<area>/) by day, as markup for src/components/HelpSessions.astro:
 * place, kind, time, address, team, phone, note and source of each. Written here rather than in the
 * component because a district's page lists every session below it, each with a dozen fields, on
 * 10,764 pages nationally (README, Performance). Same fields, same escaping (src/lib/text/html.ts).
 */
import type { HelpKind } from '../data/help-points.ts';
import type { Format } from '../text/format.ts';
import { attr, html, type Html } from '../text/html.ts';
import { weekdayWords } from '../text/read-aloud.ts';
import { asOfParts } from '../text/vn-time.ts';
import type { Session } from './schedule.ts';

export interface SessionListWords {
  fmt: Pick<Format, 'date'>;
  dayHeading(weekday: string, date: string): string;
  timeRange(from: string, to: string): string;
  kinds: Record<HelpKind, string>;
  address: string;
  team: string;
  phone: string;
  note: string;
  source: string;
  /** The label, hidden from sight, of the area a session below the page's own is in. */
  area: string;
}

/** "0220 3853 123; 0912 345 678" → each number, to be dialled from a link. */
export function phoneNumbers(phone: string): string[] {
  return phone.split(/[;/,]/).map((p) => p.trim()).filter(Boolean);
}

const time = (asOf: string) => asOfParts(asOf).time ?? '';

/**
 * A section per day (its heading at `level`), in it a list of the day's sessions. `areaCode`: the
 * page's area; a session elsewhere names its area (`areaLabel`).
 */
export function sessionListHtml(
  days: { day: string; sessions: Session[] }[],
  areaCode: string,
  areaLabel: (code: string) => string,
  w: SessionListWords,
  level: 3 | 4 = 3,
): Html {
  const h = `h${level}`;
  const fact = (term: string, value: string | undefined) => value && html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`${days.map(
    (d) => html`<section class="help-day"${attr('aria-labelledby', `day-${d.day}`)}>\
<${h}${attr('id', `day-${d.day}`)} class="help-day__title">${w.dayHeading(weekdayWords(d.day), w.fmt.date(d.day))}</${h}>\
<ul class="help-sessions">${d.sessions.map((s) => {
      const phones = s.phone
        ? html`<dt>${w.phone}</dt><dd>${phoneNumbers(s.phone).map((p, i) => html`${i > 0 && ' / '}<a${attr('href', `tel:${p.replace(/[^\d+]/g, '')}`)}>${p}</a>`)}</dd>`
        : undefined;
      return html`<li class="help-session"><p class="help-session__head">\
<strong class="help-session__time">${w.timeRange(time(s.starts), time(s.ends))}</strong> \
<span class="help-session__place">${s.place}</span> <span class="help-session__kind">(${w.kinds[s.kind]})</span></p>\
<dl class="help-session__facts">\
${s.area_code !== areaCode && html`<dt class="visually-hidden">${w.area}</dt><dd>${areaLabel(s.area_code)}</dd>`}\
${fact(w.address, s.address)}${fact(w.team, s.team)}${phones}${fact(w.note, s.note)}\
<dt>${w.source}</dt><dd>${s.source}</dd></dl></li>`;
    })}</ul></section>`,
  )}`;
}

/**
 * An area's schedule of help as an iCalendar file (RFC 5545), for a team leader to load onto a
 * phone: times in Vietnam time with its VTIMEZONE (no daylight saving), one VEVENT per session with
 * a UID that stays the same while the session does, text escaped, lines folded at 75 octets, CRLF.
 * The words come from the locale (IcsWords). Pure TypeScript: returns the file's text.
 */
import type { HelpKind } from '../data/help-points.ts';
import type { Session } from './schedule.ts';

export const VN_TZID = 'Asia/Ho_Chi_Minh';

export interface IcsWords {
  /** The event's title: "Hướng dẫn góp ý — Chợ Gia Tân". */
  summary(kind: string, place: string): string;
  /** What a kind of place is called: { cho: 'Chợ', … }. */
  kinds: Record<HelpKind, string>;
  /** Labels of the description's lines. */
  team: string;
  phone: string;
  note: string;
  source: string;
}

export interface CalendarInput {
  /** The calendar's name: "Lịch hỗ trợ góp ý — Xã Gia Tân". */
  name: string;
  sessions: readonly Session[];
  /** DTSTAMP of every event: the build's now, so the same inputs give the same bytes. */
  stamp: Date;
  /** An area's label, for the location of a session ("Xã Gia Tân"). */
  areaLabel(code: string): string;
  words: IcsWords;
  /** Said in every event's description when the schedule is generated (illustrative). */
  illustrative?: string;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Octets of a code point in UTF-8. */
const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  // Most lines are short: no character takes more than 3 octets in a UTF-16 unit.
  if (line.length * 3 <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const n = utf8Length(cp);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(line.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += n;
    i += cp > 0xffff ? 2 : 1;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

/** "2025-05-17T07:30+07:00" → "20250517T073000" (local time of VN_TZID). */
const localTime = (asOf: string) => `${asOf.slice(0, 16).replace(/[-:]/g, '')}00`;
/** An instant in UTC form: "20250516T050000Z". */
const utcTime = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function helpCalendar(input: CalendarInput): string {
  const { words } = input;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gopy//help-points//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${VN_TZID}`,
    'BEGIN:VTIMEZONE',
    `TZID:${VN_TZID}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const stamp = utcTime(input.stamp);
  for (const s of input.sessions) {
    const description = [
      input.illustrative,
      s.team && `${words.team}: ${s.team}`,
      s.phone && `${words.phone}: ${s.phone}`,
      s.note && `${words.note}: ${s.note}`,
      `${words.source}: ${s.source}`,
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${VN_TZID}:${localTime(s.starts)}`,
      `DTEND;TZID=${VN_TZID}:${localTime(s.ends)}`,
      `SUMMARY:${escapeText(words.summary(words.kinds[s.kind], s.place))}`,
      `LOCATION:${escapeText([s.place, s.address, input.areaLabel(s.area_code)].filter(Boolean).join(', '))}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

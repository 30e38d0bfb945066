/**
 * Vietnam time (+07:00), the one clock of the site. Every as_of is stored as its canonical text:
 * "2025-05-16" (a day) or "2025-05-24T13:00+07:00" (a moment, converted to Vietnam time), and every
 * date or time a reader sees is read off that text here.
 */

/** Minutes east of UTC of Vietnam time. */
export const VN_OFFSET_MINUTES = 7 * 60;
const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
/** Offsets in use on Earth lie within ±14:00 (UTC+14 in Kiribati, UTC−12 at sea). */
export const MAX_OFFSET_MINUTES = 14 * 60;

/** Day 1–31, month 1–12, full year. Hour/minute are the wall clock in Vietnam (UTC+07:00). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Is y-m-d a day of the calendar? */
export function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Is a written offset one a clock can show: "Z", or ±hh:mm with mm < 60, within ±14:00? */
export function realZone(zone: string): boolean {
  if (zone === 'Z') return true;
  const minutes = Number(zone.replace(':', '').slice(3, 5));
  return minutes < 60 && Math.abs(zoneMinutes(zone)) <= MAX_OFFSET_MINUTES;
}

/** "Z" → 0, "+07:00" / "+0700" → 420, "-05:30" → -330. */
export function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** The wall clock in Vietnam at an instant (ms since the epoch). */
export function wallClockAt(ms: number): Required<WallClock> {
  const d = new Date(ms + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** A written date as its parts, with the offset it was written in (Vietnam time when none). */
interface Written extends WallClock {
  offset: number;
  /** The offset as written ("+07:00", "Z"), when one was. */
  zone?: string;
  second?: number;
}

function readWritten(input: string): Written | undefined {
  const s = input.trim();
  let m = ISO.exec(s);
  if (m) {
    const w: Written = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), offset: VN_OFFSET_MINUTES };
    if (m[4] !== undefined) {
      w.hour = Number(m[4]);
      w.minute = Number(m[5]);
      if (m[6] !== undefined) w.second = Number(m[6]);
      if (m[7]) {
        w.offset = zoneMinutes(m[7]);
        w.zone = m[7];
      }
    }
    return w;
  }
  m = VN_DATE.exec(s);
  if (!m) return undefined;
  const w: Written = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), offset: VN_OFFSET_MINUTES };
  if (m[4] !== undefined) {
    w.hour = Number(m[4]);
    w.minute = Number(m[5]);
    if (m[6] !== undefined) w.second = Number(m[6]);
  }
  return w;
}

/** The wall clock in Vietnam of a written date-time, converted from the offset it was written in. */
function toVietnam(w: Written): WallClock {
  if (w.hour === undefined || w.offset === VN_OFFSET_MINUTES) {
    const { offset: _o, zone: _z, second: _s, ...wall } = w;
    return wall;
  }
  return wallClockAt(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - w.offset * 60_000);
}

/** "2025-05-16" or "2025-05-24T13:00+07:00": the canonical as_of text of a wall clock. */
export function asOfText(w: WallClock): string {
  const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  return w.hour === undefined ? day : `${day}T${pad(w.hour)}:${pad(w.minute ?? 0)}+07:00`;
}

/** Why a written as_of is refused: not a date's shape, no such day, no such time, no such offset. */
export type AsOfFault = 'format' | 'day' | 'time' | 'offset';

/**
 * Read an as-of value into its canonical text: "2025-05-16" (a day) or "2025-05-24T13:00+07:00"
 * (a moment, always in Vietnam time), or say why it cannot be one. Accepts ISO 8601 with an offset
 * within ±14:00 (none means +07:00) and Excel's Vietnamese "16/5/2025", "24/5/2025 13:00" or
 * "24/5/2025 13:00:00". Seconds are read, checked and dropped.
 */
export function readAsOf(input: string): { asOf: string } | { fault: AsOfFault } {
  const w = readWritten(input);
  if (!w) return { fault: 'format' };
  if (!realDate(w.year, w.month, w.day)) return { fault: 'day' };
  if (w.hour !== undefined && (w.hour > 23 || (w.minute ?? 0) > 59 || (w.second ?? 0) > 59)) return { fault: 'time' };
  if (w.zone !== undefined && !realZone(w.zone)) return { fault: 'offset' };
  return { asOf: asOfText(toVietnam(w)) };
}

/** The canonical text of an as-of value (see readAsOf), or undefined if it is not a real moment. */
export function parseAsOf(input: string): string | undefined {
  const r = readAsOf(input);
  return 'asOf' in r ? r.asOf : undefined;
}

/**
 * The wall clock in Vietnam of "2025-05-16", "2025-05-26T20:00", "2025-05-26T20:00:00+07:00" or a
 * Date. A date-only string has no hour. An instant in another offset is converted to +07:00.
 */
export function toWallClock(input: string | Date | WallClock): WallClock {
  if (input instanceof Date) return wallClockAt(input.getTime());
  if (typeof input !== 'string') return input;
  const w = ISO.test(input.trim()) ? readWritten(input) : undefined;
  if (!w) throw new RangeError(`toWallClock: not an ISO 8601 date: "${input}"`);
  return toVietnam(w);
}

/** Milliseconds since the epoch of an as_of (a day counts from 00:00 Vietnam time). */
export function asOfTime(asOf: string): number {
  return Date.parse(asOf.length === 10 ? `${asOf}T00:00+07:00` : asOf);
}

/** The calendar day of an as_of in Vietnam time: "2025-05-16". */
export function asOfDay(asOf: string): string {
  return asOf.slice(0, 10);
}

/** Day, month, year and the "HH:MM" of a canonical as_of (already in Vietnam time). */
export function asOfParts(asOf: string): { y: number; m: number; d: number; time?: string } {
  const [date, time] = asOf.split('T');
  const [y, m, d] = date!.split('-').map(Number);
  return { y: y!, m: m!, d: d!, time: time ? time.slice(0, 5) : undefined };
}

/** An instant as an ISO 8601 date-time in Vietnam time: "2025-05-26T20:00:00+07:00". */
export function vnTimestamp(ms: number): string {
  return `${new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

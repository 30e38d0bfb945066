/**
 * The build's "now": GOPY_NOW (an ISO 8601 date or date-time; without an offset it is Vietnam
 * time) when set, so that a build is reproducible and tests can pick the day; otherwise the clock.
 * Everything that depends on the date (the campaign's status, which help sessions are past, which
 * figures are in the future) asks here.
 */
import { asOfTime, parseAsOf } from '../text/vn-time.ts';

/** The environment variable that sets the build's now. */
export const NOW_ENV = 'GOPY_NOW';

/** The instant GOPY_NOW names, or the clock's when it is not set. Throws on a value that is not a date. */
export function buildNow(env: Record<string, string | undefined> = process.env, clock = Date.now): Date {
  const raw = env[NOW_ENV]?.trim();
  if (!raw) return new Date(clock());
  const asOf = parseAsOf(raw);
  if (!asOf) throw new Error(`${NOW_ENV}="${raw}": cần một ngày giờ ISO 8601, ví dụ 2025-05-20 hoặc 2025-05-29T21:00+07:00`);
  return new Date(asOfTime(asOf));
}

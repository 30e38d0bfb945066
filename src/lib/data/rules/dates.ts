/**
 * No figure is dated after the build's now (buildNow(): GOPY_NOW or the clock): a figure from the
 * future is a typo (a year, or day and month swapped by Excel), and left in it would become the
 * headline figure. A day counts from 00:00 Vietnam time, so today's date is fine all day.
 * Offsets beyond ±14:00 are refused where the value is read (text/vn-time.ts, schema.ts).
 */
import { DATE } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { asOfTime, wallClockAt } from '../../text/vn-time.ts';
import type { Origin } from '../validate.ts';
import type { Written } from './written.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "27/11/2026 09:05": the build's now as the message shows it, in Vietnam time. */
export function nowText(now: Date): string {
  const w = wallClockAt(now.getTime());
  return `${w.day}/${w.month}/${w.year} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** Report each of `columns` of `r` (canonical as_of texts) that is later than `now`. */
export function checkNotFuture(
  r: { origin: Origin } & Partial<Record<string, unknown>>,
  columns: readonly string[],
  now: Date,
  written: Written,
  problems: Problem[],
): void {
  for (const column of columns) {
    const v = r[column];
    if (typeof v !== 'string' || asOfTime(v) <= now.getTime()) continue;
    problems.push({
      file: r.origin.file,
      line: r.origin.line,
      column: written.header(r, column),
      value: written.value(r, column) ?? v,
      ...DATE.future(nowText(now), written.header(r, column)),
      kind: 'date.future',
    });
  }
}

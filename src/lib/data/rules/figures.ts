/**
 * Figures that cannot both be true: the same (as_of, area_code, metric, channel) twice, and more
 * people than could take part (value above eligible). as_of is compared in its canonical form, so
 * "16/5/2025" and "2025-05-16" are the same moment; the message shows the value as written.
 */
import { FIGURE } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { ParticipationRecord } from '../schema.ts';
import type { Origin, WithOrigin } from '../validate.ts';
import type { Written } from './written.ts';

export function checkFigures(rows: readonly WithOrigin<ParticipationRecord>[], written: Written, problems: Problem[]): void {
  const keys = new Map<string, Origin>();
  for (const r of rows) {
    if (r.eligible !== undefined && r.value > r.eligible && r.metric === 'people') {
      problems.push({
        file: r.origin.file,
        line: r.origin.line,
        column: written.header(r, 'value'),
        value: String(r.value),
        expected: FIGURE.aboveEligible(r.eligible),
        kind: 'figure.eligible',
      });
    }
    const key = `${r.as_of}|${r.area_code}|${r.metric}|${r.channel}`;
    const first = keys.get(key);
    if (!first) {
      keys.set(key, r.origin);
      continue;
    }
    const where = FIGURE.firstAt(first.file === r.origin.file, first.file, first.line);
    problems.push({
      file: r.origin.file,
      line: r.origin.line,
      column: written.header(r, 'as_of'),
      value: written.value(r, 'as_of') ?? r.as_of,
      ...FIGURE.duplicate(where, r),
      kind: 'figure.duplicate',
    });
  }
}

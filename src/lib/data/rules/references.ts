/**
 * Every area_code a figure, breakdown or correction names is in areas.csv. When it is not, but the
 * same code with its leading zeros restored or dropped is, the message says so: Excel lost a zero
 * in one file or the other.
 */
import { AREA } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Origin } from '../validate.ts';
import { lostZeroMatch } from './codes.ts';
import type { Written } from './written.ts';

/** The areas by code, as checkTree returns them. */
export type AreaIndex = ReadonlyMap<string, { origin: Origin }>;

export function checkAreaReference(
  r: { area_code?: string; origin: Origin },
  areas: AreaIndex,
  written: Written,
  problems: Problem[],
): void {
  if (r.area_code === undefined || areas.size === 0 || areas.has(r.area_code)) return;
  const match = lostZeroMatch(r.area_code, (c) => areas.has(c));
  const at = match ? areas.get(match)!.origin : undefined;
  const hint = match && at ? AREA.lostZero(match, `${at.file}:${at.line}`) : undefined;
  problems.push({
    file: r.origin.file,
    line: r.origin.line,
    column: written.header(r, 'area_code'),
    value: r.area_code,
    expected: AREA.unknown + (hint?.hint ?? ''),
    ...(hint ? { fix: hint.fix } : {}),
    kind: 'area.unknown',
  });
}

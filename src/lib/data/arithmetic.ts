/**
 * Honest arithmetic on published figures: what we compute from them (a change, a rate, a share)
 * never claims more precision than its least precise input, and a share is only offered as a
 * figure's part of a total when both counts come from the same source on the same day. The rules
 * in words are on the methodology page (content/pages/phuong-phap.mdx, #so-hoc).
 */
import type { Qualifier } from './schema.ts';

export interface Counted {
  value: number;
  qualifier: Qualifier;
}

/**
 * The place value a figure is known to: 1 when exact; for "khoảng" or "hơn" the place of its last
 * non-zero digit, as the source rounded it (745.000 → 1.000; 14.000.000 → 1.000.000; 240.500 → 100).
 */
export function precisionOf(f: Counted): number {
  if (f.qualifier === 'exact' || f.value === 0) return 1;
  let p = 1;
  let v = Math.abs(Math.round(f.value));
  while (v % 10 === 0) {
    v /= 10;
    p *= 10;
  }
  return p;
}

/** Significant digits of a figure: Infinity when exact (745.000 approx → 3, 14.000.000 → 2). */
export function significantDigits(f: Counted): number {
  if (f.qualifier === 'exact') return Infinity;
  const digits = String(Math.abs(Math.round(f.value))).length;
  return Math.max(1, digits - Math.round(Math.log10(precisionOf(f))));
}

/** Rounds half away from zero to a multiple of `step`. */
export function roundTo(n: number, step: number): number {
  if (step <= 1) return Math.round(n);
  return Math.sign(n) * Math.round(Math.abs(n) / step) * step;
}

export interface Difference {
  /** a − b, rounded to `precision`. */
  value: number;
  /** exact only when both figures are. */
  qualifier: Qualifier;
  /** The coarser precision of the two inputs (1 when both are exact). */
  precision: number;
}

/**
 * a − b, shown to the precision of its least precise input: 17.100.624 − khoảng 14.000.000 is
 * "khoảng +3.000.000", never "+3.100.624".
 */
export function difference(a: Counted, b: Counted): Difference {
  const precision = Math.max(precisionOf(a), precisionOf(b));
  const exact = a.qualifier === 'exact' && b.qualifier === 'exact';
  return { value: roundTo(a.value - b.value, precision), qualifier: exact ? 'exact' : 'approx', precision };
}

/**
 * How many decimals a percentage computed from these counts may show: at most `max` (one, the
 * site's rule), fewer when a count has too few significant digits (25.000 ÷ 745.000 = 3,4 %, but
 * khoảng 14.000.000 ÷ 20.345.678 = 69 %, not 68,8 %).
 */
export function percentDigits(ratio: number, inputs: Counted[], max = 1): number {
  const sig = Math.min(...inputs.map(significantDigits));
  if (!Number.isFinite(sig)) return max;
  const pct = Math.abs(ratio * 100);
  const whole = pct >= 1 ? Math.floor(Math.log10(pct)) + 1 : 0;
  return Math.max(0, Math.min(max, sig - whole));
}

/** Whether a share of a total may be shown as one: both counts from the same source, the same day. */
export type ShareBasis = 'same-source' | 'other-source';

export function shareBasis(part: { source: string; day: string }, total: { source: string; day: string }): ShareBasis {
  return part.source === total.source && part.day === total.day ? 'same-source' : 'other-source';
}

/** Decimals of a participation rate, value ÷ eligible (eligible is an exact count). */
export function rateDigits(f: Counted & { eligible?: number }): number {
  if (!f.eligible) return 1;
  return percentDigits(f.value / f.eligible, [f, { value: f.eligible, qualifier: 'exact' }]);
}

/**
 * vi-VN formatting: 264.642 · 20,5 % · 16/5/2025 · 20:00 (always Vietnam time, +07:00).
 * Every number on the site passes through here so that it reads the same everywhere.
 */
import type { Metric, Qualifier } from '../data/schema.ts';

const intFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const NBSP = '\u00a0';

/** 264642 -> "264.642". */
export function formatCount(n: number): string {
  return intFormat.format(n);
}

/** A signed count for changes: "+24.142", "−1.000" (a real minus sign), "0". */
export function formatChange(n: number): string {
  if (n === 0) return '0';
  return `${n > 0 ? '+' : '\u2212'}${formatCount(Math.abs(n))}`;
}

/** 0.20514 -> "20,5 %" (a no-break space before %, as Vietnamese typography has it). */
export function formatPercent(ratio: number, digits = 1): string {
  const f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f.format(ratio * 100)}${NBSP}%`;
}

/** A percentage printed by a source (already × 100): 14.8 -> "14,8 %". */
export function formatPrintedPercent(pct: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(pct)}${NBSP}%`;
}

function parts(asOf: string) {
  const [d, t] = asOf.split('T');
  const [y, m, day] = d!.split('-').map(Number);
  return { y: y!, m: m!, d: day!, time: t ? t.slice(0, 5) : undefined };
}

/** "2025-05-16" or "2025-05-16T08:00+07:00" -> "16/5/2025". as_of is already in Vietnam time. */
export function formatDate(asOf: string): string {
  const { y, m, d } = parts(asOf);
  return `${d}/${m}/${y}`;
}

/** "20:00 ngày 26/5/2025" for a moment, "ngày 16/5/2025" for a day. */
export function formatAsOf(asOf: string): string {
  const { time } = parts(asOf);
  return time ? `${time} ngày ${formatDate(asOf)}` : `ngày ${formatDate(asOf)}`;
}

/** Machine-readable value for <time datetime>. */
export function isoDateTime(asOf: string): string {
  return asOf;
}

export const UNIT: Record<Metric, string> = { people: 'người', opinions: 'ý kiến' };

/** The word a reader must see before an inexact number. */
export const QUALIFIER_WORD: Record<Qualifier, string> = { exact: '', approx: 'khoảng', at_least: 'hơn' };

/** "khoảng 745.000 người", "264.642 người", "hơn 4.300.000 ý kiến". */
export function formatFigure(f: { value: number; qualifier: Qualifier; metric: Metric }): string {
  const q = QUALIFIER_WORD[f.qualifier];
  return `${q ? `${q} ` : ''}${formatCount(f.value)} ${UNIT[f.metric]}`;
}

/** "khoảng 745.000" (no unit) for table cells whose header names the unit. */
export function formatQualifiedCount(f: { value: number; qualifier: Qualifier }): string {
  const q = QUALIFIER_WORD[f.qualifier];
  return `${q ? `${q} ` : ''}${formatCount(f.value)}`;
}

/** "thứ 1 cả nước" / "thứ 2 trong 12 huyện" — the caller labels reported ranks as the source's. */
export function formatRank(r: { position: number; of?: number; scope: string }, scopeName?: string): string {
  const where = r.scope === 'country' ? 'cả nước' : `trong ${scopeName ?? r.scope}`;
  return r.of ? `thứ ${r.position}/${r.of} ${where}` : `thứ ${r.position} ${where}`;
}

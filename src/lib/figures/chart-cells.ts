/** Table cells of a chart's rows: rank, rate and shares, each with its qualifier. */
import type { Rank } from '../data/aggregate.ts';
import { rateDigits } from '../data/arithmetic.ts';
import type { Qualifier } from '../data/schema.ts';
import type { Format } from '../text/format.ts';

interface CellWords {
  fmt: Format;
  /** "(theo nguồn)". */
  rankReported: string;
}

/** A rank as a table cell: "thứ 1/63 cả nước", "thứ 2 cả nước (theo nguồn)"; undefined for none. */
export function rankText(
  rank: Rank | undefined,
  scopeName: (code: string) => string | undefined,
  w: CellWords,
): string | undefined {
  if (!rank) return undefined;
  const text = w.fmt.rank(rank, rank.scope === 'country' ? undefined : scopeName(rank.scope));
  return rank.kind === 'reported' ? `${text} ${w.rankReported}` : text;
}

/** Table cell for a computed share: "khoảng 3,4 %"; empty when there was no total to divide by. */
export function shareText(r: { computedShare?: number; shareQualifier?: Qualifier; shareDigits?: number }, fmt: Format): string {
  return r.computedShare === undefined ? '' : fmt.qualified(fmt.percent(r.computedShare, r.shareDigits), r.shareQualifier ?? 'exact');
}

/** Table cell for the percentage a source printed: "14,8 %". */
export function printedShareText(r: { printedShare?: number }, fmt: Format): string {
  return r.printedShare === undefined ? '' : fmt.printedPercent(r.printedShare);
}

/**
 * Rate cell of a series row: "20,5 %", "khoảng 18,6 %" when the count is approximate, with no more
 * decimals than the count's significant digits allow (arithmetic.ts).
 */
export function rateText(r: { rate?: number; value: number; qualifier: Qualifier; eligible?: number }, fmt: Format): string {
  return r.rate === undefined ? '' : fmt.qualified(fmt.percent(r.rate, rateDigits(r)), r.qualifier === 'exact' ? 'exact' : 'approx');
}

/**
 * The share a chart may draw beside a group's bar: the computed one when count and total come
 * from one source and day; otherwise the one the source printed (marked as such), or none.
 */
export function drawnShare(
  r: { computedShare?: number; shareQualifier?: Qualifier; shareDigits?: number; shareBasis?: 'same-source' | 'other-source'; printedShare?: number },
  fmt: Format,
): { text: string; printed: boolean } | undefined {
  if (r.computedShare !== undefined && r.shareBasis === 'same-source') return { text: shareText(r, fmt), printed: false };
  if (r.printedShare !== undefined) return { text: printedShareText(r, fmt), printed: true };
  return undefined;
}

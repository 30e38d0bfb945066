/** Table cells of a chart's rows: rank, rate and shares, each with its qualifier. */
import type { Rank } from '../data/aggregate.ts';
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

/** Table cell for a computed share: "khoảng 2,2 %"; empty when there was no total to divide by. */
export function shareText(r: { computedShare?: number; shareQualifier?: Qualifier }, fmt: Format): string {
  return r.computedShare === undefined ? '' : fmt.qualified(fmt.percent(r.computedShare), r.shareQualifier ?? 'exact');
}

/** Table cell for the percentage a source printed: "14,8 %". */
export function printedShareText(r: { printedShare?: number }, fmt: Format): string {
  return r.printedShare === undefined ? '' : fmt.printedPercent(r.printedShare);
}

/** Rate cell of a series row: "20,5 %", "khoảng 18,6 %" when the count is approximate. */
export function rateText(r: { rate?: number; qualifier: Qualifier }, fmt: Format): string {
  return r.rate === undefined ? '' : fmt.qualified(fmt.percent(r.rate), r.qualifier === 'exact' ? 'exact' : 'approx');
}

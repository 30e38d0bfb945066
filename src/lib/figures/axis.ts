/**
 * Axis numbers for charts, shared by the browser's chart (src/client/chart-config.ts) and the
 * PNG drawn at build time (chart-svg.ts), so both write "17 triệu" the same way.
 */

/** How an axis writes numbers: the locale, and its words for 10^6 and 10^3 ("triệu", "nghìn"). */
export interface AxisNumbers {
  locale: string;
  million: string;
  thousand: string;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, digits: number): Intl.NumberFormat {
  const k = `${locale}|${digits}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return f;
}

/** Axis numbers a phone can fit: "17 triệu", "250 nghìn", "2.500". */
export function shortNumber(n: number, w: AxisNumbers): string {
  if (Math.abs(n) >= 1e6) return `${formatter(w.locale, 1).format(n / 1e6)} ${w.million}`;
  if (Math.abs(n) >= 1e4) return `${formatter(w.locale, 1).format(n / 1e3)} ${w.thousand}`;
  return formatter(w.locale, 0).format(n);
}

/** Round tick values from 0 to at least `max`: about `count` steps of 1, 2, 2.5 or 5 × 10^k. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

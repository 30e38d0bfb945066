/** What the browser needs to draw a chart (src/client/chart.ts): no more, it is inlined in the page. */
import type { Format } from '../text/format.ts';
import { drawnShare } from './chart-cells.ts';
import type { ChartSpec } from './chart-spec.ts';

export interface ChartPayload {
  kind: 'line' | 'bar';
  title: string;
  unit: string;
  /** Series: x = time in ms; bar: x = index into labels. */
  x: number[];
  y: number[];
  labels: string[];
  /** Per point: true when "khoảng"/"hơn" (drawn hollow or pale). */
  inexact: boolean[];
  /** Per point, the whole tooltip line: "khoảng 745.000 người (ngày 13/5/2025)". */
  tooltips: string[];
  /** How the axis writes numbers: the locale, and the words for 10^6 and 10^3 ("17 triệu"). */
  numbers: { locale: string; million: string; thousand: string };
  /** Short month names for the days on the time axis ("16 May"); without them a day is "16/5". */
  months?: readonly string[];
}

/** The words of the payload, from the locale. */
export interface PayloadWords {
  fmt: Format;
  /** "Số liệu mới nhất tính đến". */
  asOf: string;
  /** "Nguồn". */
  sources: string;
  /** "Điểm rỗng, cột nhạt: số xấp xỉ (khoảng, hơn)." */
  inexactShort: string;
  /** "triệu", "nghìn" on the axis. */
  million: string;
  thousand: string;
  /** Short month names for the time axis, where a locale writes days with them ("16 May"). */
  months?: readonly string[];
  /** After a share the source printed, where the chart cannot draw its own: "tỉ lệ nguồn in". */
  printedShare: string;
}

/** "Cán bộ công an: hơn 16.360 người (14,8 %, tỉ lệ nguồn in)": a bar's line in words. */
export function barLine(r: ChartSpec['rows'][number], unit: string, w: Pick<PayloadWords, 'fmt' | 'printedShare'>): string {
  const share = drawnShare(r, w.fmt);
  const note = share ? ` (${share.text}${share.printed ? `, ${w.printedShare}` : ''})` : '';
  return `${r.label}: ${r.display} ${unit}${note}`;
}

export function chartPayload(spec: ChartSpec, w: PayloadWords): ChartPayload {
  return {
    kind: spec.kind,
    title: spec.title,
    unit: spec.unit,
    x: spec.rows.map((r, i) => r.time ?? i),
    y: spec.rows.map((r) => r.value),
    labels: spec.rows.map((r) => r.short),
    inexact: spec.rows.map((r) => r.qualifier !== 'exact'),
    tooltips: spec.rows.map((r) =>
      w.fmt.typeset(
        spec.kind === 'line'
          ? `${r.display} ${spec.unit} (${r.label})`
          : barLine(r, spec.unit, w),
      ),
    ),
    numbers: { locale: w.fmt.words.locale, million: w.million, thousand: w.thousand },
    ...(w.months ? { months: w.months } : {}),
  };
}

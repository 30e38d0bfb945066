/** What the browser needs to draw a chart (src/client/chart.ts): no more, it is inlined in the page. */
import type { Format } from '../text/format.ts';
import { shareText } from './chart-cells.ts';
import { chartPaths } from './chart-paths.ts';
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
  /** The line under the chart in the PNG: as-of and sources. */
  footer: string;
  /** File name offered for the PNG. */
  png: string;
  /** How the axis writes numbers: the locale, and the words for 10^6 and 10^3 ("17 triệu"). */
  numbers: { locale: string; million: string; thousand: string };
  /** Short month names for the days on the time axis ("16 May"); without them a day is "16/5". */
  months?: readonly string[];
}

/** The words of the PNG's footer, from the locale. */
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
      spec.kind === 'line'
        ? `${r.display} ${spec.unit} (${r.label})`
        : `${r.label}: ${r.display} ${spec.unit}${r.computedShare !== undefined ? ` (${shareText(r, w.fmt)})` : ''}`,
    ),
    footer: [
      spec.illustrative,
      `${w.asOf} ${w.fmt.asOf(spec.asOf)}.`,
      `${w.sources}: ${spec.sources.map((s) => s.name).join('; ')}.`,
      spec.inexact ? w.inexactShort : undefined,
    ]
      .filter(Boolean)
      .join(' '),
    png: chartPaths(spec).png,
    numbers: { locale: w.fmt.words.locale, million: w.million, thousand: w.thousand },
    ...(w.months ? { months: w.months } : {}),
  };
}

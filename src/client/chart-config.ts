/**
 * The chart.js configuration of a chart, from the payload the page carries. chart.js is imported
 * tree-shaken: only the controllers, elements and scales used here (never the "auto" entry point,
 * which would pull the whole library). Colours are set explicitly (tree-shaken charts are grey).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Scale,
} from 'chart.js';
import type { ChartPayload } from '../lib/figures/chart-payload.ts';
import { shortNumber } from '../lib/figures/axis.ts';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.font.size = 14;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
Chart.defaults.font.family = FONT;
Chart.defaults.color = '#1b1b1b';

export { Chart };

const ACCENT = '#a50e0e';
const PALE = 'rgba(165, 14, 14, 0.35)';
const GRID = '#d8d8d8';
const TEXT = '#1b1b1b';
const DAY = 86_400_000;
const VN_OFFSET = 7 * 3_600_000;

/** "16/5", or "16 May" when the page's locale names its months, for a time in ms (Vietnam time). */
function dayLabel(ms: number, p: ChartPayload): string {
  const d = new Date(ms + VN_OFFSET);
  const month = p.months?.[d.getUTCMonth()];
  return month ? `${d.getUTCDate()} ${month}` : `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
}

export function config(p: ChartPayload): ChartConfiguration {
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    // Room for the last tick label ("20 nghìn") at the right edge.
    layout: { padding: { right: 18, left: 4 } },
    font: { family: FONT },
    plugins: {
      tooltip: {
        callbacks: {
          title: () => '',
          label: (ctx: { dataIndex: number }) => p.tooltips[ctx.dataIndex] ?? '',
        },
      },
    },
  };
  if (p.kind === 'line') {
    const pad = Math.max((p.x[p.x.length - 1]! - p.x[0]!) * 0.04, DAY / 2);
    return {
      type: 'line',
      data: {
        datasets: [
          {
            label: p.title,
            data: p.x.map((x, i) => ({ x, y: p.y[i]! })),
            borderColor: ACCENT,
            backgroundColor: ACCENT,
            borderWidth: 3,
            pointRadius: 6,
            pointHoverRadius: 8,
            pointBorderWidth: 3,
            pointBorderColor: ACCENT,
            // Hollow points: "khoảng" / "hơn" figures; the line into them is dashed.
            pointBackgroundColor: p.inexact.map((q) => (q ? '#fff' : ACCENT)),
            segment: { borderDash: (ctx) => (p.inexact[ctx.p1DataIndex] || p.inexact[ctx.p0DataIndex] ? [6, 5] : undefined) },
          },
        ],
      },
      options: {
        ...common,
        interaction: { mode: 'nearest', intersect: false, axis: 'x' },
        scales: {
          x: {
            type: 'linear',
            min: p.x[0]! - pad,
            max: p.x[p.x.length - 1]! + pad,
            grid: { color: GRID },
            // Ticks at midnight (Vietnam time), at most about six of them on a phone.
            afterBuildTicks: (scale: Scale) => {
              const first = Math.ceil((scale.min + VN_OFFSET) / DAY) * DAY - VN_OFFSET;
              const ticks: { value: number }[] = [];
              for (let v = first; v <= scale.max; v += DAY) ticks.push({ value: v });
              const step = Math.max(1, Math.ceil(ticks.length / (scale.width < 500 ? 5 : 9)));
              scale.ticks = ticks.filter((_t, i) => i % step === 0);
            },
            ticks: { color: TEXT, callback: (v) => dayLabel(Number(v), p), maxRotation: 0, autoSkip: false },
          },
          y: {
            beginAtZero: true,
            grid: { color: GRID },
            title: { display: true, text: p.unit, color: TEXT },
            ticks: { color: TEXT, callback: (v) => shortNumber(Number(v), p.numbers) },
          },
        },
      },
    };
  }
  return {
    type: 'bar',
    data: {
      labels: p.labels,
      datasets: [
        {
          label: p.title,
          data: p.y,
          backgroundColor: p.inexact.map((q) => (q ? PALE : ACCENT)),
          borderColor: ACCENT,
          borderWidth: 2,
        },
      ],
    },
    options: {
      ...common,
      indexAxis: 'y',
      scales: {
        x: {
          beginAtZero: true,
          grid: { color: GRID },
          title: { display: true, text: p.unit, color: TEXT },
          ticks: { color: TEXT, callback: (v) => shortNumber(Number(v), p.numbers), maxRotation: 0 },
        },
        y: { grid: { display: false }, ticks: { color: TEXT, autoSkip: false } },
      },
    },
  };
}


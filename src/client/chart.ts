/**
 * Draws every chart of a page from the JSON beside it, adds the "save as PNG" button, and on
 * embed pages folds the table away once the chart is drawn. Without JavaScript none of this runs
 * and the reader has the table, which holds the same numbers.
 *
 * chart.js is imported tree-shaken: only the controllers, elements and scales used here (never
 * the "auto" entry point, which would pull the whole library). Colours are set explicitly.
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
import type { ChartPayload } from '../lib/figures/chart-spec.ts';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.font.size = 14;
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
Chart.defaults.color = '#1b1b1b';

const ACCENT = '#a50e0e';
const PALE = 'rgba(165, 14, 14, 0.35)';
const GRID = '#d8d8d8';
const TEXT = '#1b1b1b';
const DAY = 86_400_000;
const VN_OFFSET = 7 * 3_600_000;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

const num1 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const num0 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Axis numbers a phone can fit: "17 triệu", "250 nghìn". */
function shortNumber(n: number): string {
  if (Math.abs(n) >= 1e6) return `${num1.format(n / 1e6)} triệu`;
  if (Math.abs(n) >= 1e4) return `${num1.format(n / 1e3)} nghìn`;
  return num0.format(n);
}

/** "16/5" for a time in ms (Vietnam time). */
function dayLabel(ms: number): string {
  const d = new Date(ms + VN_OFFSET);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
}

function config(p: ChartPayload): ChartConfiguration {
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
            ticks: { color: TEXT, callback: (v) => dayLabel(Number(v)), maxRotation: 0, autoSkip: false },
          },
          y: {
            beginAtZero: true,
            grid: { color: GRID },
            title: { display: true, text: p.unit, color: TEXT },
            ticks: { color: TEXT, callback: (v) => shortNumber(Number(v)) },
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
          ticks: { color: TEXT, callback: (v) => shortNumber(Number(v)), maxRotation: 0 },
        },
        y: { grid: { display: false }, ticks: { color: TEXT, autoSkip: false } },
      },
    },
  };
}

/** Wraps text into lines no wider than `width` on a 2D context. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart on a white background with its title above and as-of and sources below. */
function composePng(canvas: HTMLCanvasElement, p: ChartPayload): Promise<Blob | null> {
  // The canvas is in device pixels: scale the text with it so it matches the chart's.
  const k = Math.max(1, canvas.width / Math.max(1, canvas.clientWidth));
  const pad = 24 * k;
  const width = Math.max(canvas.width, 640 * k);
  const [titleSize, footSize] = [20 * k, 15 * k];
  const scratch = document.createElement('canvas').getContext('2d')!;
  scratch.font = `bold ${titleSize}px ${FONT}`;
  const titleLines = wrap(scratch, p.title, width - 2 * pad);
  scratch.font = `${footSize}px ${FONT}`;
  const footLines = wrap(scratch, p.footer, width - 2 * pad);
  const gap = 12 * k;
  const height = pad + titleLines.length * titleSize * 1.35 + gap + canvas.height + gap + footLines.length * footSize * 1.4 + pad;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = TEXT;
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.font = `bold ${titleSize}px ${FONT}`;
  for (const l of titleLines) {
    ctx.fillText(l, pad, y);
    y += titleSize * 1.35;
  }
  y += gap;
  ctx.drawImage(canvas, (width - canvas.width) / 2, y);
  y += canvas.height + gap;
  ctx.font = `${footSize}px ${FONT}`;
  for (const l of footLines) {
    ctx.fillText(l, pad, y);
    y += footSize * 1.4;
  }
  return new Promise((res) => out.toBlob(res, 'image/png'));
}

function pngButton(figure: HTMLElement, canvas: HTMLCanvasElement, p: ChartPayload) {
  const list = figure.querySelector('[data-chart-files]');
  if (!list) return;
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn--secondary chart__png';
  button.textContent = figure.dataset.pngLabel ?? 'PNG';
  button.addEventListener('click', async () => {
    const blob = await composePng(canvas, p);
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = p.png;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  li.append(button);
  list.prepend(li);
}

function draw(figure: HTMLElement) {
  const json = figure.querySelector('script[data-chart-data]')?.textContent;
  const holder = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  if (!json || !holder) return;
  const p = JSON.parse(json) as ChartPayload;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', figure.dataset.canvasLabel ?? p.title);
  holder.append(canvas);
  holder.classList.add('chart__canvas--drawn');
  if (p.kind === 'bar') holder.style.height = `${Math.max(200, p.labels.length * 44 + 70)}px`;
  new Chart(canvas, config(p));
  figure.dataset.chartDrawn = '';
  pngButton(figure, canvas, p);
  // Embed pages: the table sits behind a toggle once the chart is there.
  figure.querySelector<HTMLDetailsElement>('details[data-fold-when-drawn]')?.removeAttribute('open');
}

/** A "copy" button under each embed snippet (selecting the text is the fallback). */
function copyButton(pre: HTMLElement) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn--secondary chart__copy';
  button.textContent = pre.dataset.copyLabel ?? 'Copy';
  button.addEventListener('click', async () => {
    const text = pre.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    button.textContent = pre.dataset.copiedLabel ?? 'OK';
  });
  pre.after(button);
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) draw(figure);
for (const pre of document.querySelectorAll<HTMLElement>('pre[data-copy-label]')) copyButton(pre);

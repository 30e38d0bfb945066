/**
 * A chart as a 1200×630 SVG, the PNG a reader saves and the page's og:image (png.ts makes the
 * PNG). Everything needed to quote it is drawn in: title, unit, as-of, qualifiers (hollow points
 * or pale bars, "khoảng" in the labels, and a legend), sources, and the site's name and address
 * (the licence asks for attribution). A chart with one figure is drawn as that figure, large.
 * Pure: no DOM, no fonts measured (widths are estimated); the words come from the locale.
 * Cheap to draw, since a national build draws ~10,000 of them: text is what costs (librsvg, about
 * 30 µs a glyph), so the image says what it must in few words, and text-rendering="optimizeSpeed"
 * (hinted, unsmoothed glyphs: still sharp at 1200 px) takes a third off each image.
 */
import { escapeXml } from '../text/escape.ts';
import { NBSP, type Format } from '../text/format.ts';
import { niceTicks, shortNumber, type AxisNumbers } from './axis.ts';
import { rateText } from './chart-cells.ts';
import { barLine, type PayloadWords } from './chart-payload.ts';
import type { ChartRow, ChartSpec } from './chart-spec.ts';
import { wrapText } from './share-image.ts';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

const FONT = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const ACCENT = '#a50e0e';
const PALE = '#e9b7b7';
const TEXT = '#1b1b1b';
const MUTED = '#444444';
const GRID = '#d8d8d8';
const PAD = 48;
/** Average glyph width of DejaVu Sans, in em: enough to place labels without measuring. */
const EM = 0.56;

/** The words drawn in, from the locale. */
export interface ChartImageWords extends Pick<PayloadWords, 'fmt' | 'asOf' | 'sources' | 'printedShare'> {
  /** "Đơn vị: người." */
  unitNote(unit: string): string;
  /** Legends for approximate figures, by kind of chart. */
  inexactLine: string;
  inexactBar: string;
  numbers: AxisNumbers;
}

export interface ChartImageInput {
  spec: ChartSpec;
  /** The site's name (content/campaign.yaml), drawn at the foot. */
  siteName: string;
  /** The chart's page, as shown at the foot: "gopy.example.vn/so-lieu/toan-quoc/"; none without SITE_URL. */
  address?: string;
}

interface Text {
  x: number;
  y: number;
  text: string;
  size: number;
  weight?: 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

function text(t: Text): string {
  const anchor = t.anchor && t.anchor !== 'start' ? ` text-anchor="${t.anchor}"` : '';
  const weight = t.weight ? ` font-weight="${t.weight}"` : '';
  return `<text x="${round(t.x)}" y="${round(t.y)}" font-size="${t.size}"${weight} fill="${t.fill ?? TEXT}"${anchor}>${escapeXml(t.text)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;
const width = (s: string, size: number) => s.length * size * EM;

/** A source as drawn: its publisher, before the title in quotes ('Lao Động: "…"' → "Lao Động"). */
export function sourceShort(name: string): string {
  const cut = name.search(/:\s*["“]/);
  return (cut > 0 ? name.slice(0, cut) : name).trim();
}

function lineChart(rows: ChartRow[], box: Box, w: ChartImageWords): string[] {
  const out: string[] = [];
  const times = rows.map((r, i) => r.time ?? i);
  const pad = Math.max((times[times.length - 1]! - times[0]!) * 0.05, 43_200_000);
  const [x0, x1] = [times[0]! - pad, times[times.length - 1]! + pad];
  const ticks = niceTicks(Math.max(...rows.map((r) => r.value)));
  const top = ticks[ticks.length - 1]!;
  const labels = ticks.map((v) => shortNumber(v, w.numbers));
  const left = box.left + Math.max(...labels.map((l) => width(l, 18))) + 14;
  const right = box.right - 24;
  const X = (t: number) => left + ((t - x0) / (x1 - x0)) * (right - left);
  const Y = (v: number) => box.bottom - (v / top) * (box.bottom - box.top);
  ticks.forEach((v, i) => {
    out.push(`<line x1="${left}" x2="${right}" y1="${round(Y(v))}" y2="${round(Y(v))}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(text({ x: left - 10, y: Y(v) + 6, text: labels[i]!, size: 18, fill: MUTED, anchor: 'end' }));
  });
  // Dates under the points: all of them when few, else evenly spread, never overlapping.
  let lastEnd = -Infinity;
  rows.forEach((r, i) => {
    const x = X(times[i]!);
    const half = width(r.short, 18) / 2;
    if (x - half < lastEnd + 12 && i !== rows.length - 1) return;
    out.push(text({ x, y: box.bottom + 28, text: r.short, size: 18, fill: MUTED, anchor: 'middle' }));
    lastEnd = x + half;
  });
  for (let i = 1; i < rows.length; i++) {
    const dashed = rows[i]!.qualifier !== 'exact' || rows[i - 1]!.qualifier !== 'exact';
    out.push(
      `<line x1="${round(X(times[i - 1]!))}" y1="${round(Y(rows[i - 1]!.value))}" x2="${round(X(times[i]!))}" y2="${round(Y(rows[i]!.value))}" stroke="${ACCENT}" stroke-width="4"${dashed ? ' stroke-dasharray="10 8"' : ''}/>`,
    );
  }
  rows.forEach((r, i) => {
    const fill = r.qualifier === 'exact' ? ACCENT : '#ffffff';
    out.push(`<circle cx="${round(X(times[i]!))}" cy="${round(Y(r.value))}" r="8" fill="${fill}" stroke="${ACCENT}" stroke-width="4"/>`);
  });
  // Values above the points, from the newest back, each only where it has room (the newest always).
  let leftmost = Infinity;
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    const x = X(times[i]!);
    const w20 = width(r.display, 20) * 1.1;
    const last = i === rows.length - 1;
    const start = last ? Math.min(x + 10, right) - w20 : Math.max(left, x - w20 / 2);
    const end = start + w20;
    if (!last && end > leftmost - 16) continue;
    out.push(text({ x: start, y: Y(r.value) - 18, text: r.display, size: 20, weight: 700 }));
    leftmost = start;
  }
  return out;
}

function barChart(rows: ChartRow[], unit: string, box: Box, w: ChartImageWords): string[] {
  const out: string[] = [];
  const labelWidth = Math.min(360, Math.max(...rows.map((r) => width(r.label, 20))) + 16);
  const lines = rows.map((r) => barLine(r, unit, w).slice(r.label.length + 2));
  const valueWidth = Math.min(380, Math.max(...lines.map((l) => width(l, 18))) + 16);
  const left = box.left + labelWidth;
  const right = box.right - valueWidth;
  const ticks = niceTicks(Math.max(...rows.map((r) => r.value)), 4);
  const top = ticks[ticks.length - 1]!;
  const X = (v: number) => left + (v / top) * (right - left);
  const band = (box.bottom - box.top) / rows.length;
  const bar = Math.min(44, band * 0.7);
  ticks.forEach((v) => {
    out.push(`<line x1="${round(X(v))}" x2="${round(X(v))}" y1="${box.top}" y2="${box.bottom}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(text({ x: X(v), y: box.bottom + 26, text: shortNumber(v, w.numbers), size: 17, fill: MUTED, anchor: 'middle' }));
  });
  rows.forEach((r, i) => {
    const y = box.top + band * i + (band - bar) / 2;
    const fill = r.qualifier === 'exact' ? ACCENT : PALE;
    out.push(`<rect x="${left}" y="${round(y)}" width="${round(Math.max(2, X(r.value) - left))}" height="${round(bar)}" fill="${fill}" stroke="${ACCENT}" stroke-width="2"/>`);
    out.push(text({ x: left - 12, y: y + bar / 2 + 7, text: r.label, size: 20, anchor: 'end' }));
    out.push(text({ x: X(r.value) + 10, y: y + bar / 2 + 7, text: lines[i]!, size: 18, weight: 700 }));
  });
  return out;
}

/** One figure, large: the value with its qualifier and unit, when, and the rate if any. */
function oneFigure(spec: ChartSpec, box: Box, fmt: Format): string[] {
  const r = spec.rows[0]!;
  const value = `${r.display}${NBSP}${spec.unit}`;
  const rate = rateText(r, fmt);
  const mid = (box.top + box.bottom) / 2;
  return [
    text({ x: PAD, y: mid, text: value, size: value.length > 24 ? 64 : 80, weight: 700, fill: ACCENT }),
    text({ x: PAD, y: mid + 52, text: [r.label, rate].filter(Boolean).join(' · '), size: 28, fill: MUTED }),
  ];
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The SVG of a chart's image: 1200×630, every string escaped. */
export function chartSvg(input: ChartImageInput, w: ChartImageWords): string {
  const { spec } = input;
  const fmt = w.fmt;
  const inner = IMAGE_WIDTH - 2 * PAD;
  const parts: string[] = [`<rect width="100%" height="100%" fill="#ffffff"/>`, `<rect width="100%" height="8" fill="${ACCENT}"/>`];
  let y = 24;
  for (const l of wrapText(spec.title, 30, inner, 2)) parts.push(text({ x: PAD, y: (y += 38), text: l, size: 30, weight: 700 }));
  parts.push(text({ x: PAD, y: (y += 32), text: `${w.unitNote(spec.unit)} ${w.asOf} ${fmt.asOf(spec.asOf)}.`, size: 20, fill: MUTED }));
  if (spec.illustrative) {
    parts.push(`<rect x="${PAD - 8}" y="${y + 10}" width="${inner + 16}" height="36" fill="#fff3cd"/>`);
    parts.push(text({ x: PAD, y: (y += 36), text: spec.illustrative, size: 20, weight: 700, fill: '#4d3800' }));
  }
  // The foot, from the bottom up: address, legend, sources.
  const foot: Text[] = [];
  let fy = IMAGE_HEIGHT - 22;
  foot.push({ x: PAD, y: fy, text: input.address ? `${input.siteName} · ${input.address}` : input.siteName, size: 20, weight: 700, fill: ACCENT });
  if (spec.inexact && spec.drawable) foot.push({ x: PAD, y: (fy -= 28), text: spec.kind === 'bar' ? w.inexactBar : w.inexactLine, size: 18, fill: MUTED });
  const sources = wrapText(`${w.sources}: ${spec.sources.map((s) => sourceShort(s.name)).join('; ')}.`, 18, inner, 2);
  for (const l of sources.reverse()) foot.push({ x: PAD, y: (fy -= 26), text: l, size: 18, fill: MUTED });
  parts.push(`<line x1="${PAD}" x2="${IMAGE_WIDTH - PAD}" y1="${fy - 28}" y2="${fy - 28}" stroke="${GRID}" stroke-width="1"/>`);
  parts.push(...foot.map(text));
  const box: Box = { left: PAD, right: IMAGE_WIDTH - PAD, top: y + 40, bottom: fy - 70 };
  if (!spec.drawable) parts.push(...oneFigure(spec, box, fmt));
  else if (spec.kind === 'line') parts.push(...lineChart(spec.rows, box, w));
  else parts.push(...barChart(spec.rows, spec.unit, box, w));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" font-family="${escapeXml(FONT)}" text-rendering="optimizeSpeed">${parts.join('')}</svg>`;
}

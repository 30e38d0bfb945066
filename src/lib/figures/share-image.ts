/**
 * The share image (Open Graph, 1200×630) of the headline figure: value with qualifier and unit,
 * rate, as-of and source, written as SVG here and turned into PNG at build time by sharp.
 * Fonts: the SVG asks for DejaVu Sans / Noto Sans / Liberation Sans, which have the Vietnamese
 * glyphs; the build machine must have one of them (Debian: fonts-dejavu-core).
 */
import type { Latest } from '../data/aggregate.ts';
import { escapeXml } from '../text/escape.ts';
import type { Format } from '../text/format.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const FONT = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
/** The red of the band and the bar (and of the headline figure). */
export const SHARE_ACCENT = '#a50e0e';

/** Greedy word wrap by an average glyph width (0.56 em suits DejaVu Sans); at most `max` lines. */
export function wrapText(text: string, fontSize: number, width: number, max = 3): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  // A no-break space holds a number to its unit: only other spaces end a word.
  for (const word of text.split(/[^\S\u00a0]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = `${kept[max - 1]!.replace(/\s*\S*$/, '')} …`;
    return kept;
  }
  return lines;
}

/** A line of text on a share image: type size in px, weight, colour, and space above it in px. */
export interface ShareLine {
  text: string;
  size: number;
  weight?: number;
  fill?: string;
  gap?: number;
}

/**
 * Lines set one under another at `x`: each baseline 1.25 × its size below the one before (plus
 * its gap), the first below `top`. The <text> elements (every text escaped) and the last baseline.
 */
export function setLines(lines: readonly ShareLine[], x: number, top: number): { texts: string[]; bottom: number } {
  let y = top;
  const texts = lines.map((l) => {
    y += (l.gap ?? 0) + l.size * 1.25;
    return `<text x="${x}" y="${Math.round(y)}" font-size="${l.size}" font-weight="${l.weight ?? 400}" fill="${l.fill ?? '#1b1b1b'}">${escapeXml(l.text)}</text>`;
  });
  return { texts, bottom: y };
}

/**
 * What every share image opens with: the white card, the red band with the site's name, and the
 * red bar beside the text at `x`, `barHeight` px tall. The caller adds its texts and `</svg>`.
 */
export function shareFrame(siteName: string, x: number, barHeight: number): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="100%" height="96" fill="${SHARE_ACCENT}"/>`,
    `<text x="${x}" y="62" font-size="36" font-weight="700" fill="#ffffff">${escapeXml(siteName)}</text>`,
    `<rect x="${x - 24}" y="140" width="10" height="${barHeight}" fill="${SHARE_ACCENT}"/>`,
  ];
}

export interface ShareImageInput {
  siteName: string;
  /** "Tỉnh Hải Dương". */
  areaLabel: string;
  /** "Số người đã gửi góp ý qua VNeID". */
  label: string;
  latest: Latest;
  /** Set for illustrative data: printed across the image. */
  illustrative?: string;
}

/** The sentences of the share image, from the locale. */
export interface ShareImageWords {
  fmt: Format;
  /** "Tỉ lệ 20,5 % trong số 1.290.087 người có tài khoản định danh điện tử mức 2". */
  rate(rate: string, eligible: string): string;
  /** "Tính đến ngày 16/5/2025. Nguồn: Kiến Thức". */
  asOfSource(asOf: string, source: string): string;
}

/** The SVG text of the share image. Every string is escaped. */
export function shareImageSvg(input: ShareImageInput, w: ShareImageWords): string {
  const f = input.latest.figure;
  const value = w.fmt.figure(f);
  const x = 64;
  const width = SHARE_WIDTH - 2 * x;
  const lines: ShareLine[] = [];
  for (const l of wrapText(`${input.areaLabel} — ${input.label}`, 40, width, 2)) lines.push({ text: l, size: 40, weight: 700 });
  lines.push({ text: value, size: value.length > 22 ? 76 : 96, weight: 700, fill: SHARE_ACCENT, gap: 24 });
  if (input.latest.rate !== undefined && f.eligible) {
    wrapText(w.rate(w.fmt.percent(input.latest.rate), w.fmt.count(f.eligible)), 32, width, 2).forEach(
      (l, i) => lines.push({ text: l, size: 32, gap: i === 0 ? 28 : 0 }),
    );
  }
  wrapText(w.asOfSource(w.fmt.asOf(f.as_of), f.source), 30, width, 2).forEach((l, i) =>
    lines.push({ text: l, size: 30, fill: '#333', gap: i === 0 ? (lines.length === 0 || input.latest.rate === undefined ? 28 : 12) : 0 }),
  );
  const { texts, bottom } = setLines(lines, x, 140);
  const banner = input.illustrative
    ? `<rect x="0" y="${SHARE_HEIGHT - 70}" width="${SHARE_WIDTH}" height="70" fill="#fff3cd"/><text x="${x}" y="${SHARE_HEIGHT - 24}" font-size="30" font-weight="700" fill="#4d3800">${escapeXml(input.illustrative)}</text>`
    : '';
  return [...shareFrame(input.siteName, x, Math.round(bottom - 120)), ...texts, banner, `</svg>`].join('');
}

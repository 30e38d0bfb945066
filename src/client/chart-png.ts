/** "Save as PNG": the drawn chart on white, with its title above and as-of and sources below. */
import type { ChartPayload } from '../lib/figures/chart-payload.ts';
import { FONT, TEXT } from './chart-config.ts';

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

export function pngButton(figure: HTMLElement, canvas: HTMLCanvasElement, p: ChartPayload) {
  const list = figure.querySelector('[data-chart-files]');
  const label = figure.dataset.pngLabel;
  if (!list || !label) return;
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn--secondary chart__png';
  button.textContent = label;
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


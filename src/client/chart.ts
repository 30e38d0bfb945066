/**
 * Draws every chart of a page from the JSON beside it, adds the "save as PNG" button, and on
 * embed pages folds the table away once the chart is drawn. Without JavaScript none of this runs
 * and the reader has the table, which holds the same numbers. Every label comes from the page
 * (data attributes written by the server): no text of its own.
 */
import type { ChartPayload } from '../lib/figures/chart-payload.ts';
import { Chart, config } from './chart-config.ts';
import { pngButton } from './chart-png.ts';

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
  const { copyLabel, copiedLabel } = pre.dataset;
  if (!copyLabel || !copiedLabel) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn--secondary chart__copy';
  button.textContent = copyLabel;
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
    button.textContent = copiedLabel;
  });
  pre.after(button);
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) draw(figure);
for (const pre of document.querySelectorAll<HTMLElement>('pre[data-copy-label]')) copyButton(pre);

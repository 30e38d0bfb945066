/**
 * The charts of a page: tabs for each chart's parts, copy buttons, and the canvas drawn only when
 * the chart part comes near the screen (IntersectionObserver), with chart.js loaded at that moment
 * (a chunk of its own): a page with charts below the fold does no chart work at load, which keeps
 * a cheap phone's main thread free. Without JavaScript none of this runs: the parts are in order,
 * the chart part shows the chart's PNG, the table holds the same numbers. Every label comes from
 * the page (data attributes written by the server): no text of its own.
 */
import type { ChartPayload } from '../lib/figures/chart-payload.ts';
import { startTabs } from './tabs.ts';
import { fillToday, startCopyButtons } from './copy.ts';

async function draw(figure: HTMLElement): Promise<void> {
  const json = figure.querySelector('script[data-chart-data]')?.textContent;
  const holder = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  if (!json || !holder || figure.dataset.chartDrawn !== undefined) return;
  figure.dataset.chartDrawn = 'pending';
  const p = JSON.parse(json) as ChartPayload;
  const { Chart, config } = await import('./chart-config.ts');
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', figure.dataset.canvasLabel ?? p.title);
  holder.replaceChildren(canvas);
  holder.classList.add('chart__canvas--drawn');
  if (p.kind === 'bar') holder.style.height = `${Math.max(200, p.labels.length * 44 + 70)}px`;
  new Chart(canvas, config(p));
  figure.dataset.chartDrawn = '';
}

const near = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      near.unobserve(e.target);
      const figure = e.target.closest<HTMLElement>('[data-chart]');
      if (figure) void draw(figure);
    }
  },
  { rootMargin: '300px 0px' },
);

for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
  // A hidden panel has no box and never intersects: it is watched again each time it shows.
  startTabs(figure, (panel) => {
    const holder = panel.querySelector('[data-chart-canvas]');
    if (holder && figure.dataset.chartDrawn === undefined) near.observe(holder);
  });
  const holder = figure.querySelector('[data-chart-canvas]');
  if (holder && !figure.classList.contains('chart--tabs')) near.observe(holder);
}
startCopyButtons();
fillToday();

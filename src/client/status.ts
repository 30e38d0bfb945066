/**
 * Brings the campaign's status up to date in the reader's browser: a page built yesterday says
 * "còn 4 ngày" today only if that is still true. The page carries the schedule (ISO instants) and
 * the sentences (templates with {n} and {today}) in data attributes of each
 * [data-campaign-status] element (src/components/CampaignStatus.astro); this file has no words of
 * its own. Without JavaScript the built text stands, with the date it was worked out on.
 */
import { campaignStatus, statusMessage, type Schedule, type StatusWords } from '../lib/campaign/status.ts';

/** Checked again every minute: a page left open over midnight moves on to the next day. */
const EVERY_MS = 60_000;

function schedule(el: HTMLElement): Schedule | undefined {
  const opensAt = Date.parse(el.dataset.opensAt ?? '');
  const closesAt = Date.parse(el.dataset.closesAt ?? '');
  if (Number.isNaN(opensAt) || Number.isNaN(closesAt)) return undefined;
  const consultation = el.dataset.consultationClosesAt ? Date.parse(el.dataset.consultationClosesAt) : undefined;
  return { opensAt, closesAt, consultationClosesAt: consultation };
}

function refresh(el: HTMLElement) {
  const s = schedule(el);
  const words = JSON.parse(el.dataset.words ?? 'null') as StatusWords | null;
  const text = el.querySelector('[data-status-text]');
  const checked = el.querySelector('[data-status-checked]');
  if (!s || !words || !text || !checked) return;
  const status = campaignStatus(s, Date.now());
  const msg = statusMessage(status, words);
  if (text.textContent !== msg.text) text.textContent = msg.text;
  if (checked.textContent !== msg.checked) checked.textContent = msg.checked;
  if (el.dataset.phase !== status.phase) {
    el.classList.remove(`campaign-status--${el.dataset.phase}`);
    el.classList.add(`campaign-status--${status.phase}`);
    el.dataset.phase = status.phase;
  }
}

function refreshAll() {
  document.querySelectorAll<HTMLElement>('[data-campaign-status]').forEach(refresh);
}

refreshAll();
setInterval(refreshAll, EVERY_MS);

/**
 * The campaign's status line as markup (src/components/CampaignStatus.astro): on every broadcast
 * and help page (43,000 nationally), where Astro's cost per expression made it a part worth writing
 * as a string (README, Performance). Same escaping as Astro's (src/lib/text/html.ts). With `live`,
 * the data attributes src/client/status.ts reads to bring the line up to date in the browser.
 */
import { attr, html, type Html } from '../text/html.ts';
import type { Campaign } from './schema.ts';
import { campaignStatus, scheduleOf, statusMessage, type StatusWords } from './status.ts';

export interface StatusLine {
  /** before, open, last-day, ended: the class and data-phase. */
  phase: string;
  label: string;
  text: string;
  checked: string;
  live?: {
    opensAt?: string;
    closesAt?: string;
    consultationClosesAt?: string;
    /** The sentences of each phase, as JSON. */
    words: string;
  };
}

export function statusLineHtml(s: StatusLine): Html {
  const l = s.live;
  // Kept out of the search index: the same line on many pages, and true only on the day it was built.
  return html`<div${attr('class', `campaign-status campaign-status--${s.phase}`)}${attr('data-phase', s.phase)} data-pagefind-ignore="all" data-listen-skip\
${l && html` data-campaign-status${attr('data-opens-at', l.opensAt)}${attr('data-closes-at', l.closesAt)}${attr('data-consultation-closes-at', l.consultationClosesAt)}${attr('data-words', l.words)}`}>\
<p class="campaign-status__label">${s.label}</p>\
<p class="campaign-status__text" data-status-text>${s.text}</p>\
<p class="campaign-status__checked" data-status-checked>${s.checked}</p></div>`;
}

/**
 * The status line of a campaign on the day `now` (ms): its phase and sentence worked out from the
 * schedule, with the live attributes when the page brings it up to date in the browser.
 * CampaignStatus.astro's, and the worker-written pages' (src/files/broadcast-pages.ts).
 */
export function campaignStatusHtml(
  campaign: Pick<Campaign, 'channel' | 'consultation_closes'>,
  now: number,
  o: { words: StatusWords; label: string; live: boolean },
): Html {
  const schedule = scheduleOf(campaign);
  const status = campaignStatus(schedule, now);
  const msg = statusMessage(status, o.words);
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
  return statusLineHtml({
    phase: status.phase,
    label: o.label,
    text: msg.text,
    checked: msg.checked,
    live: o.live
      ? { opensAt: iso(schedule.opensAt), closesAt: iso(schedule.closesAt), consultationClosesAt: iso(schedule.consultationClosesAt), words: JSON.stringify(o.words) }
      : undefined,
  });
}

/**
 * The campaign's status at an instant: not yet open, open with N days left, the last day, or ended.
 * Pure: the build calls it with buildNow() (src/lib/site/clock.ts), and the browser (src/client/
 * status.ts) calls it again with its own clock, from the schedule the page carries, so a page built
 * yesterday does not lie today. Days are calendar days in Vietnam time.
 */
import { fillTemplate } from '../text/template.ts';
import { wallClockAt } from '../text/vn-time.ts';
import type { Campaign } from './schema.ts';

export const PHASES = ['before', 'open', 'last-day', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** The instants that decide the status (ms since the epoch). */
export interface Schedule {
  /** The first instant the channel is open. */
  opensAt: number;
  /** The first instant it is closed (the end of 29/5/2025 is 30/5/2025 00:00 +07:00). */
  closesAt: number;
  /** The first instant the consultation as a whole is over, when it outlasts the channel. */
  consultationClosesAt?: number;
}

export interface Status {
  phase: Phase;
  /** Open: days left to send feedback, today included (2 on the day before the last). */
  daysLeft?: number;
  /** Before: whole days from today to the opening day (0 when it opens later today). */
  daysToOpen?: number;
  /** Ended: the consultation, by other means, is still going on. */
  consultationOpen: boolean;
  /** Today in Vietnam: "2025-05-26". */
  today: string;
}

export function scheduleOf(c: Pick<Campaign, 'channel' | 'consultation_closes'>): Schedule {
  return {
    opensAt: c.channel.opens.at,
    closesAt: c.channel.closes.at,
    consultationClosesAt: c.consultation_closes?.at,
  };
}

/** The Vietnam calendar day of an instant: "2025-05-29". */
export function vnDay(ms: number): string {
  const w = wallClockAt(ms);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Whole days from one calendar day to another ("2025-05-26" → "2025-05-29" = 3). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);
}

export function campaignStatus(s: Schedule, now: number): Status {
  const today = vnDay(now);
  if (now < s.opensAt) return { phase: 'before', daysToOpen: daysBetween(today, vnDay(s.opensAt)), consultationOpen: false, today };
  if (now >= s.closesAt) {
    const consultationOpen = s.consultationClosesAt !== undefined && now < s.consultationClosesAt;
    return { phase: 'ended', consultationOpen, today };
  }
  const lastDay = vnDay(s.closesAt - 1);
  if (today === lastDay) return { phase: 'last-day', consultationOpen: true, today };
  return { phase: 'open', daysLeft: daysBetween(today, lastDay) + 1, consultationOpen: true, today };
}

/**
 * The sentences of each phase, dates already in (src/i18n builds them): slots {n} (days left) and
 * {today}. The browser gets the same templates from the page's data attributes.
 */
export interface StatusWords {
  phase: Record<Phase, string>;
  /** Added when the channel has closed but the consultation goes on. */
  consultation: string;
  /** "Tính đến {today}": the date the status was worked out (the build's, or the reader's). */
  checked: string;
  /** How a day is written: "{d}/{m}/{y}". */
  date: string;
}

/** The status line: its sentence (with the consultation's when it applies) and its dated note. */
export function statusMessage(status: Status, words: StatusWords): { text: string; checked: string } {
  const [y, m, d] = status.today.split('-').map(Number);
  const today = fillTemplate(words.date, { d, m, y });
  let text = fillTemplate(words.phase[status.phase], { n: status.daysLeft ?? status.daysToOpen, today });
  if (status.phase === 'ended' && status.consultationOpen) text += ` ${words.consultation}`;
  return { text, checked: fillTemplate(words.checked, { today }) };
}

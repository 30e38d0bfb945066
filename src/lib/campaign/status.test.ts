import { describe, expect, it } from 'vitest';
import { campaignStatus, daysBetween, scheduleOf, statusMessage, type Phase, type StatusWords } from './status.ts';
import { campaignSchema } from './schema.ts';

const at = (iso: string) => Date.parse(iso);

/** A campaign opening on 6/5/2025, read through the schema as the build reads it. */
function schedule(closes: string, consultation?: string) {
  return scheduleOf(
    campaignSchema.parse({
      name: 'N',
      short_name: 'S',
      topic: 't',
      channel: { name: 'X', service: 'x', who: 'x', opens: '2025-05-06', closes, source: { title: 't', publisher: 'p', date: '2025-05' } },
      consultation_closes: consultation,
      province: '30',
      main_guide: 'g',
      help: { text: 'h', source: { title: 't', publisher: 'p', date: '2025' } },
    }),
  );
}

describe('campaignStatus: the default schedule (opens 6/5, closes at the end of 29/5, consultation to the end of 5/6)', () => {
  const s = schedule('2025-05-29', '2025-06-05');
  it.each<[string, Phase, { daysLeft?: number; daysToOpen?: number; consultationOpen?: boolean; today?: string }]>([
    ['2025-05-01T12:00+07:00', 'before', { daysToOpen: 5 }],
    ['2025-05-05T23:59:59+07:00', 'before', { daysToOpen: 1, today: '2025-05-05' }],
    // Vietnam midnight is 17:00 UTC the day before.
    ['2025-05-05T16:59:59Z', 'before', { daysToOpen: 1 }],
    ['2025-05-05T17:00:00Z', 'open', { daysLeft: 24, today: '2025-05-06' }],
    ['2025-05-06T00:00:00+07:00', 'open', { daysLeft: 24 }],
    ['2025-05-26T20:00+07:00', 'open', { daysLeft: 4 }],
    ['2025-05-28T23:59:59+07:00', 'open', { daysLeft: 2, today: '2025-05-28' }],
    ['2025-05-29T00:00:00+07:00', 'last-day', { today: '2025-05-29' }],
    ['2025-05-29T12:00:00+07:00', 'last-day', {}],
    ['2025-05-29T23:59:59+07:00', 'last-day', {}],
    ['2025-05-29T16:59:59.999Z', 'last-day', {}],
    ['2025-05-29T17:00:00Z', 'ended', { consultationOpen: true, today: '2025-05-30' }],
    ['2025-05-30T00:00:00+07:00', 'ended', { consultationOpen: true }],
    ['2025-06-05T23:59:59+07:00', 'ended', { consultationOpen: true }],
    ['2025-06-06T00:00:00+07:00', 'ended', { consultationOpen: false }],
    ['2026-11-27T09:00:00+07:00', 'ended', { consultationOpen: false, today: '2026-11-27' }],
  ])('at %s: %s', (now, phase, more) => {
    const status = campaignStatus(s, at(now));
    expect(status.phase).toBe(phase);
    expect(status).toMatchObject(more);
    if (phase !== 'open') expect(status.daysLeft).toBeUndefined();
  });
});

describe('campaignStatus: closings written with a time', () => {
  it.each<[string, string, Phase]>([
    // A closing at 23:59 or 23:59:59 is the end of that day.
    ['2025-05-29T23:59:59+07:00', '2025-05-29T23:59:30+07:00', 'last-day'],
    ['2025-05-29T23:59', '2025-05-29T23:59:59+07:00', 'last-day'],
    ['2025-05-29T23:59', '2025-05-30T00:00:00+07:00', 'ended'],
    // Any other time is the moment it closes.
    ['2025-05-29T17:00', '2025-05-29T16:59:59+07:00', 'last-day'],
    ['2025-05-29T17:00', '2025-05-29T17:00:00+07:00', 'ended'],
    ['2025-05-29T10:00:00Z', '2025-05-29T16:59:00+07:00', 'last-day'],
    ['2025-05-29T10:00:00Z', '2025-05-29T17:00:00+07:00', 'ended'],
  ])('closes %s, at %s: %s', (closes, now, phase) => {
    expect(campaignStatus(schedule(closes), at(now)).phase).toBe(phase);
  });

  it('without a consultation date, the consultation ends with the channel', () => {
    expect(campaignStatus(schedule('2025-05-29'), at('2025-05-30T08:00+07:00')).consultationOpen).toBe(false);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-05-26', '2025-05-29', 3],
    ['2025-05-29', '2025-05-29', 0],
    ['2025-05-31', '2025-06-01', 1],
    ['2024-02-28', '2024-03-01', 2],
  ])('%s → %s = %i', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
});

describe('statusMessage', () => {
  const words: StatusWords = {
    phase: { before: 'B {n}', open: 'O {n}', 'last-day': 'L', ended: 'E' },
    consultation: '+C',
    checked: 'as of {today}',
    date: '{d}/{m}/{y}',
  };
  it.each<[Parameters<typeof statusMessage>[0], string, string]>([
    [{ phase: 'before', daysToOpen: 5, consultationOpen: false, today: '2025-05-01' }, 'B 5', 'as of 1/5/2025'],
    [{ phase: 'open', daysLeft: 3, consultationOpen: true, today: '2025-05-26' }, 'O 3', 'as of 26/5/2025'],
    [{ phase: 'last-day', consultationOpen: true, today: '2025-05-29' }, 'L', 'as of 29/5/2025'],
    [{ phase: 'ended', consultationOpen: true, today: '2025-06-01' }, 'E +C', 'as of 1/6/2025'],
    [{ phase: 'ended', consultationOpen: false, today: '2026-11-27' }, 'E', 'as of 27/11/2026'],
  ])('%o', (status, text, checked) => {
    expect(statusMessage(status, words)).toEqual({ text, checked });
  });
});

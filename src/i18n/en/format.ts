/** How English writes numbers, dates and figures (src/lib/text/format.ts applies it): 264,642 · 20.5% · 16 May 2025. */
import { makeFormat, type FormatWords } from '../../lib/text/format.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (m: number) => MONTHS[m - 1] ?? String(m);
/** "Jan" … "Dec": days on a chart's time axis. */
export const shortMonths = MONTHS.map((m) => m.slice(0, 3));

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const formatWords = {
  locale: 'en-GB',
  percentGap: '',
  quotes: { open: '“', close: '”' },
  unit: { people: 'people', opinions: 'opinions' },
  // The Government's count over every channel is of "lượt góp ý": times feedback was given.
  channelUnit: { all: { opinions: 'submissions' } },
  numberWords: ['million', 'thousand', 'min', 's'],
  million: 'million',
  qualifier: { exact: '', approx: 'about', at_least: 'more than' },
  date: (d, m, y) => `${d} ${month(m)} ${y}`,
  onDay: (date) => date,
  atMoment: (time, date) => `${time}, ${date}`,
  month: (m, y) => `${month(m)} ${y}`,
  year: (y) => String(y),
  shortDate: (d, m, time) => `${d} ${shortMonths[m - 1] ?? m}${time ? ` ${time}` : ''}`,
  rank: (position, of, where) => `${ordinal(position)}${of ? ` of ${of}` : ''} ${where === undefined ? 'nationally' : `in ${where}`}`,
  duration: (minutes, seconds) => (minutes === 0 ? `${seconds} s` : seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`),
} satisfies FormatWords;

/** Numbers, dates and figures written the English way. */
export const fmt = makeFormat(formatWords);

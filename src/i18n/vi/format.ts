/** How Vietnamese writes numbers, dates and figures (src/lib/text/format.ts applies it). */
import { makeFormat, type FormatWords } from '../../lib/text/format.ts';

export const formatWords = {
  locale: 'vi-VN',
  // Vietnamese typography: a no-break space before %.
  percentGap: '\u00a0',
  unit: { people: 'người', opinions: 'ý kiến' },
  qualifier: { exact: '', approx: 'khoảng', at_least: 'hơn' },
  date: (d, m, y) => `${d}/${m}/${y}`,
  onDay: (date) => `ngày ${date}`,
  atMoment: (time, date) => `${time} ngày ${date}`,
  month: (m, y) => `tháng ${m}/${y}`,
  year: (y) => `năm ${y}`,
  shortDate: (d, m, time) => (time ? `${d}/${m} ${time}` : `${d}/${m}`),
  rank: (position, of, where) => `thứ ${of ? `${position}/${of}` : position} ${where === undefined ? 'cả nước' : `trong ${where}`}`,
  duration: (minutes, seconds) => (minutes === 0 ? `${seconds} giây` : seconds === 0 ? `${minutes} phút` : `${minutes} phút ${seconds} giây`),
} satisfies FormatWords;

/** Numbers, dates and figures written the Vietnamese way. */
export const fmt = makeFormat(formatWords);

/** How Vietnamese writes numbers, dates and figures (src/lib/text/format.ts applies it). */
import { makeFormat, NBSP, type FormatWords } from '../../lib/text/format.ts';

export const formatWords = {
  locale: 'vi-VN',
  // Vietnamese typography: a no-break space before %, curly double quotes.
  percentGap: '\u00a0',
  quotes: { open: '“', close: '”' },
  unit: { people: 'người', opinions: 'ý kiến' },
  // The Government's report over every channel counted "lượt góp ý" (times feedback was given),
  // not "ý kiến": its figure keeps the source's word (content/pages/phuong-phap.mdx explains).
  channelUnit: { all: { opinions: 'lượt góp ý' } },
  numberWords: ['triệu', 'nghìn', 'tỷ', 'phút', 'giây', 'tiếng', 'lượt'],
  million: 'triệu',
  qualifier: { exact: '', approx: 'khoảng', at_least: 'hơn' },
  date: (d, m, y) => `${d}/${m}/${y}`,
  onDay: (date) => `ngày ${date}`,
  atMoment: (time, date) => `${time} ngày ${date}`,
  month: (m, y) => `tháng ${m}/${y}`,
  year: (y) => `năm ${y}`,
  shortDate: (d, m, time) => (time ? `${d}/${m} ${time}` : `${d}/${m}`),
  rank: (position, of, where) => `thứ ${of ? `${position}/${of}` : position} ${where === undefined ? 'cả nước' : `trong ${where}`}`,
  duration: (minutes, seconds) =>
    minutes === 0 ? `${seconds}${NBSP}giây` : seconds === 0 ? `${minutes}${NBSP}phút` : `${minutes}${NBSP}phút ${seconds}${NBSP}giây`,
} satisfies FormatWords;

/** Numbers, dates and figures written the Vietnamese way. */
export const fmt = makeFormat(formatWords);


/**
 * Numbers, percents, dates and figures as a reader sees them, in one locale: 264.642 · 20,5 % ·
 * 16/5/2025 · 20:00 (always Vietnam time). Every number on the site passes through a Format so
 * that it reads the same everywhere. The words (units, qualifiers, "ngày"…) come from the locale's
 * dictionary in src/i18n, which builds its Format with makeFormat().
 *
 * The typography of running text lives here too, once: typeset() sets quotes, the percent sign and
 * a number with its unit the locale's way, and src/lib/text/typography.ts checks every built file
 * against the same words.
 */
import type { Channel, Metric, Qualifier } from '../data/schema.ts';
import { asOfParts } from './vn-time.ts';
import { oncePerText } from './memo.ts';

/** What a locale says around numbers: given by src/i18n/<locale>.ts. */
export interface FormatWords {
  /** BCP 47 locale for Intl: "vi-VN". */
  locale: string;
  /** Between a number and "%": a no-break space in Vietnamese. */
  percentGap: string;
  /** Opening and closing quotation marks: “ ” in Vietnamese. */
  quotes: { open: string; close: string };
  unit: Record<Metric, string>;
  /** Where a channel's sources count in another unit: all channels count "lượt góp ý". */
  channelUnit: Partial<Record<Channel, Partial<Record<Metric, string>>>>;
  /** Words after a number that belong to it ("phút", "tiếng", "triệu"), besides the units. */
  numberWords: readonly string[];
  /** "triệu": a large approximate figure in prose reads "hơn 4,3 triệu". */
  million: string;
  /** The word a reader must see before an inexact number ("" for exact). */
  qualifier: Record<Qualifier, string>;
  /** "16/5/2025". */
  date(d: number, m: number, y: number): string;
  /** "ngày 16/5/2025". */
  onDay(date: string): string;
  /** "20:00 ngày 26/5/2025". */
  atMoment(time: string, date: string): string;
  /** "16/5" or "26/5 20:00": short enough for a chart's axis. */
  shortDate(d: number, m: number, time?: string): string;
  /** "tháng 5/2025": a date known to the month. */
  month(m: number, y: number): string;
  /** "năm 2025": a date known to the year. */
  year(y: number): string;
  /** "thứ 1 cả nước", "thứ 3/12 trong Hải Dương"; `where` is undefined for the whole country. */
  rank(position: number, of: number | undefined, where: string | undefined): string;
  /** "2 phút 30 giây", "45 giây". */
  duration(minutes: number, seconds: number): string;
}

export interface Format {
  readonly words: FormatWords;
  /** 264642 -> "264.642". */
  count(n: number): string;
  /** A signed count for changes: "+24.142", "−1.000" (a real minus sign), "0". */
  change(n: number): string;
  /** 0.20514 -> "20,5 %". */
  percent(ratio: number, digits?: number): string;
  /** A percentage printed by a source (already × 100): 14.8 -> "14,8 %". */
  printedPercent(pct: number): string;
  /** "2025-05-16" or "2025-05-16T08:00+07:00" -> "16/5/2025". */
  date(asOf: string): string;
  /** "20:00 ngày 26/5/2025" for a moment, "ngày 16/5/2025" for a day. */
  asOf(asOf: string): string;
  /** "16/5", "26/5 20:00". */
  shortAsOf(asOf: string): string;
  /** A date as precise as it is known: "2025-05-16" → "16/5/2025", "2025-05" → "tháng 5/2025", "2025" → "năm 2025". */
  partialDate(date: string): string;
  /** "khoảng 745.000" from a text already formatted and its qualifier. */
  qualified(text: string, q: Qualifier): string;
  /** "khoảng 745.000" (no unit) for table cells whose header names the unit. */
  qualifiedCount(f: { value: number; qualifier: Qualifier }): string;
  /**
   * A figure's number as prose says it: "4,3 triệu" for a large inexact figure the source gave to
   * the hundred thousand ("hơn 4,3 triệu"), the full number otherwise. Tables use count().
   */
  amount(f: { value: number; qualifier: Qualifier }): string;
  /** The unit of a figure, its words held together: "người", "ý kiến", "lượt góp ý" (all channels). */
  unit(metric: Metric, channel?: Channel): string;
  /**
   * "khoảng 745.000 người", "264.642 người", "hơn 4,3 triệu ý kiến": the number held to its unit.
   * `full`: every digit, as a table gives it ("hơn 4.300.000 ý kiến").
   */
  figure(f: { value: number; qualifier: Qualifier; metric: Metric; channel?: Channel }, options?: { full?: boolean }): string;
  /**
   * Running text set the locale's way: straight quotes curled, the percent gap, a number held to
   * the unit after it ("4.300.000 ý kiến" never breaks inside). For text we did not write (a
   * source's title, a note in the data) and sentences built around numbers.
   */
  typeset(text: string): string;
  /** The caller labels reported ranks as the source's. */
  rank(r: { position: number; of?: number; scope: string }, scopeName?: string): string;
  /** Seconds as "2 phút 30 giây". */
  duration(seconds: number): string;
}

/** Holds words together on one line. */
export const NBSP = '\u00a0';
const keep = (words: string) => words.trim().split(/\s+/).join(NBSP);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Spaces that may break a line, or not. */
const SPACE = '[ \\t\\u00a0\\u202f]';

/** Every word that belongs to the number before it, longest first: units and number words. */
export function wordsAfterNumber(words: Pick<FormatWords, 'unit' | 'channelUnit' | 'numberWords'>): string[] {
  const all = new Set([
    ...Object.values(words.unit),
    ...Object.values(words.channelUnit).flatMap((u) => Object.values(u ?? {})),
    ...words.numberWords,
  ]);
  return [...all].sort((a, b) => b.length - a.length);
}

/**
 * A pattern for "a number, a space, then one or more words that belong to it" ("4,3 triệu ý kiến",
 * "2 phút"): the check (typography.ts) and typeset() below read the same pattern.
 */
export function numberUnitPattern(after: readonly string[]): RegExp {
  const alternatives = after.map((w) => w.trim().split(/\s+/).map(escapeRe).join(`${SPACE}+`)).join('|');
  return new RegExp(`(\\d)(${SPACE}+(?:${alternatives}))+(?![\\p{L}\\p{M}])`, 'gu');
}

export function makeFormat(words: FormatWords): Format {
  // Intl formatters are costly to create: one per number of digits, made once.
  const integer = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 0 });
  const fixed = new Map<number, Intl.NumberFormat>();
  const fixedDigits = (digits: number) => {
    let f = fixed.get(digits);
    if (!f) fixed.set(digits, (f = new Intl.NumberFormat(words.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return f;
  };
  const printed = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 });
  const count = (n: number) => integer.format(n);
  const qualified = (text: string, q: Qualifier) => (words.qualifier[q] ? `${words.qualifier[q]} ${text}` : text);
  // Dates are read once per distinct as_of: a national build formats the same few dozen dates
  // hundreds of thousands of times.
  const date = oncePerText((asOf) => {
    const { y, m, d } = asOfParts(asOf);
    return words.date(d, m, y);
  });
  const tenth = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 1 });
  // Only when no digit is lost: 4.300.000 -> "4,3 triệu", but 4.350.000 stays as it is.
  const amount = (f: { value: number; qualifier: Qualifier }) =>
    f.qualifier !== 'exact' && f.value >= 1e6 && f.value % 1e5 === 0 ? `${tenth.format(f.value / 1e6)}${NBSP}${words.million}` : count(f.value);
  const unit = (metric: Metric, channel?: Channel) => keep((channel && words.channelUnit[channel]?.[metric]) ?? words.unit[metric]);
  const numberUnit = numberUnitPattern(wordsAfterNumber(words));
  const typeset = (text: string) =>
    text
      .replace(/"/g, (_, at: number, s: string) => (at === 0 || /[\s([{\u2013\u2014-]/.test(s[at - 1]!) ? words.quotes.open : words.quotes.close))
      .replace(/(\d)[ \t\u00a0\u202f]*%/g, `$1${words.percentGap}%`)
      .replace(numberUnit, (m) => m.replace(/[ \t\u00a0\u202f]+/g, NBSP));
  return {
    words,
    count,
    change: (n) => (n === 0 ? '0' : `${n > 0 ? '+' : '\u2212'}${count(Math.abs(n))}`),
    percent: (ratio, digits = 1) => `${fixedDigits(digits).format(ratio * 100)}${words.percentGap}%`,
    printedPercent: (pct) => `${printed.format(pct)}${words.percentGap}%`,
    date,
    asOf: oncePerText((asOf) => {
      const { time } = asOfParts(asOf);
      return time ? words.atMoment(time, date(asOf)) : words.onDay(date(asOf));
    }),
    shortAsOf: oncePerText((asOf) => {
      const { m, d, time } = asOfParts(asOf);
      return words.shortDate(d, m, time);
    }),
    partialDate: (text) => {
      const [y, m, d] = text.split('-').map(Number);
      if (d) return words.date(d, m!, y!);
      return m ? words.month(m, y!) : words.year(y!);
    },
    qualified,
    qualifiedCount: (f) => qualified(count(f.value), f.qualifier),
    amount,
    unit,
    figure: (f, options) => qualified(`${options?.full ? count(f.value) : amount(f)}${NBSP}${unit(f.metric, f.channel)}`, f.qualifier),
    typeset,
    rank: (r, scopeName) => words.rank(r.position, r.of, r.scope === 'country' ? undefined : (scopeName ?? r.scope)),
    duration: (seconds) => words.duration(Math.floor(seconds / 60), seconds % 60),
  };
}

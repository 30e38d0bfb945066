/**
 * Numbers, percents, dates and figures as a reader sees them, in one locale: 264.642 · 20,5 % ·
 * 16/5/2025 · 20:00 (always Vietnam time). Every number on the site passes through a Format so
 * that it reads the same everywhere. The words (units, qualifiers, "ngày"…) come from the locale's
 * dictionary in src/i18n, which builds its Format with makeFormat().
 */
import type { Metric, Qualifier } from '../data/schema.ts';
import { asOfParts } from './vn-time.ts';

/** What a locale says around numbers: given by src/i18n/<locale>.ts. */
export interface FormatWords {
  /** BCP 47 locale for Intl: "vi-VN". */
  locale: string;
  /** Between a number and "%": a no-break space in Vietnamese. */
  percentGap: string;
  unit: Record<Metric, string>;
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
  /** "khoảng 745.000 người", "264.642 người", "hơn 4.300.000 ý kiến". */
  figure(f: { value: number; qualifier: Qualifier; metric: Metric }): string;
  /** The caller labels reported ranks as the source's. */
  rank(r: { position: number; of?: number; scope: string }, scopeName?: string): string;
  /** Seconds as "2 phút 30 giây". */
  duration(seconds: number): string;
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
  const once = (f: (asOf: string) => string) => {
    const memo = new Map<string, string>();
    return (asOf: string) => {
      let out = memo.get(asOf);
      if (out === undefined) memo.set(asOf, (out = f(asOf)));
      return out;
    };
  };
  const date = once((asOf) => {
    const { y, m, d } = asOfParts(asOf);
    return words.date(d, m, y);
  });
  return {
    words,
    count,
    change: (n) => (n === 0 ? '0' : `${n > 0 ? '+' : '\u2212'}${count(Math.abs(n))}`),
    percent: (ratio, digits = 1) => `${fixedDigits(digits).format(ratio * 100)}${words.percentGap}%`,
    printedPercent: (pct) => `${printed.format(pct)}${words.percentGap}%`,
    date,
    asOf: once((asOf) => {
      const { time } = asOfParts(asOf);
      return time ? words.atMoment(time, date(asOf)) : words.onDay(date(asOf));
    }),
    shortAsOf: once((asOf) => {
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
    figure: (f) => `${qualified(count(f.value), f.qualifier)} ${words.unit[f.metric]}`,
    rank: (r, scopeName) => words.rank(r.position, r.of, r.scope === 'country' ? undefined : (scopeName ?? r.scope)),
    duration: (seconds) => words.duration(Math.floor(seconds / 60), seconds % 60),
  };
}

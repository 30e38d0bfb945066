/**
 * Vietnamese read-aloud numbers, dates, times and percents, as a commune loudspeaker announcer
 * would say them ("hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai").
 *
 * Spoken rules implemented:
 * - "mười" for 10–19, "mươi" for the tens 20–90;
 * - "linh" (or "lẻ") when the tens digit is 0 inside a group: 105 → một trăm linh năm;
 * - "mốt" for a final 1 after "mươi" (21 → hai mươi mốt), but mười một, linh một;
 * - "tư" for a final 4 after "mươi" (24 → hai mươi tư), but mười bốn, linh bốn, bốn;
 * - "lăm" for a final 5 after "mười"/"mươi" (15 → mười lăm, 25 → hai mươi lăm), but năm, linh năm;
 * - inner groups are read in full with "không trăm" (1.005 → một nghìn không trăm linh năm), empty
 *   groups are skipped (1.000.000 → một triệu);
 * - nghìn (or "ngàn"), triệu, tỷ; above 999 tỷ the prefix is itself read: "một nghìn tỷ", "một tỷ tỷ".
 *
 * Pure TypeScript: no Astro, no I/O.
 */
import { toWallClock, type WallClock } from './vn-time.ts';

export interface WordsOptions {
  /** Word for a zero tens digit inside a group: "linh" (northern, default) or "lẻ". */
  linh?: 'linh' | 'lẻ';
  /** Word for 10^3: "nghìn" (default) or "ngàn". */
  thousand?: 'nghìn' | 'ngàn';
  /** Spelling of 10^9: "tỷ" (default) or "tỉ". */
  billion?: 'tỷ' | 'tỉ';
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function resolve(options: WordsOptions = {}): Required<WordsOptions> {
  return {
    linh: options.linh ?? 'linh',
    thousand: options.thousand ?? 'nghìn',
    billion: options.billion ?? 'tỷ',
  };
}

/**
 * Words for 0–999. `full` reads a group that follows a bigger one: the hundreds are always said
 * ("không trăm") and a lone unit after a zero tens takes "linh".
 */
function groupToWords(n: number, full: boolean, o: Required<WordsOptions>): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const out: string[] = [];

  if (hundreds > 0 || full) out.push(DIGITS[hundreds], 'trăm');

  if (tens === 0) {
    if (units > 0) {
      if (out.length > 0) out.push(o.linh);
      out.push(DIGITS[units]);
    }
    return out;
  }

  if (tens === 1) {
    out.push('mười');
    if (units === 5) out.push('lăm');
    else if (units > 0) out.push(DIGITS[units]);
    return out;
  }

  out.push(DIGITS[tens], 'mươi');
  if (units === 1) out.push('mốt');
  else if (units === 4) out.push('tư');
  else if (units === 5) out.push('lăm');
  else if (units > 0) out.push(DIGITS[units]);
  return out;
}

/** Words for 0 ≤ n < 10^9 (groups of nghìn and triệu); `full` as in groupToWords. */
function belowBillion(n: bigint, full: boolean, o: Required<WordsOptions>): string[] {
  const groups = [Number(n / 1_000_000n), Number((n / 1_000n) % 1_000n), Number(n % 1_000n)];
  const names = ['triệu', o.thousand, ''];
  const out: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    const inner = full || out.length > 0;
    out.push(...groupToWords(g, inner, o));
    if (names[i]) out.push(names[i]);
  });
  return out;
}

/** Words for any n ≥ 0: splits off tỷ recursively (so 10^18 is "một tỷ tỷ"). */
function naturalToWords(n: bigint, full: boolean, o: Required<WordsOptions>): string[] {
  const BILLION = 1_000_000_000n;
  if (n < BILLION) return belowBillion(n, full, o);
  const high = n / BILLION;
  const low = n % BILLION;
  const out = [...naturalToWords(high, full, o), o.billion];
  if (low > 0n) out.push(...belowBillion(low, true, o));
  return out;
}

function toBigInt(value: number | bigint | string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`numberToWords: expected a safe integer, got ${value}`);
    }
    return BigInt(value);
  }
  // Strings may be written the Vietnamese way with dot separators: "1.290.087".
  const cleaned = value.trim().replace(/[.\s]/g, '');
  if (!/^-?\d+$/.test(cleaned)) {
    throw new RangeError(`numberToWords: expected an integer, got "${value}"`);
  }
  return BigInt(cleaned);
}

/**
 * An integer in Vietnamese words: 264642 → "hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai".
 * Accepts a number (safe integer), a bigint, or a string of digits ("1.290.087").
 */
export function numberToWords(value: number | bigint | string, options?: WordsOptions): string {
  const o = resolve(options);
  const n = toBigInt(value);
  if (n === 0n) return DIGITS[0];
  if (n < 0n) return `âm ${naturalToWords(-n, false, o).join(' ')}`;
  return naturalToWords(n, false, o).join(' ');
}

/** Each digit by itself, for codes and phone numbers: "0912" → "không chín một hai". */
export function digitsToWords(digits: string): string {
  return [...digits.replace(/\D/g, '')].map((d) => DIGITS[Number(d)]).join(' ');
}

/**
 * A decimal number in words with "phẩy": 20.5 → "hai mươi phẩy năm", 0.05 → "không phẩy không
 * năm", 18.63 → "mười tám phẩy sáu mươi ba". Rounded to `fractionDigits` (default 2); trailing zeros
 * are dropped, so 20.0 → "hai mươi".
 */
export function decimalToWords(
  value: number,
  options: WordsOptions & { fractionDigits?: number } = {},
): string {
  if (!Number.isFinite(value)) throw new RangeError(`decimalToWords: got ${value}`);
  const fixed = Math.abs(value).toFixed(options.fractionDigits ?? 2);
  const [intPart, rawFrac = ''] = fixed.split('.');
  const frac = rawFrac.replace(/0+$/, '');
  const negative = value < 0 && /[1-9]/.test(fixed);
  let words = numberToWords(intPart, options);
  if (frac) {
    const leadingZeros = frac.match(/^0*/)?.[0].length ?? 0;
    const rest = frac.slice(leadingZeros);
    const parts = [...Array(leadingZeros).fill(DIGITS[0]), numberToWords(rest, options)];
    words += ` phẩy ${parts.join(' ')}`;
  }
  return negative ? `âm ${words}` : words;
}

/** A percentage in words: 20.5 → "hai mươi phẩy năm phần trăm" (one decimal by default). */
export function percentToWords(
  percent: number,
  options: WordsOptions & { fractionDigits?: number } = {},
): string {
  return `${decimalToWords(percent, { fractionDigits: 1, ...options })} phần trăm`;
}

export interface DateWordsOptions extends WordsOptions {
  /** Say "mồng" before days 1–10 ("ngày mồng một tháng sáu"). Default false. */
  mong?: boolean;
  /** Start with "ngày". Default true. */
  withDayWord?: boolean;
  /** Say the year. Default true. */
  withYear?: boolean;
}

/** Month names as said aloud (without "tháng"): April is "tư", not "bốn". */
export function monthWords(month: number, o?: WordsOptions): string {
  if (month === 4) return 'tư';
  return numberToWords(month, o);
}

/**
 * A date in words: 2025-05-16 → "ngày mười sáu tháng năm năm hai nghìn không trăm hai mươi lăm".
 * With `mong`, days 1–10 read "mồng một" … "mồng mười".
 */
export function dateToWords(input: string | Date | WallClock, options: DateWordsOptions = {}): string {
  const { day, month, year } = toWallClock(input);
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`dateToWords: invalid date ${year}-${month}-${day}`);
  }
  const parts: string[] = [];
  if (options.withDayWord ?? true) parts.push('ngày');
  if (options.mong && day <= 10) parts.push('mồng');
  parts.push(numberToWords(day, options), 'tháng', monthWords(month, options));
  if (options.withYear ?? true) parts.push('năm', numberToWords(year, options));
  return parts.join(' ');
}

/** Ordinals as said aloud: thứ nhất, thứ hai, thứ ba, thứ tư, thứ năm… */
export function ordinalToWords(n: number, options?: WordsOptions): string {
  if (n === 1) return 'thứ nhất';
  if (n === 4) return 'thứ tư';
  return `thứ ${numberToWords(n, options)}`;
}

/** A clock time in words: "20:00" → "hai mươi giờ", "13:30" → "mười ba giờ ba mươi phút". */
export function timeToWords(input: string | { hour: number; minute?: number }, options?: WordsOptions): string {
  let hour: number;
  let minute: number;
  if (typeof input === 'string') {
    const m = input.trim().match(/^(\d{1,2})(?::|h|giờ\s*)(\d{2})?$/i);
    if (!m) throw new RangeError(`timeToWords: not a time: "${input}"`);
    hour = Number(m[1]);
    minute = Number(m[2] ?? 0);
  } else {
    hour = input.hour;
    minute = input.minute ?? 0;
  }
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
    throw new RangeError(`timeToWords: invalid time ${hour}:${minute}`);
  }
  const words = `${numberToWords(hour, options)} giờ`;
  return minute === 0 ? words : `${words} ${numberToWords(minute, options)} phút`;
}

/** Day names as said and written: Sunday is "Chủ nhật", Monday "thứ Hai" … Saturday "thứ Bảy". */
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** The day of the week of a date in Vietnam: "thứ Bảy" for 2025-05-17. */
export function weekdayWords(input: string | Date | WallClock): string {
  const { year, month, day } = toWallClock(input);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/**
 * The part of the day an hour falls in, as announcers say it before a day: sáng (until 11:00),
 * trưa (11:00–12:59), chiều (13:00–17:59), tối (18:00–21:59), đêm (from 22:00).
 */
export function partOfDayWords(hour: number): string {
  if (hour < 11) return 'sáng';
  if (hour < 13) return 'trưa';
  if (hour < 18) return 'chiều';
  if (hour < 22) return 'tối';
  return 'đêm';
}

/**
 * Loudspeaker scripts: turn a script body (paragraphs with {{placeholders}}) and one area's figures
 * into the text an announcer reads aloud, with every number, date, time and percent in words.
 *
 * This is the ONE source for the script page, its print view, the .txt and the .docx: each of them
 * calls renderBroadcast() and lays out the same `paragraphs`.
 *
 * Pure TypeScript: no Astro, no I/O.
 */
import {
  dateToWords,
  decimalToWords,
  digitsToWords,
  numberToWords,
  percentToWords,
  timeToWords,
  toWallClock,
  type WordsOptions,
} from '../text/read-aloud.ts';

/** How the source qualified a number: exact, "khoảng" (approx) or "hơn" (at_least). */
export type Qualifier = 'exact' | 'approx' | 'at_least';

/** A reported figure, as the data layer gives it. */
export interface BroadcastFigure {
  /** The integer reported. */
  value: number;
  /** Whether the source said "khoảng"/"gần" (approx) or "hơn" (at_least). */
  qualifier: Qualifier;
  /** ISO 8601 date or date-time (+07:00) the figure is counted to. */
  as_of: string;
  /** Publisher of the figure, as in the CSV `source` column. */
  source: string;
  /** Link to the source, when there is one. */
  source_url?: string;
}

/** The figures of one area that a script may insert. */
export interface BroadcastArea {
  /** Area code (GSO code, "VN" for the country). */
  code: string;
  /** The name as said aloud in a sentence: "tỉnh Hải Dương", "cả nước". */
  spoken_name: string;
  /** Latest number of people who sent feedback. */
  people?: BroadcastFigure;
  /** Citizens with an active level-2 e-ID in the area, on the same date as `people`. */
  eligible?: number;
  /** people / eligible as a fraction (0–1), computed by the data layer, never copied. */
  rate?: number;
  /** A rank the source itself published (1 = first), with its scope. */
  rank_reported?: number;
  rank_scope?: string;
}

/** Placeholders a script body may use, and what each one becomes. */
export const PLACEHOLDERS = {
  area_name: 'tên địa bàn khi đọc: "tỉnh Hải Dương", "cả nước"',
  people: 'số người đã góp ý, bằng chữ, giữ chữ "khoảng"/"hơn" của nguồn',
  eligible: 'số người có tài khoản định danh điện tử mức 2, bằng chữ',
  rate: 'tỉ lệ người góp ý trên số có tài khoản mức 2, bằng chữ ("hai mươi phẩy năm phần trăm")',
  as_of: 'thời điểm của số liệu, bằng chữ: giờ (nếu có) và ngày',
  as_of_date: 'ngày của số liệu, bằng chữ',
  source: 'tên nơi công bố số liệu',
  rank_reported: 'thứ hạng do chính nguồn công bố ("thứ nhất cả nước")',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/**
 * The one pace every reading time on the site assumes: Vietnamese words are single syllables, so
 * this is syllables ("tiếng") per minute — a slow, clear pace for outdoor loudspeakers. An
 * assumption, not a measurement; the page states it.
 */
export const READING_PACE_WPM = 160;

export interface RenderedBroadcast {
  /** Read-aloud paragraphs, every number in words. */
  paragraphs: string[];
  /** Placeholders the area had no value for; their paragraphs were left out. */
  missing: PlaceholderName[];
  /** Words (syllables) in `paragraphs`. */
  words: number;
  /** Estimated reading time in seconds at READING_PACE_WPM, rounded up to 15 s. */
  seconds: number;
}

export interface RenderOptions extends WordsOptions {
  /** Words per minute; defaults to READING_PACE_WPM. */
  pace?: number;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', approx: 'khoảng', at_least: 'hơn' };

const SCOPE_WORDS: Record<string, string> = { country: 'cả nước' };

/** Ordinals as said aloud: thứ nhất, thứ hai, thứ ba, thứ tư, thứ năm… */
export function ordinalToWords(n: number, options?: WordsOptions): string {
  if (n === 1) return 'thứ nhất';
  if (n === 4) return 'thứ tư';
  return `thứ ${numberToWords(n, options)}`;
}

/** "Kiến Thức: "Bí quyết…"" → "Kiến Thức"; "Báo Khánh Hòa (qua vietnam.vn)" → "Báo Khánh Hòa". */
export function spokenSource(source: string): string {
  return source
    .split(':')[0]
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/["“”]/g, '')
    .trim();
}

/** The words each placeholder becomes for this area; absent when the area has no value. */
export function placeholderValues(
  area: BroadcastArea,
  options: WordsOptions = {},
): Partial<Record<PlaceholderName, string>> {
  const v: Partial<Record<PlaceholderName, string>> = { area_name: area.spoken_name };
  const p = area.people;
  if (p) {
    const q = QUALIFIER_WORDS[p.qualifier];
    v.people = `${q ? `${q} ` : ''}${numberToWords(p.value, options)}`;
    const wall = toWallClock(p.as_of);
    const date = dateToWords(wall, options);
    v.as_of_date = date;
    v.as_of = wall.hour === undefined ? date : `${timeToWords({ hour: wall.hour, minute: wall.minute }, options)} ${date}`;
    v.source = spokenSource(p.source);
  }
  if (area.eligible !== undefined) v.eligible = numberToWords(area.eligible, options);
  if (area.rate !== undefined && Number.isFinite(area.rate)) {
    // A rate computed from "khoảng 240.500" is itself approximate: it keeps the qualifier.
    const q = p ? QUALIFIER_WORDS[p.qualifier] : '';
    v.rate = `${q ? `${q} ` : ''}${percentToWords(area.rate * 100, options)}`;
  }
  if (area.rank_reported !== undefined && area.rank_scope && SCOPE_WORDS[area.rank_scope]) {
    v.rank_reported = `${ordinalToWords(area.rank_reported, options)} ${SCOPE_WORDS[area.rank_scope]}`;
  }
  return v;
}

/**
 * The MDX body of a script → plain paragraphs with their {{placeholders}}: drops import/export
 * lines, MDX comments, headings' #, list bullets and * emphasis marks; joins wrapped lines.
 */
export function extractBroadcastText(body: string): string[] {
  const text = body
    .replace(/\r\n?/g, '\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .map((line) => line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*[-*+]\s+/, ''))
    .join('\n');
  return text
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .replace(/\s*\n\s*/g, ' ')
        // Only * emphasis: _ also appears inside {{as_of}}-style placeholders.
        .replace(/(\*\*|\*)(\S(?:.*?\S)?)\1/g, '$2')
        .trim(),
    )
    .filter((para) => para.length > 0);
}

/**
 * Numerals written in a script's own text → words. The author writes "ngày 29/5/2025", "20:00",
 * "20,5%", "4,3 triệu", "1.290.087", "tháng 4", "thứ 1" and the announcer reads words.
 */
export function numeralsToWords(text: string, options: WordsOptions = {}): string {
  const pattern =
    /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?|(\d{1,2})(?::|h)(\d{2})\b|(\d+(?:,\d+)?)\s?%|\b(tháng|thứ) (\d{1,2})\b|(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/g;
  return text.replace(pattern, (_match, d, mo, y, h, mi, pct, word, wn, int, frac) => {
    if (d !== undefined) {
      const wall = { year: Number(y ?? 2000), month: Number(mo), day: Number(d) };
      return dateToWords(wall, { ...options, withDayWord: false, withYear: y !== undefined });
    }
    if (h !== undefined) return timeToWords({ hour: Number(h), minute: Number(mi) }, options);
    if (pct !== undefined) {
      const value = Number(pct.replace(',', '.'));
      return percentToWords(value, { ...options, fractionDigits: 2 });
    }
    if (word !== undefined) {
      const n = Number(wn);
      if (word === 'thứ') return ordinalToWords(n, options);
      return `tháng ${n === 4 ? 'tư' : numberToWords(n, options)}`;
    }
    if (frac !== undefined) {
      return decimalToWords(Number(`${int.replace(/\./g, '')}.${frac}`), {
        ...options,
        fractionDigits: frac.length,
      });
    }
    // A run of digits starting with 0 is a code or a phone number: read digit by digit.
    if (/^0\d/.test(int)) return digitsToWords(int);
    return numberToWords(int, options);
  });
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

function isPlaceholder(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Placeholders used in a body that the renderer does not know: authoring mistakes. */
export function unknownPlaceholders(paragraphs: string[]): string[] {
  const unknown = new Set<string>();
  for (const para of paragraphs) {
    for (const m of para.matchAll(PLACEHOLDER)) if (!isPlaceholder(m[1])) unknown.add(m[1]);
  }
  return [...unknown];
}

/** Upper-cases the first letter of each sentence ("cả nước có…" at the start of a paragraph). */
function capitalizeSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, lead: string, ch: string) => lead + ch.toLocaleUpperCase('vi'));
}

/** Reading time in seconds at the given pace, rounded up to the next 15 seconds. */
export function readingSeconds(words: number, pace = READING_PACE_WPM): number {
  return Math.ceil((words / pace) * 4) * 15;
}

/** "2 phút 30 giây", "45 giây", "3 phút". */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} giây`;
  return s === 0 ? `${m} phút` : `${m} phút ${s} giây`;
}

/**
 * Renders a script for one area. A paragraph that uses a placeholder the area has no value for
 * (say {{rate}} where no eligible count was published) is left out whole, so the announcer never
 * reads a gap; such placeholders are listed in `missing`. An unknown placeholder is an error.
 */
export function renderBroadcast(
  body: string | string[],
  area: BroadcastArea,
  options: RenderOptions = {},
): RenderedBroadcast {
  const source = typeof body === 'string' ? extractBroadcastText(body) : body;
  const unknown = unknownPlaceholders(source);
  if (unknown.length > 0) {
    throw new Error(
      `Script uses unknown placeholder(s) ${unknown.map((u) => `{{${u}}}`).join(', ')}; ` +
        `known: ${Object.keys(PLACEHOLDERS).join(', ')}`,
    );
  }
  const values = placeholderValues(area, options);
  const missing = new Set<PlaceholderName>();
  const paragraphs: string[] = [];

  for (const para of source) {
    const used = [...para.matchAll(PLACEHOLDER)].map((m) => m[1] as PlaceholderName);
    const absent = used.filter((name) => values[name] === undefined);
    if (absent.length > 0) {
      absent.forEach((name) => missing.add(name));
      continue;
    }
    // Numerals in the author's text become words; placeholder values already are words.
    const parts = para.split(PLACEHOLDER);
    const out = parts
      .map((part, i) => (i % 2 === 1 ? values[part as PlaceholderName]! : numeralsToWords(part, options)))
      .join('');
    paragraphs.push(capitalizeSentences(out.replace(/\s+/g, ' ').trim()));
  }

  const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
  return {
    paragraphs,
    missing: [...missing],
    words,
    seconds: readingSeconds(words, options.pace ?? READING_PACE_WPM),
  };
}

/** The .txt for smart-radio text-to-speech: UTF-8 text, paragraphs separated by a blank line, CRLF. */
export function broadcastToText(paragraphs: string[]): string {
  return `${paragraphs.join('\r\n\r\n')}\r\n`;
}

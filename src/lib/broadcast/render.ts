/**
 * Loudspeaker broadcasts: turn a broadcast's body (paragraphs with {{placeholders}}) and one area's figures
 * into the text an announcer reads aloud, with every number, date, time and percent in words.
 *
 * This is the ONE source for the broadcast page (on screen and on paper), the .txt and the .docx: each of them
 * calls renderBroadcast() and lays out the same `paragraphs`.
 *
 * Pure TypeScript: no Astro, no I/O.
 */
import type { Qualifier } from '../data/schema.ts';
import { numeralsToWords } from '../text/numerals.ts';
import { dateToWords, numberToWords, ordinalToWords, percentToWords, timeToWords, type WordsOptions } from '../text/read-aloud.ts';
import { toWallClock } from '../text/vn-time.ts';

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

/** The figures of one area that a broadcast may insert. */
export interface BroadcastArea {
  /** Area code (GSO code, "VN" for the country). */
  code: string;
  /** The name as said aloud in a sentence: "tỉnh Hải Dương", "cả nước". */
  spoken_name: string;
  /**
   * Whose figures these are, said aloud: the area's own name, or its nearest ancestor's ("tỉnh
   * Hải Dương") when the area has no figures of its own. Defaults to `spoken_name`.
   */
  figures_spoken_name?: string;
  /**
   * Said before the figures only when they are an ancestor's: "Thành phố Chí Linh chưa có số liệu
   * riêng. Sau đây là số liệu chung của toàn tỉnh Hải Dương."
   */
  figures_note?: string;
  /** Where help is, in sentences: the next sessions of the area, or where help is always available. */
  help?: string;
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

/** Placeholders a broadcast may use, and what each one becomes. */
export const PLACEHOLDERS = {
  area_name: 'tên địa bàn khi đọc: "tỉnh Hải Dương", "cả nước"',
  figures_area: 'địa bàn của số liệu khi đọc: chính địa bàn, hoặc cấp trên gần nhất có số liệu ("tỉnh Hải Dương")',
  figures_note: 'chỉ khi địa bàn chưa có số liệu riêng: câu nói rõ sau đây là số liệu chung của cấp trên; có số liệu riêng thì bỏ cả đoạn',
  people: 'số người đã góp ý, bằng chữ, giữ chữ "khoảng"/"hơn" của nguồn',
  eligible: 'số người có tài khoản định danh điện tử mức 2, bằng chữ',
  rate: 'tỉ lệ người góp ý trên số có tài khoản mức 2, bằng chữ ("hai mươi phẩy năm phần trăm")',
  as_of: 'thời điểm của số liệu, bằng chữ: giờ (nếu có) và ngày',
  as_of_date: 'ngày của số liệu, bằng chữ',
  source: 'tên nơi công bố số liệu',
  rank_reported: 'thứ hạng do chính nguồn công bố ("thứ nhất cả nước")',
  help: 'các buổi hỗ trợ sắp tới ở địa bàn (theo lịch đã công bố), hoặc nơi luôn có người hướng dẫn',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Placeholders whose paragraph is meant for some areas only: left out without a word on the page. */
const CONDITIONAL: readonly PlaceholderName[] = ['figures_note'];

/**
 * Placeholders that say a figure. The figure may be an ancestor's, so a paragraph that says one
 * names its area with {{figures_area}}, never {{area_name}}: the province's figure is never read
 * out as the commune's.
 */
export const FIGURE_PLACEHOLDERS: readonly PlaceholderName[] = ['people', 'eligible', 'rate', 'as_of', 'as_of_date', 'source', 'rank_reported'];

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

/** The words a broadcast takes from the locale (src/i18n): one home for each. */
export interface BroadcastWords {
  /** "khoảng", "hơn": said before an inexact number, as the source wrote it. */
  qualifier: Record<Qualifier, string>;
  /** A rank's scope said aloud: { country: "cả nước" }. */
  scope: Record<string, string>;
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
  words: BroadcastWords,
  options: WordsOptions = {},
): Partial<Record<PlaceholderName, string>> {
  const v: Partial<Record<PlaceholderName, string>> = { area_name: area.spoken_name };
  if (area.help) v.help = numeralsToWords(area.help, options);
  const p = area.people;
  if (p) {
    v.figures_area = area.figures_spoken_name ?? area.spoken_name;
    if (area.figures_note) v.figures_note = area.figures_note;
    const q = words.qualifier[p.qualifier];
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
    const q = p ? words.qualifier[p.qualifier] : '';
    v.rate = `${q ? `${q} ` : ''}${percentToWords(area.rate * 100, options)}`;
  }
  if (area.rank_reported !== undefined && area.rank_scope && words.scope[area.rank_scope]) {
    v.rank_reported = `${ordinalToWords(area.rank_reported, options)} ${words.scope[area.rank_scope]}`;
  }
  return v;
}

/**
 * The MDX body of a broadcast → plain paragraphs with their {{placeholders}}: drops import/export
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

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

function isPlaceholder(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Paragraphs that say a figure but name the listener's area: authoring mistakes (see FIGURE_PLACEHOLDERS). */
export function figuresNamedAsArea(paragraphs: string[]): string[] {
  return paragraphs.filter((para) => {
    const used = [...para.matchAll(PLACEHOLDER)].map((m) => m[1] as PlaceholderName);
    return used.includes('area_name') && used.some((u) => FIGURE_PLACEHOLDERS.includes(u));
  });
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

/**
 * Renders a broadcast for one area. A paragraph that uses a placeholder the area has no value for
 * (say {{rate}} where no eligible count was published) is left out whole, so the announcer never
 * reads a gap; such placeholders are listed in `missing`. An unknown placeholder is an error.
 */
export function renderBroadcast(
  body: string | string[],
  area: BroadcastArea,
  words: BroadcastWords,
  options: RenderOptions = NO_OPTIONS,
): RenderedBroadcast {
  const source = typeof body === 'string' ? extractBroadcastText(body) : body;
  const values = placeholderValues(area, words, options);
  const missing = new Set<PlaceholderName>();
  const paragraphs: string[] = [];

  for (const { used, parts } of compiled(source, options)) {
    const absent = used.filter((name) => values[name] === undefined);
    if (absent.length > 0) {
      absent.filter((name) => !CONDITIONAL.includes(name)).forEach((name) => missing.add(name));
      continue;
    }
    const out = parts.map((part, i) => (i % 2 === 1 ? values[part as PlaceholderName]! : part)).join('');
    paragraphs.push(capitalizeSentences(out.replace(/\s+/g, ' ').trim()));
  }

  const count = paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
  return {
    paragraphs,
    missing: [...missing],
    words: count,
    seconds: readingSeconds(count, options.pace ?? READING_PACE_WPM),
  };
}

const NO_OPTIONS: RenderOptions = Object.freeze({});

/** A paragraph split at its placeholders: the author's text (numerals already in words) and, at odd places, placeholder names. */
interface CompiledParagraph {
  used: PlaceholderName[];
  parts: string[];
}

// A broadcast's text is the same for every area (32,000 renders nationally): checked, split and its
// numerals put in words once per text and options, when the text is given as paragraphs.
const compiledTexts = new WeakMap<readonly string[], WeakMap<RenderOptions, CompiledParagraph[]>>();

function compiled(source: string[], options: RenderOptions): CompiledParagraph[] {
  let byOptions = compiledTexts.get(source);
  let out = byOptions?.get(options);
  if (out) return out;
  const unknown = unknownPlaceholders(source);
  if (unknown.length > 0) {
    throw new Error(
      `The text uses unknown placeholder(s) ${unknown.map((u) => `{{${u}}}`).join(', ')}; ` +
        `known: ${Object.keys(PLACEHOLDERS).join(', ')}`,
    );
  }
  const misnamed = figuresNamedAsArea(source);
  if (misnamed.length > 0) {
    throw new Error(
      `A paragraph says a figure and names the area with {{area_name}}; the figure may be a higher level's, ` +
        `so name it with {{figures_area}}: "${misnamed[0]!.slice(0, 80)}…"`,
    );
  }
  out = source.map((para) => {
    const split = para.split(PLACEHOLDER);
    // Numerals in the author's text become words; placeholder values already are words.
    return {
      used: split.filter((_, i) => i % 2 === 1) as PlaceholderName[],
      parts: split.map((part, i) => (i % 2 === 1 ? part : numeralsToWords(part, options))),
    };
  });
  if (!byOptions) compiledTexts.set(source, (byOptions = new WeakMap()));
  byOptions.set(options, out);
  return out;
}

/**
 * The .txt for smart-radio text-to-speech: UTF-8 text, paragraphs separated by a blank line, CRLF.
 * It starts with a byte order mark: Notepad before Windows 10 (1903) reads a text without one as
 * the ANSI code page and shows the diacritics as "Kiáº¿n Thá»©c".
 */
export function broadcastToText(paragraphs: string[]): string {
  return `\uFEFF${paragraphs.join('\r\n\r\n')}\r\n`;
}

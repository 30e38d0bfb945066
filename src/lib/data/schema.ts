/**
 * Zod schemas for one row of each data file. They accept the strings an operator's CSV holds
 * ("1.290.087", "16/5/2025", "khoảng") and give the normalised values (1290087, "2025-05-16",
 * "approx"); they are idempotent, so a normalised value passes again unchanged. Their messages are
 * in messages.ts; the rules across rows and files in rules/.
 */
import { z } from 'zod';
import { normalizeKey } from './csv.ts';
import { CELL } from './messages.ts';
import { readAsOf } from '../text/vn-time.ts';

export const METRICS = ['people', 'opinions'] as const;
export const CHANNELS = ['vneid', 'all'] as const;
export const QUALIFIERS = ['exact', 'approx', 'at_least'] as const;
export const LEVELS = ['country', 'province', 'district', 'commune'] as const;
export const DIMENSIONS = ['age_group', 'occupation'] as const;

export type Metric = (typeof METRICS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Level = (typeof LEVELS)[number];
export type Dimension = (typeof DIMENSIONS)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * A whole, non-negative count. Accepts 1290087, "1290087", "1.290.087" and "1 290 087" (how
 * Vietnamese Excel writes thousands); refuses decimals, negatives and "1,290,087" (ambiguous:
 * in Vietnamese the comma is the decimal mark).
 */
// z.unknown() and a type test rather than z.union([z.number(), z.string()]): a union tries the
// number first and makes an issue for every string cell (every cell of a CSV), ~2 s nationally.
export const count = z.unknown().transform((v, ctx) => {
  if (typeof v !== 'number' && typeof v !== 'string') {
    ctx.addIssue({ code: 'custom', message: CELL.notCount });
    return z.NEVER;
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0) return v;
    ctx.addIssue({ code: 'custom', message: CELL.count });
    return z.NEVER;
  }
  const s = v.trim().replace(/[\u00a0\u202f ]/g, ' ');
  if (/^-/.test(s)) {
    ctx.addIssue({ code: 'custom', message: CELL.negative });
    return z.NEVER;
  }
  if (/^\d+$/.test(s) || /^\d{1,3}([. ]\d{3})+$/.test(s)) return Number(s.replace(/[. ]/g, ''));
  ctx.addIssue({
    code: 'custom',
    message: /^\d+([.,]\d+)?$/.test(s) ? CELL.decimal : CELL.notCount,
  });
  return z.NEVER;
});

const optionalCount = z.preprocess(blankToUndefined, count.optional());

/** A percentage as printed by a source: 14,8 or 14.8 (or "14,8%"). */
const percent = z.preprocess(
  blankToUndefined,
  z
    .unknown()
    .transform((v, ctx) => {
      if (typeof v === 'number') return v;
      if (typeof v !== 'string') {
        ctx.addIssue({ code: 'custom', message: CELL.percent });
        return z.NEVER;
      }
      const n = Number(v.replace('%', '').trim().replace(',', '.'));
      if (Number.isFinite(n) && n >= 0 && n <= 100) return n;
      ctx.addIssue({ code: 'custom', message: CELL.percent });
      return z.NEVER;
    })
    .optional(),
);

/** Enum that also accepts documented Vietnamese words, compared without diacritics. */
function vocab<T extends string>(values: readonly T[], words: Record<string, NoInfer<T>>, hint: string) {
  const map = new Map<string, T>();
  for (const v of values) map.set(normalizeKey(v), v);
  for (const [w, v] of Object.entries(words)) map.set(normalizeKey(w), v);
  return z.string().transform((s, ctx): T => {
    const hit = map.get(normalizeKey(s));
    if (hit) return hit;
    ctx.addIssue({ code: 'custom', message: CELL.oneOf(hint) });
    return z.NEVER;
  });
}

export const metric = vocab(
  METRICS,
  { người: 'people', 'số người': 'people', 'ý kiến': 'opinions', 'lượt góp ý': 'opinions', 'số ý kiến': 'opinions' },
  CELL.hints.metric,
);
export const channel = z.preprocess(
  blankToUndefined,
  vocab(CHANNELS, { VNeID: 'vneid', 'tất cả': 'all', 'mọi hình thức': 'all' }, 'vneid, all').default('vneid'),
);
export const qualifier = z.preprocess(
  blankToUndefined,
  vocab(
    QUALIFIERS,
    { 'chính xác': 'exact', khoảng: 'approx', gần: 'approx', 'xấp xỉ': 'approx', hơn: 'at_least', 'trên': 'at_least', 'ít nhất': 'at_least' },
    CELL.hints.qualifier,
  ).default('exact'),
);

export const asOf = z.string().transform((s, ctx) => {
  const r = readAsOf(s);
  if ('asOf' in r) return r.asOf;
  ctx.addIssue({ code: 'custom', message: CELL.asOf[r.fault] });
  return z.NEVER;
});

export const text = z.string().trim().min(1, CELL.notBlank);
export const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .url(CELL.url)
    // zod's url() also accepts javascript: and data: URLs, which would run as a link on the page.
    .refine((u) => /^https?:\/\//i.test(u), CELL.urlScheme)
    .optional(),
);
export const code = z.string().trim().min(1, CELL.codeBlank).regex(/^[A-Za-z0-9]+$/, CELL.code);

/** One administrative unit in force at the time of the data. */
export const areaRow = z.object({
  /** GSO code as text ("01", "30", "288"); "VN" for the country. */
  code,
  /** Name without the type word: "Hải Dương", not "Tỉnh Hải Dương". */
  name: text,
  /** Type word as people say it: tỉnh, thành phố, huyện, thị xã, xã, phường, thị trấn. */
  type: text,
  /** country | province | district | commune. */
  level: vocab(LEVELS, { 'quốc gia': 'country', tỉnh: 'province', huyện: 'district', xã: 'commune' }, LEVELS.join(', ')),
  /** Code of the unit this one belongs to; empty only for the country. */
  parent_code: z.preprocess(blankToUndefined, code.optional()),
});

/** One reported figure. */
export const participationRow = z.object({
  /** When the figure was true: a day or a moment, in Vietnam time. */
  as_of: asOf,
  /** The area the figure is about (code from areas.csv). */
  area_code: code,
  /** people = citizens who sent feedback; opinions = feedback items (one person may send several). */
  metric,
  /** vneid = through the VNeID app (default); all = every channel of the consultation. */
  channel,
  /** The figure itself: a whole number. */
  value: count,
  /** Citizens in the area with an active level-2 e-ID account (the denominator of the rate). */
  eligible: optionalCount,
  /** exact; approx ("khoảng", "gần"); at_least ("hơn"). */
  qualifier,
  /** Who published the figure. */
  source: text,
  /** Where it was published. */
  source_url: optionalUrl,
  /** Anything a reader should know about this figure. */
  note: optionalText,
  /** A rank the source itself published (1 = first). */
  rank_reported: z.preprocess(blankToUndefined, count.optional()),
  /** Among what the source ranked: country = all provinces. */
  rank_scope: optionalText,
});

/** A reported figure split by age group or occupation. */
export const breakdownRow = z.object({
  as_of: asOf,
  area_code: code,
  /** age_group | occupation. */
  dimension: vocab(DIMENSIONS, { 'độ tuổi': 'age_group', 'nhóm tuổi': 'age_group', 'nghề nghiệp': 'occupation' }, DIMENSIONS.join(', ')),
  /** The group, as the source named it. */
  category: text,
  metric,
  value: count,
  /** The percentage the source printed (compare with the computed one). */
  share: percent,
  qualifier,
  source: text,
  source_url: optionalUrl,
});

/** One entry of the public corrections log. */
export const correctionRow = z.object({
  /** When the correction was published. */
  date: asOf,
  /** The area whose figure changed (optional for site-wide corrections). */
  area_code: z.preprocess(blankToUndefined, code.optional()),
  /** The as-of of the corrected figure, if one figure. */
  as_of: z.preprocess(blankToUndefined, asOf.optional()),
  metric: z.preprocess(blankToUndefined, metric.optional()),
  /** What changed. */
  what: text,
  /** Why. */
  why: text,
});

export type AreaRecord = z.output<typeof areaRow>;
export type ParticipationRecord = z.output<typeof participationRow>;
export type BreakdownRecord = z.output<typeof breakdownRow>;
export type CorrectionRecord = z.output<typeof correctionRow>;

/** Documented Vietnamese header aliases (compared without diacritics or case). */
export const ALIASES = {
  areas: {
    'mã': 'code', 'mã địa bàn': 'code', 'mã đơn vị': 'code', 'tên': 'name', 'tên địa bàn': 'name',
    'loại': 'type', 'cấp': 'level', 'mã cấp trên': 'parent_code', 'mã đơn vị cấp trên': 'parent_code',
  },
  participation: {
    'ngày': 'as_of', 'thời điểm': 'as_of', 'tính đến': 'as_of', 'ngày số liệu': 'as_of',
    'mã địa bàn': 'area_code', 'mã đơn vị': 'area_code', 'chỉ số': 'metric', 'loại số liệu': 'metric', 'kênh': 'channel',
    'giá trị': 'value', 'số lượng': 'value',
    'số người tham gia': { column: 'value', implies: { metric: 'people' } },
    'số ý kiến': { column: 'value', implies: { metric: 'opinions' } },
    'số người đủ điều kiện': 'eligible', 'số tài khoản định danh mức 2': 'eligible', 'tài khoản mức 2': 'eligible',
    'mức chính xác': 'qualifier', 'độ chính xác': 'qualifier', 'nguồn': 'source', 'đường dẫn nguồn': 'source_url',
    'link nguồn': 'source_url', 'ghi chú': 'note', 'thứ hạng công bố': 'rank_reported', 'phạm vi xếp hạng': 'rank_scope',
  },
  breakdowns: {
    'ngày': 'as_of', 'mã địa bàn': 'area_code', 'phân theo': 'dimension', 'nhóm': 'category', 'chỉ số': 'metric',
    'giá trị': 'value', 'số lượng': 'value', 'tỉ lệ': 'share', 'tỷ lệ': 'share', 'mức chính xác': 'qualifier',
    'nguồn': 'source', 'đường dẫn nguồn': 'source_url',
  },
  corrections: {
    'ngày đính chính': 'date', 'ngày': 'date', 'mã địa bàn': 'area_code', 'ngày số liệu': 'as_of', 'chỉ số': 'metric',
    'nội dung': 'what', 'thay đổi': 'what', 'lý do': 'why',
  },
} as const;

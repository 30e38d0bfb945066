/**
 * data/help-points/*.csv: one row per session of help given in person (a police team at a market,
 * help at the commune People's Committee on a Saturday evening…). Its own module: the row schema,
 * the Vietnamese header aliases, the CSV spec and the checks across rows, which the gate
 * (validate.ts) calls like those of the other files. The messages are in messages.ts (HELP).
 * A session may be in the future (it is a schedule); rows count toward the gate's MAX_ROWS.
 */
import { z } from 'zod';
import { normalizeKey, type CsvSpec } from './csv.ts';
import { FIGURE, HELP } from './messages.ts';
import type { Problem } from './problems.ts';
import { checkAreaReference, type AreaIndex } from './rules/references.ts';
import type { Written } from './rules/written.ts';
import { code, optionalText, text } from './schema.ts';
import type { Origin, WithOrigin } from './validate.ts';
import { asOfTime, readAsOf } from '../text/vn-time.ts';

/** Where the help is given: the kinds of places the sources name. */
export const HELP_KINDS = ['cong-an', 'uy-ban', 'nha-van-hoa', 'cho', 'truong', 'khu-cong-nghiep', 'tan-nha', 'khac'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** Words an operator may write for a kind (compared without diacritics or case). */
const KIND_WORDS: Record<string, HelpKind> = {
  'công an': 'cong-an', 'công an xã': 'cong-an', 'trụ sở công an': 'cong-an',
  'ủy ban': 'uy-ban', 'uỷ ban': 'uy-ban', 'ủy ban nhân dân': 'uy-ban', 'uỷ ban nhân dân': 'uy-ban', ubnd: 'uy-ban',
  'nhà văn hoá': 'nha-van-hoa', 'nhà văn hóa': 'nha-van-hoa',
  chợ: 'cho', 'chợ đêm': 'cho',
  trường: 'truong', 'trường học': 'truong', 'cổng trường': 'truong',
  'khu công nghiệp': 'khu-cong-nghiep', kcn: 'khu-cong-nghiep',
  'tận nhà': 'tan-nha', 'tại nhà': 'tan-nha',
  khác: 'khac',
};
const kinds = new Map<string, HelpKind>([
  ...HELP_KINDS.map((k) => [normalizeKey(k), k] as const),
  ...Object.entries(KIND_WORDS).map(([w, k]) => [normalizeKey(w), k] as const),
]);

const kind = z.string().transform((s, ctx): HelpKind => {
  const k = kinds.get(normalizeKey(s));
  if (k) return k;
  ctx.addIssue({ code: 'custom', message: HELP.kind(HELP_KINDS) });
  return z.NEVER;
});

/** A date and a time, Vietnam time, written like an as_of: "17/5/2025 07:30", "2025-05-17T07:30+07:00". */
const moment = z.string().transform((s, ctx) => {
  const r = readAsOf(s);
  if ('asOf' in r && r.asOf.includes('T')) return r.asOf;
  ctx.addIssue({ code: 'custom', message: 'asOf' in r ? HELP.moment.noTime : HELP.moment[r.fault] });
  return z.NEVER;
});

/**
 * One or more Vietnamese phone numbers, separated by "/", ";" or ",": 0 and 9–10 digits (or +84
 * and 9–10 digits), 1800/1900 numbers, or a three-digit emergency number (113). Spaces, dots and
 * dashes inside a number are fine. Kept as written.
 */
const phone = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      for (const part of s.split(/[;/,]/)) {
        const n = part.replace(/[\s.\-()]/g, '');
        if (/^(0|\+84)\d{9,10}$/.test(n) || /^1[89]00\d{4,6}$/.test(n) || /^11\d$/.test(n)) continue;
        ctx.addIssue({
          code: 'custom',
          message: /^[1-9]\d{8,9}$/.test(n) ? HELP.phoneZero : HELP.phone,
        });
        return;
      }
    })
    .optional(),
);

/** One session of help in person. */
export const helpPointRow = z.object({
  /** The area the session is in (code from areas.csv): the commune, usually. */
  area_code: code,
  /** Where: "Chợ Gia Tân", "Nhà văn hoá thôn Nhân Lý". */
  place: text,
  /** The kind of place: cong-an | uy-ban | nha-van-hoa | cho | truong | khu-cong-nghiep | tan-nha | khac. */
  kind,
  /** The address, for those who do not know the place. */
  address: optionalText,
  /** When the session starts, date and time, Vietnam time. */
  starts: moment,
  /** When it ends: after `starts`. */
  ends: moment,
  /** Who helps: "Tổ công an xã Gia Tân". */
  team: optionalText,
  /** A number to call, as written. */
  phone,
  /** Anything a reader should know: "Mang theo căn cước". */
  note: optionalText,
  /** Who published the schedule. */
  source: text,
});

export type HelpPointRecord = z.output<typeof helpPointRow>;

export const HELP_POINTS_SPEC: CsvSpec = {
  required: ['area_code', 'place', 'kind', 'starts', 'ends', 'source'],
  optional: ['address', 'team', 'phone', 'note'],
  aliases: {
    'mã địa bàn': 'area_code', 'mã đơn vị': 'area_code',
    'địa điểm': 'place', 'nơi': 'place', 'nơi hỗ trợ': 'place',
    'loại': 'kind', 'loại địa điểm': 'kind', 'loại nơi': 'kind',
    'địa chỉ': 'address',
    'bắt đầu': 'starts', 'giờ bắt đầu': 'starts', 'thời gian bắt đầu': 'starts', 'từ': 'starts',
    'kết thúc': 'ends', 'giờ kết thúc': 'ends', 'thời gian kết thúc': 'ends', 'đến': 'ends',
    'tổ': 'team', 'tổ hỗ trợ': 'team', 'người hỗ trợ': 'team', 'người phụ trách': 'team',
    'điện thoại': 'phone', 'số điện thoại': 'phone', 'sđt': 'phone',
    'ghi chú': 'note', 'nguồn': 'source',
  },
};

/**
 * The checks across rows: the area exists (with the lost-zero hint, as for figures), a session
 * ends after it starts, and the same session (area, place, start) is not listed twice. Every
 * problem is reported, the times as the operator wrote them.
 */
export function checkHelpPoints(rows: readonly WithOrigin<HelpPointRecord>[], areas: AreaIndex, written: Written, problems: Problem[]): void {
  const seen = new Map<string, Origin>();
  for (const r of rows) {
    checkAreaReference(r, areas, written, problems);
    const at = { file: r.origin.file, line: r.origin.line };
    if (asOfTime(r.ends) <= asOfTime(r.starts)) {
      problems.push({
        ...at,
        column: written.header(r, 'ends'),
        value: written.value(r, 'ends') ?? r.ends,
        ...HELP.endsFirst(written.value(r, 'starts') ?? r.starts, written.header(r, 'starts')),
        kind: 'help.time',
      });
    }
    const key = `${r.area_code}|${normalizeKey(r.place)}|${r.starts}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        ...at,
        column: written.header(r, 'starts'),
        value: written.value(r, 'starts') ?? r.starts,
        ...HELP.duplicate(FIGURE.firstAt(first.file === r.origin.file, first.file, first.line)),
        kind: 'help.duplicate',
      });
    } else seen.set(key, r.origin);
  }
}

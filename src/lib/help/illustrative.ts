/**
 * A generated schedule of help for tests, screenshots and the benchmark: never real, and it says
 * so in every row's `source` (which the pages, the .ics and the broadcasts always show or read
 * with each session). Deterministic: the same arguments give the same rows. Pure TypeScript.
 */
import type { HelpKind } from '../data/help-points.ts';

/** The `source` of every generated session. */
export const ILLUSTRATIVE_SCHEDULE = 'Lịch minh hoạ do máy tạo, không phải lịch thật';

export const SCHEDULE_HEADER = ['area_code', 'place', 'kind', 'address', 'starts', 'ends', 'team', 'phone', 'note', 'source'] as const;

interface NamedArea {
  code: string;
  name: string;
  type: string;
}

/** Session times: morning, afternoon, evening (the sources mention evenings and weekends). */
const SLOTS = [
  ['07:30', '11:00'],
  ['14:00', '17:00'],
  ['19:00', '21:00'],
] as const;

const PLACES: [HelpKind, (a: NamedArea, n: number) => string][] = [
  ['cong-an', (a) => `Trụ sở công an ${a.type} ${a.name}`],
  ['cho', (a) => `Chợ ${a.name}`],
  ['nha-van-hoa', (_, n) => `Nhà văn hoá thôn ${n}`],
  ['uy-ban', (a) => `Trụ sở Ủy ban nhân dân ${a.type} ${a.name}`],
  ['truong', (a) => `Cổng trường Tiểu học ${a.name}`],
  ['tan-nha', (_, n) => `Các nhà có người cao tuổi ở thôn ${n}`],
];

/**
 * `perArea` sessions for each area, spread over `days` days from `start` ("2025-05-06"), as CSV
 * rows (header first) in the column order of SCHEDULE_HEADER.
 */
export function illustrativeSchedule(areas: readonly NamedArea[], opts: { start: string; days: number; perArea: number }): string[][] {
  const [y, m, d] = opts.start.split('-').map(Number) as [number, number, number];
  const rows: string[][] = [[...SCHEDULE_HEADER]];
  areas.forEach((a, i) => {
    for (let k = 0; k < opts.perArea; k++) {
      const dayOffset = (i * 7 + k * Math.max(1, Math.floor(opts.days / opts.perArea))) % opts.days;
      const date = new Date(Date.UTC(y, m - 1, d + dayOffset)).toISOString().slice(0, 10);
      const [from, to] = SLOTS[(i + k) % SLOTS.length]!;
      const [kind, place] = PLACES[(i + k) % PLACES.length]!;
      rows.push([
        a.code,
        place(a, k + 1),
        kind,
        `Đường liên thôn số ${k + 1}`,
        `${date}T${from}+07:00`,
        `${date}T${to}+07:00`,
        `Tổ hỗ trợ ${a.type} ${a.name}`,
        '',
        'Lịch minh hoạ',
        ILLUSTRATIVE_SCHEDULE,
      ]);
    }
  });
  return rows;
}

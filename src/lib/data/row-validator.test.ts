import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rowValidator } from './row-validator.ts';
import { areaRow, breakdownRow, correctionRow, participationRow } from './schema.ts';
import { helpPointRow } from './help-points.ts';

/** What zod itself says of the row: the record, or each issue's column and message. */
function viaZod(schema: z.ZodTypeAny, cells: Record<string, string>) {
  const r = schema.safeParse(cells);
  return r.success ? { record: r.data, keys: Object.keys(r.data) } : { issues: r.error.issues.map((i) => [i.path, i.message]) };
}
function viaValidator(validate: ReturnType<typeof rowValidator>, cells: Record<string, string>) {
  const r = validate(cells);
  return r.success ? { record: r.data, keys: Object.keys(r.data as object) } : { issues: r.issues.map((i) => [i.path, i.message]) };
}

// Cells as operators write them, good and bad, for each column of each kind of file.
const CASES: [string, z.ZodObject<z.ZodRawShape>, Record<string, string[]>][] = [
  ['participation', participationRow, {
    as_of: ['2025-05-16', '16/5/2025', '24/05/2025 13:00:00', '2025-05-26T13:00Z', '31/02/2025', '', 'hôm qua'],
    area_code: ['30', ' 01 ', '', '3 0', 'VN'],
    metric: ['people', 'người', 'số ý kiến', 'opinion', ''],
    value: ['264642', '264.642', '1 290 087', '1,290,087', '-5', '12,5', ''],
    eligible: ['1290087', '', 'nhiều'],
    qualifier: ['', 'khoảng', 'hơn', 'exact', 'chừng'],
    channel: ['', 'VNeID', 'tất cả', 'thư'],
    source: ['Kiến Thức', '  ', 'Báo Hải Dương'],
    source_url: ['', 'https://example.vn/a', 'javascript:alert(1)', 'không phải địa chỉ'],
    note: ['', ' ghi chú ', 'Số liệu tổng hợp'],
    rank_reported: ['', '1', 'nhất'],
    rank_scope: ['', 'country'],
  }],
  ['areas', areaRow, {
    code: ['30', '', '3-0'],
    name: ['Hải Dương', ''],
    type: ['tỉnh', ''],
    level: ['province', 'tỉnh', 'xã', 'vùng'],
    parent_code: ['', 'VN', 'V N'],
  }],
  ['breakdowns', breakdownRow, {
    as_of: ['2025-05-16', 'x'],
    area_code: ['30'],
    dimension: ['độ tuổi', 'nghề nghiệp', 'giới'],
    category: ['18–30', ''],
    metric: ['people'],
    value: ['100', 'x'],
    share: ['', '14,8', '14.8%', '140'],
    qualifier: ['', 'approx'],
    source: ['X'],
    source_url: [''],
  }],
  ['corrections', correctionRow, {
    date: ['2025-05-20', ''],
    area_code: ['', '30'],
    as_of: ['', '2025-05-16', 'x'],
    metric: ['', 'people', 'x'],
    what: ['Sửa số', ''],
    why: ['Nhầm', ''],
  }],
  ['help points', helpPointRow, {
    area_code: ['10507'],
    place: ['Chợ Gia Tân', ''],
    kind: ['cho', 'uy-ban', 'nhà', ''],
    address: ['', 'Gia Tân'],
    starts: ['2025-05-10 07:30', 'sáng'],
    ends: ['2025-05-10 11:00', ''],
    team: [''],
    phone: ['', '0220 3852 000', 'gọi'],
    note: [''],
    source: ['UBND xã', ''],
  }],
];

/** Rows that take every value of every column at least once, and some with a column left out. */
function* rowsOf(values: Record<string, string[]>): Generator<Record<string, string>> {
  const columns = Object.keys(values);
  const longest = Math.max(...columns.map((c) => values[c]!.length));
  for (let shift = 0; shift < 3; shift++) {
    for (let i = 0; i < longest; i++) {
      const row: Record<string, string> = {};
      columns.forEach((c, k) => (row[c] = values[c]![(i + shift * k) % values[c]!.length]!));
      yield row;
    }
  }
  for (const c of columns) {
    const row: Record<string, string> = {};
    for (const other of columns) if (other !== c) row[other] = values[other]![0]!;
    yield row;
  }
}

describe('rowValidator gives what zod gives for the whole row', () => {
  it.each(CASES)('%s: same records (same keys, same order) and same issues, the first time and from its memory', (_, schema, values) => {
    const validate = rowValidator(schema);
    const rows = [...rowsOf(values)];
    let failures = 0;
    for (const pass of [1, 2]) {
      for (const row of rows) {
        const expected = viaZod(schema, row);
        if (pass === 1 && 'issues' in expected) failures++;
        expect(viaValidator(validate, row), `pass ${pass}: ${JSON.stringify(row)}`).toEqual(expected);
      }
    }
    // The cases hold both kinds of row.
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(rows.length * 2);
  });

  it('validates each distinct cell of a column once', () => {
    let calls = 0;
    const schema = z.object({ a: z.string().transform((s) => (calls++, s.toUpperCase())), b: z.string() });
    const validate = rowValidator(schema);
    for (let i = 0; i < 100; i++) expect(validate({ a: i % 2 ? 'x' : 'y', b: String(i) })).toEqual({ success: true, data: { a: i % 2 ? 'X' : 'Y', b: String(i) } });
    expect(calls).toBe(2);
  });

  it('keeps at most a bounded number of cells per column, and stays right beyond it', () => {
    let calls = 0;
    const schema = z.object({ n: z.string().transform((s) => (calls++, Number(s))) });
    const validate = rowValidator(schema);
    for (let round = 0; round < 2; round++) for (let i = 0; i < 5000; i++) expect(validate({ n: String(i) })).toEqual({ success: true, data: { n: i } });
    // The first 4,096 cells are remembered; the rest validated again in the second round.
    expect(calls).toBe(5000 + (5000 - 4096));
  });
});

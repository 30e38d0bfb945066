import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.ts';
import { DEFAULT_LIMIT, count, formatReport, kindLabel } from './report.ts';

const cell = (line: number, file = 'data/participation/a.csv'): Problem => ({
  file,
  line,
  column: 'value',
  value: '12,5',
  expected: 'cần một số nguyên',
  kind: 'cell',
});
const dup = (line: number): Problem => ({
  file: 'data/participation/a.csv',
  line,
  column: 'as_of',
  value: '16/5/2025',
  expected: 'trùng số liệu',
  fix: 'Giữ một dòng.',
  kind: 'figure.duplicate',
});
const tree: Problem = { file: 'data/areas.csv', line: 9, column: 'parent_code', value: '31', expected: 'vòng', fix: 'Sửa.', kind: 'tree.cycle' };

const flood = [...Array.from({ length: 4990 }, (_, i) => cell(i + 2)), ...Array.from({ length: 10 }, (_, i) => dup(5000 + i)), tree];

describe('count', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [5000, '5.000'],
    [1290087, '1.290.087'],
  ])('%i → %s', (n, s) => expect(count(n)).toBe(s));
});

describe('formatReport', () => {
  it('groups by file, then by kind, each fix once, and ends with a summary', () => {
    const text = formatReport(flood, { limit: 0 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Có 5.001 lỗi; chưa xuất bản gì. Sửa các lỗi sau rồi chạy lại:');
    expect(lines.filter((l) => l.startsWith('data/'))).toEqual(['data/areas.csv (1 lỗi)', 'data/participation/a.csv (5.000 lỗi)']);
    expect(lines.filter((l) => /^ {2}\S/.test(l) && l.endsWith('):'))).toEqual([
      '  vòng lặp cấp trên (1):',
      '  ô không hợp lệ ở cột "value" (4.990):',
      '  số liệu bị trùng (10):',
    ]);
    expect(lines.filter((l) => l.includes('Cách sửa: Giữ một dòng.'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('    data/participation/a.csv:'))).toHaveLength(5000);
    const summary = lines.slice(lines.indexOf('Tóm tắt: 5.001 lỗi trong 2 tệp.'));
    expect(summary).toEqual([
      'Tóm tắt: 5.001 lỗi trong 2 tệp.',
      'Theo tệp:',
      '  data/participation/a.csv: 5.000',
      '  data/areas.csv: 1',
      'Theo loại lỗi:',
      '  ô không hợp lệ ở cột "value": 4.990',
      '  số liệu bị trùng: 10',
      '  vòng lặp cấp trên: 1',
    ]);
  });

  it.each([
    [1, 1, 0],
    [3, 3, 1],
    [50, 50, 39], // 1 tree, all 10 duplicates, the rest to the cells
  ])('--limit %i lists %i lines, every group first, and says how to see all', (limit, shown, cells) => {
    const lines = formatReport(flood, { limit }).split('\n');
    expect(lines.filter((l) => /^ {4}data\//.test(l))).toHaveLength(shown);
    expect(lines.at(-1)).toBe(`Đã in ${shown} trong 5.001 lỗi. Chạy lại với --limit 0 để in tất cả.`);
    expect(lines).toContain('Tóm tắt: 5.001 lỗi trong 2 tệp.');
    if (limit >= 3) {
      for (const g of ['vòng lặp cấp trên', 'ô không hợp lệ', 'số liệu bị trùng']) expect(lines.some((l) => l.startsWith(`  ${g}`))).toBe(true);
      expect(lines).toContain(`    … và ${count(4990 - cells)} lỗi cùng loại nữa`);
    }
  });

  it(`without a limit, lists ${DEFAULT_LIMIT} lines and says how to see all`, () => {
    const lines = formatReport(flood).split('\n');
    expect(lines.filter((l) => /^ {4}data\//.test(l))).toHaveLength(DEFAULT_LIMIT);
    expect(lines.at(-1)).toBe(`Đã in ${DEFAULT_LIMIT} trong 5.001 lỗi. Chạy lại với --limit 0 để in tất cả.`);
    expect(formatReport(flood.slice(0, DEFAULT_LIMIT))).not.toMatch(/Đã in/);
  });

  it('a limit above the count, or 0, lists everything', () => {
    for (const limit of [0, 10_000]) expect(formatReport(flood, { limit })).not.toMatch(/Đã in/);
  });

  it('a short report has no summary; different fixes are each printed', () => {
    const text = formatReport([
      { ...tree, line: 3 },
      { ...tree, fix: 'Khác.' },
    ]);
    expect(text).not.toMatch(/Tóm tắt/);
    expect(text.match(/Cách sửa/g)).toHaveLength(2);
  });

  it('a long value is cut in the line that quotes it', () => {
    const text = formatReport([{ ...cell(2), value: 'x'.repeat(5000) }]);
    expect(text).toMatch(/giá trị "x{79}…"/);
  });

  it.each([
    [{ file: 'a', expected: '', kind: 'cell', column: 'value' } as Problem, 'ô không hợp lệ ở cột "value"'],
    [{ file: 'a', expected: '' } as Problem, 'lỗi khác'],
    [{ file: 'a', expected: '', kind: 'date.future', column: 'as_of' } as Problem, 'ngày ở tương lai'],
  ])('kindLabel %#', (p, label) => expect(kindLabel(p)).toBe(label));
});

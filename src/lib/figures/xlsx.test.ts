import { readSheet } from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.ts';
import { cellXml, columnWidths, excelDate, toXlsx } from './xlsx.ts';

const ROWS = [
  {
    as_of: '2025-05-16',
    area_code: '30',
    area_name: 'Tỉnh Hải Dương',
    area_level: 'province',
    metric: 'people',
    channel: 'vneid',
    value: 264642,
    qualifier: 'exact',
    eligible: 1290087,
    rate: 0.205135,
    rank: 1,
    rank_kind: 'reported',
    rank_scope: 'country',
    source: '=HYPERLINK("http://x","y")',
    source_url: 'https://kienthuc.net.vn/x',
    note: '-5 là <con số> & "ghi sai"',
  },
  {
    as_of: '2025-05-24T13:00+07:00',
    area_code: '01',
    area_name: 'Thành phố Hà Nội',
    area_level: 'province',
    metric: 'people',
    channel: 'vneid',
    value: 14000000,
    qualifier: 'approx',
    source: 'Doanh nghiệp & Tiếp thị',
  },
];

describe('excelDate', () => {
  it.each([
    // Excel's serial days: 45793 is 16/5/2025; 13:00 is 13/24 of a day.
    ['2025-05-16', 45793, false],
    ['2025-05-24T13:00+07:00', 45801 + 13 / 24, true],
  ])('%s is the Vietnam wall clock: day %d', (asOf, serial, moment) => {
    const d = excelDate(asOf);
    expect(d.serial).toBeCloseTo(serial, 9);
    expect(d.moment).toBe(moment);
  });
});

describe('cellXml', () => {
  it.each([
    ['value', 264642, '<c r="A2" s="2"><v>264642</v></c>', []],
    ['rate', 0.205135, '<c r="A2" s="3"><v>0.205135</v></c>', []],
    ['printed_share', 14.8, '<c r="A2"><v>14.8</v></c>', []],
    ['as_of', '2025-05-16', '<c r="A2" s="4"><v>45793</v></c>', []],
    ['area_code', '01', '<c r="A2" t="s"><v>0</v></c>', ['01']],
    ['source', '=1+2', '<c r="A2" t="s"><v>0</v></c>', ["'=1+2"]],
    ['note', 'a<b & c', '<c r="A2" t="s"><v>0</v></c>', ['a<b & c']],
    ['note', undefined, '', []],
    ['eligible', null, '', []],
  ] as const)('%s %j', (col, v, xml, strings) => expect(cellXml(col, v)).toEqual({ xml, strings }));
});

describe('columnWidths', () => {
  it('sizes columns to their content, within bounds', () => {
    const widths = columnWidths(COLUMNS.participation, ROWS);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(widths[COLUMNS.participation.indexOf('area_name')]).toBeGreaterThan(widths[COLUMNS.participation.indexOf('metric')]!);
  });
});

describe('toXlsx', () => {
  const bytes = toXlsx(COLUMNS.participation, ROWS, 'participation');
  it('reads back (read-excel-file) with the same rows: numbers as numbers, dates as dates, formulas as text', async () => {
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0]).toEqual([...COLUMNS.participation]);
    expect(rows).toHaveLength(3);
    const col = (r: number, c: string) => rows[r]![COLUMNS.participation.indexOf(c as never)];
    expect(col(1, 'value')).toBe(264642);
    expect(col(1, 'rate')).toBe(0.205135);
    // Read to the minute: a reader turns the serial day back into milliseconds with float error.
    const minute = (d: unknown) => Math.round((d as Date).getTime() / 60_000) * 60_000;
    expect(minute(col(1, 'as_of'))).toBe(Date.UTC(2025, 4, 16));
    expect(minute(col(2, 'as_of'))).toBe(Date.UTC(2025, 4, 24, 13));
    expect(col(1, 'area_code')).toBe('30');
    expect(col(1, 'source')).toBe('\'=HYPERLINK("http://x","y")');
    expect(col(1, 'note')).toBe('\'-5 là <con số> & "ghi sai"');
    expect(col(2, 'eligible')).toBeNull();
  });
  it('freezes a bold header row, writes no formula cell, and gives the same bytes twice', () => {
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<row r="1"><c r="A1" t="s" s="1"><v>0</v></c>');
    // Strings are escaped once, in the shared table; leading or trailing spaces kept.
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('<t>\'-5 là &lt;con số&gt; &amp; "ghi sai"</t>');
    expect(sheet).not.toContain('<f>');
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(toXlsx(COLUMNS.participation, ROWS, 'participation')).toEqual(bytes);
  });
  it('takes its rows as they come: a generator of thousands gives the bytes the same rows in an array give', async () => {
    const many = Array.from({ length: 4500 }, (_, i) => ({ ...ROWS[i % ROWS.length]!, value: i }));
    const fromArray = toXlsx(COLUMNS.participation, many, 'participation');
    let taken = 0;
    const rows = (function* () {
      for (const r of many) {
        taken++;
        yield r;
      }
    })();
    expect(toXlsx(COLUMNS.participation, rows, 'participation')).toEqual(fromArray);
    expect(taken).toBe(4500);
    const back = await readSheet(Buffer.from(fromArray));
    expect(back).toHaveLength(4501);
    expect(back[4500]![COLUMNS.participation.indexOf('value')]).toBe(4499);
  });
  it('writes a header-only sheet for an empty table', async () => {
    expect(await readSheet(Buffer.from(toXlsx(COLUMNS.corrections, [], 'corrections')))).toEqual([[...COLUMNS.corrections]]);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseCsv, type CsvSpec } from './csv.ts';

const spec: CsvSpec = {
  required: ['area_code', 'value'],
  optional: ['note'],
  aliases: { 'Mã địa bàn': 'area_code', 'Số người tham gia': { column: 'value', implies: { metric: 'people' } } },
};
const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it('drops a BOM', () => {
    const r = decodeUtf8(enc('\uFEFFa,b'), 'f.csv');
    expect(r).toEqual({ text: 'a,b' });
  });
  it('refuses windows-1258 bytes, naming the line and the fix', () => {
    // "Hải" in windows-1258 is 48 E1 69 ... : 0xE1 followed by an ASCII byte is not UTF-8.
    const bytes = new Uint8Array([...enc('code,name\n30,H'), 0xe1, 0x69, 0x0a]);
    const r = decodeUtf8(bytes, 'data/areas.csv');
    expect('problem' in r && r.problem).toMatchObject({ file: 'data/areas.csv', line: 2 });
    expect('problem' in r && r.problem.expected).toMatch(/CSV UTF-8/);
  });
});

describe('parseCsv', () => {
  it.each([
    ['comma, LF', 'area_code,value\n30,1\n01,2\n'],
    ['semicolon, CRLF', 'area_code;value\r\n30;1\r\n01;2\r\n'],
    ['BOM and aliases', '\uFEFFMã địa bàn,Số người tham gia\n30,1\n01,2'],
    ['alias without diacritics, other case', 'MA DIA BAN;so nguoi tham gia\n30;1\n01;2'],
  ])('%s', (_, text) => {
    const { table, problems } = parseCsv(text, 'f.csv', spec);
    expect(problems).toEqual([]);
    expect(table.rows.map((r) => r.cells.area_code)).toEqual(['30', '01']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps codes as text ("01" stays "01") and 1.290.087 as written', () => {
    const { table } = parseCsv('area_code;value\n01;1.290.087\n', 'f.csv', spec);
    expect(table.rows[0]!.cells).toMatchObject({ area_code: '01', value: '1.290.087' });
  });

  it('fills implied columns from an alias', () => {
    const { table } = parseCsv('Mã địa bàn,Số người tham gia\n30,5\n', 'f.csv', spec);
    expect(table.rows[0]!.cells.metric).toBe('people');
  });

  it('counts physical lines across quoted line breaks and blank lines', () => {
    const { table } = parseCsv('area_code,value,note\n30,1,"two\nlines"\n\n01,2,x\n', 'f.csv', spec);
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it.each([
    ['empty file', '', /tệp rỗng/],
    ['header only', 'area_code,value\n', /chỉ có dòng tiêu đề/],
    ['missing column', 'area_code\n30\n', /thiếu cột bắt buộc "value"/],
  ])('%s', (_, text, msg) => {
    const { problems } = parseCsv(text, 'f.csv', spec);
    expect(problems.map((p) => p.expected).join('\n')).toMatch(msg);
  });
});

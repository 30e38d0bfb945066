import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, normalizeKey, parseCsv, type CsvSpec } from './csv.ts';

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
    expect('problem' in r && r.problem.expected).toMatch(/windows-1258/);
    expect('problem' in r && r.problem.fix).toMatch(/CSV UTF-8/);
  });
  const utf16 = (text: string, le = true, bom = true) => {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
    }
    return new Uint8Array(out);
  };
  it.each([
    ['UTF-16 LE with BOM ("Unicode Text" from Excel)', utf16('code\tname\n30\tHải Dương\n')],
    ['UTF-16 BE with BOM', utf16('code,name\n30,Hải Dương\n', false)],
    ['UTF-16 LE without BOM', utf16('code,name\n30,Hai Duong\n', true, false)],
  ])('names UTF-16 for what it is: %s', (_, bytes) => {
    const r = decodeUtf8(bytes, 'data/areas.csv');
    expect('problem' in r && r.problem).toMatchObject({ file: 'data/areas.csv', kind: 'file.encoding' });
    expect('problem' in r && r.problem.expected).toMatch(/UTF-16/);
    expect('problem' in r && r.problem.expected).not.toMatch(/windows-1258/);
  });
  it('UTF-8 text with no zero byte is not taken for UTF-16', () => {
    expect(decodeUtf8(enc('a,b\n1,2\n'), 'f.csv')).toEqual({ text: 'a,b\n1,2\n' });
  });
});

describe('normalizeKey', () => {
  it.each([
    ['Số người (người)', 'so nguoi'],
    ['Mã_địa-bàn', 'ma dia ban'],
    ['a (b) c (d', 'a c (d'],
    ['((((x', '((((x'],
    ['(a)(b)c', 'c'],
  ])('%j → %j', (input, out) => expect(normalizeKey(input)).toBe(out));
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

describe('firstInvalidUtf8', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['valid Vietnamese', enc('Mã địa bàn\nHải Dương'), -1],
    ['a windows-1258 byte', new Uint8Array([...enc('ab\n'), 0xe0, 0x20]), 3],
    ['a cut sequence at the end', new Uint8Array([...enc('ab'), 0xe1, 0xba]), 2],
    ['an overlong form', new Uint8Array([0x41, 0xc0, 0xaf]), 1],
    ['a surrogate', new Uint8Array([0xed, 0xa0, 0x80]), 0],
  ])('%s', (_name, bytes, at) => expect(firstInvalidUtf8(bytes)).toBe(at < 0 ? bytes.length : at));

  it('agrees with the strict decoder on every single byte', () => {
    for (let b = 0; b < 256; b++) {
      const bytes = new Uint8Array([0x61, b, 0x62]);
      let ok = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        ok = false;
      }
      expect(firstInvalidUtf8(bytes) === bytes.length).toBe(ok);
    }
  });

  it('finds a fault at the end of a large file in one pass', () => {
    const bytes = new Uint8Array(5_000_000).fill(0x61);
    bytes[bytes.length - 1] = 0xff;
    expect(firstInvalidUtf8(bytes)).toBe(bytes.length - 1);
  });
});

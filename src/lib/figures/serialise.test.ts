import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvChunks, jsonLineChunks, neutraliseFormula, ratio, toCsv, toJson } from './serialise.ts';

function parse(csv: string) {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const r = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r;
}

describe('toCsv', () => {
  it.each([
    ['plain', 'a', 'a'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['empty', undefined, ''],
    ['number', 1290087, '1290087'],
  ])('%s', (_n, v, cell) => expect(toCsv(['c'], [{ c: v }])).toBe(`\ufeffc\r\n${cell}\r\n`));
  it('round-trips through papaparse, codes stay text', () => {
    const rows = [{ code: '01', name: 'Hà Nội, "thủ đô"' }];
    expect(parse(toCsv(['code', 'name'], rows)).data).toEqual(rows);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['+84 912', "'+84 912"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
    ['Tuổi Trẻ', 'Tuổi Trẻ'],
    ['a=b', 'a=b'],
    ['', ''],
    [-1000, -1000],
    [undefined, undefined],
  ])('%j -> %j', (v, out) => expect(neutraliseFormula(v)).toBe(out));
  it('applies to every CSV cell of text', () =>
    expect(toCsv(['c'], [{ c: '=1+2' }, { c: -3 }])).toBe("\ufeffc\r\n'=1+2\r\n-3\r\n"));
});

describe('toJson', () => {
  it.each([
    [[{ a: 1, b: undefined }], 2, '[\n  {\n    "a": 1,\n    "b": null\n  }\n]\n'],
    [[{ a: 1, b: undefined }, { a: 2 }], 0, '[\n{"a":1,"b":null},\n{"a":2}\n]\n'],
    [[], 0, '[]\n'],
  ] as const)('%j indent %i', (v, indent, out) => {
    expect(toJson(v, indent)).toBe(out);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v, (_k, x) => (x === undefined ? null : x))));
  });
});

describe('ratio', () => {
  it.each([
    [264642 / 1290087, 0.205135],
    [240500 / 1290087, 0.186422],
    [undefined, undefined],
  ])('%s -> %s', (a, b) => expect(ratio(a)).toBe(b));
});

describe('jsonLineChunks: a table written piece by piece', () => {
  const keys = ['a', 'b', 'c'] as const;
  it.each([
    [[]],
    [[{ a: 1, b: undefined, c: 'x' }]],
    [[{ a: 1, b: 'say "hi"\n', c: true }, { c: 0, a: null }, { a: 'Hải Dương', b: 0.205135 }]],
  ] as const)('%j: the same bytes as the records JSON, one per line', (rows) => {
    const joined = [...jsonLineChunks(keys, rows)].join('');
    expect(joined).toBe(toJson(rows.map((r) => Object.fromEntries(keys.map((k) => [k, (r as Record<string, unknown>)[k]]))), 0));
  });
});

describe('csvChunks', () => {
  it('is the CSV, a line per piece after the header', () => {
    const rows = [{ c: 'a,b', d: 1 }, { c: undefined, d: 2 }];
    const chunks = [...csvChunks(['c', 'd'], rows)];
    expect(chunks).toEqual(['\ufeffc,d\r\n', '"a,b",1\r\n', ',2\r\n']);
    expect(chunks.join('')).toBe(toCsv(['c', 'd'], rows));
  });
});

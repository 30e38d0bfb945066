import { describe, expect, it } from 'vitest';
import { validateData, type DataFile } from './validate.ts';
import { formatProblem } from './problems.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const AREAS = 'code,name,type,level,parent_code\nVN,Việt Nam,quốc gia,country,\n01,Hà Nội,thành phố,province,VN\n30,Hải Dương,tỉnh,province,VN\n';
const P_HEAD = 'as_of,area_code,metric,value,eligible,qualifier,source,source_url';

function files(participation: string, extra: Record<string, string> = {}): DataFile[] {
  return [
    { path: 'data/areas.csv', bytes: enc(extra.areas ?? AREAS) },
    { path: 'data/participation/a.csv', bytes: enc(participation) },
    ...Object.entries(extra)
      .filter(([k]) => k !== 'areas')
      .map(([path, text]) => ({ path, bytes: enc(text) })),
  ];
}

describe('validateData accepts what operators export', () => {
  it.each([
    ['ISO, comma', `${P_HEAD}\n2025-05-16,30,people,264642,1290087,exact,Kiến Thức,https://example.vn/a\n`],
    ['Vietnamese Excel: semicolon, 1.290.087, dd/mm/yyyy, words', `Ngày;Mã địa bàn;Chỉ số;Giá trị;Số người đủ điều kiện;Mức chính xác;Nguồn\r\n16/5/2025;30;người;264.642;1.290.087;chính xác;Kiến Thức\r\n`],
    ['implied metric from "Số người tham gia"', `Tính đến,Mã địa bàn,Số người tham gia,Nguồn\n2025-05-16,30,264642,Kiến Thức\n`],
  ])('%s', (_, text) => {
    const { dataset, problems } = validateData(files(text));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset!.participation[0]).toMatchObject({ as_of: '2025-05-16', area_code: '30', metric: 'people', value: 264642, channel: 'vneid' });
  });

  it('reads Excel\'s dd/mm/yyyy hh:mm:ss', () => {
    const { dataset, problems } = validateData(files(`${P_HEAD}\n24/05/2025 13:00:00,VN,people,14000000,,approx,X,\n`));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset!.participation[0]!.as_of).toBe('2025-05-24T13:00+07:00');
  });

  it('normalises moments to Vietnam time', () => {
    const { dataset } = validateData(files(`${P_HEAD}\n2025-05-26T13:00Z,VN,people,17100624,,exact,X,\n`));
    expect(dataset!.participation[0]!.as_of).toBe('2025-05-26T20:00+07:00');
  });
});

describe('validateData reports every problem with file, line, column, value', () => {
  const bad = [
    `${P_HEAD}`,
    '2025-05-16,30,people,264642,1290087,exact,Kiến Thức,', // line 2: fine
    '2025-05-16,30,people,1,1290087,exact,dup,', // 3: duplicate of line 2
    '2025-05-17,30,people,2000000,1290087,exact,X,', // 4: above eligible
    '2025-05-17,99,people,5,,exact,X,', // 5: unknown area
    '2025-02-30,30,people,5,,exact,X,', // 6: not a real date
    '2025-05-18,30,people,12.5,,exact,X,', // 7: decimal
    '2025-05-18,01,people,-3,,exact,X,', // 8: negative
    '2025-05-19,30,people,7,,maybe,X,', // 9: bad qualifier
    '2025-05-19,01,votes,7,,exact,,', // 10: bad metric, empty source
  ].join('\n');
  const { dataset, problems } = validateData(files(bad));
  const at = (line: number) => problems.filter((p) => p.line === line);

  it('returns no dataset', () => expect(dataset).toBeUndefined());
  it.each([
    [3, 'as_of', /trùng số liệu đã có ở dòng 2/],
    [4, 'value', /eligible = 1290087/],
    [5, 'area_code', /không có trong data\/areas\.csv/],
    [6, 'as_of', /không có trên lịch/],
    [7, 'value', /số nguyên/],
    [8, 'value', /không được âm/],
    [9, 'qualifier', /exact/],
  ])('line %i, column %s', (line, column, msg) => {
    const p = at(line);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'data/participation/a.csv', column });
    expect(p[0]!.expected).toMatch(msg);
  });
  it('several problems on one line are all reported', () => {
    expect(at(10).map((p) => p.column).sort()).toEqual(['metric', 'source']);
  });
  it('nothing is reported for the good line', () => expect(at(2)).toEqual([]));
});

describe('whole-file and area problems', () => {
  it('empty participation file, non-UTF-8 areas, unknown parent, missing column', () => {
    const win1258 = new Uint8Array([...enc('code,name,type,level,parent_code\n30,H'), 0xe1, 0x69, ...enc(',tỉnh,province,VN\n')]);
    const { problems } = validateData([
      { path: 'data/areas.csv', bytes: win1258 },
      { path: 'data/participation/a.csv', bytes: enc('') },
      { path: 'data/participation/b.csv', bytes: enc('as_of,area_code,value,source\n2025-05-16,30,1,X\n') },
    ]);
    const text = problems.map(formatProblem).join('\n');
    expect(text).toMatch(/data\/areas\.csv:2 — .*UTF-8/);
    expect(text).toMatch(/data\/participation\/a\.csv — tệp rỗng/);
    expect(text).toMatch(/data\/participation\/b\.csv:1, cột "metric" — thiếu cột bắt buộc/);
  });
  it('a parent_code that does not exist', () => {
    const areas = `${AREAS}288,Hải Dương,thành phố,district,31\n`;
    const { problems } = validateData(files(`${P_HEAD}\n2025-05-16,30,people,1,,exact,X,\n`, { areas }));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/areas.csv', line: 5, column: 'parent_code', value: '31' }),
    ]);
  });
  it('corrections.csv with only its header is fine (no correction yet)', () => {
    const { problems } = validateData(
      files(`${P_HEAD}\n2025-05-16,30,people,1,,exact,X,\n`, { 'data/corrections.csv': 'date,area_code,as_of,metric,what,why\n' }),
    );
    expect(problems).toEqual([]);
  });
});

describe('what the operator wrote is what the message quotes', () => {
  it('a duplicate shows the date as written and the header as written', () => {
    const text = 'Ngày;Mã địa bàn;Số người tham gia;Nguồn\n2025-05-16;30;264.642;Kiến Thức\n16/5/2025;30;264.642;Báo khác\n';
    const { problems } = validateData(files(text));
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, column: 'Ngày', value: '16/5/2025', kind: 'figure.duplicate' }),
    ]);
    expect(problems[0]!.expected).toMatch(/cùng thời điểm 2025-05-16, địa bàn 30/);
  });
  it('an offset beyond ±14:00 is refused, not converted', () => {
    const { problems } = validateData(files(`${P_HEAD}\n2025-05-24T13:00+25:00,VN,people,1,,exact,X,\n`));
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 'as_of', value: '2025-05-24T13:00+25:00', kind: 'cell' })]);
    expect(problems[0]!.expected).toMatch(/-14:00 đến \+14:00/);
  });
});

describe('the rows read are bounded', () => {
  // 150,000 rows in one file: tests/build/gate.test.ts runs the check on one (in its own process).
  const rows = (n: number) => [P_HEAD, ...Array.from({ length: n }, (_, i) => `2025-05-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00,30,people,${i},,exact,X,`)].join('\n');
  // Every file's rows count, areas.csv's 3 first.
  it.each([
    [13, 10, []],
    [13, 11, [['data/participation/a.csv', 12, 'file.size']]],
    [6, 50, [['data/participation/a.csv', 5, 'file.size']]],
  ])('at most %i rows: 3 areas and %i figures give %j', (maxRows, n, expected) => {
    const { problems, parsed } = validateData(files(rows(n)), undefined, { maxRows });
    expect(problems.map((p) => [p.file, p.line, p.kind])).toEqual(expected);
    expect(parsed.participation.length).toBe(Math.min(n, maxRows - 3));
  });
  it('says what to do', () => {
    const { problems } = validateData(files(rows(4)), undefined, { maxRows: 6 });
    expect(problems[0]!.expected).toMatch(/hơn 6 dòng/);
    expect(problems[0]!.fix).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { validateData } from './validate.ts';
import type { Problem } from './problems.ts';
import { AREAS } from './test-data.ts';

const PARTICIPATION = 'as_of,area_code,metric,value,source\n2025-05-16,30,people,264642,Kiến Thức';
const HEAD = 'area_code,place,kind,address,starts,ends,team,phone,note,source';
const GOOD = '30,Chợ Gia Tân,cho,thôn Nhân Lý,17/5/2025 07:30,17/5/2025 11:00,Tổ công an xã,0220 3852 123,,Công an xã';

function check(csv: string, path = 'data/help-points/lich.csv') {
  const encoder = new TextEncoder();
  return validateData([
    { path: 'data/areas.csv', bytes: encoder.encode(AREAS) },
    { path: 'data/participation/a.csv', bytes: encoder.encode(PARTICIPATION) },
    { path, bytes: encoder.encode(csv) },
  ]);
}

describe('data/help-points/*.csv', () => {
  it('reads a session, times in Vietnam time', () => {
    const { dataset, problems } = check(`${HEAD}\n${GOOD}`);
    expect(problems).toEqual([]);
    expect(dataset!.helpPoints).toEqual([
      {
        area_code: '30',
        place: 'Chợ Gia Tân',
        kind: 'cho',
        address: 'thôn Nhân Lý',
        starts: '2025-05-17T07:30+07:00',
        ends: '2025-05-17T11:00+07:00',
        team: 'Tổ công an xã',
        phone: '0220 3852 123',
        source: 'Công an xã',
        origin: { file: 'data/help-points/lich.csv', line: 2 },
      },
    ]);
  });

  it('may hold only its header (the default data: no schedule was published)', () => {
    const { dataset, problems } = check(`${HEAD}\n`);
    expect(problems).toEqual([]);
    expect(dataset!.helpPoints).toEqual([]);
  });

  it('is optional: a data folder without help-points/ is fine', () => {
    const encoder = new TextEncoder();
    const { dataset } = validateData([
      { path: 'data/areas.csv', bytes: encoder.encode(AREAS) },
      { path: 'data/participation/a.csv', bytes: encoder.encode(PARTICIPATION) },
    ]);
    expect(dataset!.helpPoints).toEqual([]);
  });

  it('accepts the Vietnamese headers and words an operator writes in Excel', () => {
    const csv = [
      'Mã địa bàn;Địa điểm;Loại;Địa chỉ;Bắt đầu;Kết thúc;Tổ hỗ trợ;Số điện thoại;Ghi chú;Nguồn',
      '30;Nhà văn hoá thôn 3;Nhà văn hóa;;2025-05-17T19:00;2025-05-17T21:00;;0912.345.678 / 113;;UBND xã',
      '30;Nhà bà Lan;tận nhà;;18/5/2025 8:00;18/5/2025 9:30;;+84 912 345 678;;UBND xã',
      '30;Cổng trường;Trường học;;19/5/2025 16:30;19/5/2025 17:30;;1900 1234;;UBND xã',
      '30;Trụ sở;UBND;;20/5/2025 07:00;20/5/2025 11:00;;;;UBND xã',
    ].join('\r\n');
    const { dataset, problems } = check(csv);
    expect(problems).toEqual([]);
    expect(dataset!.helpPoints.map((h) => h.kind)).toEqual(['nha-van-hoa', 'tan-nha', 'truong', 'uy-ban']);
    expect(dataset!.helpPoints[0]!.starts).toBe('2025-05-17T19:00+07:00');
  });

  type Case = [string, string, Partial<Problem>];
  const row = (o: Partial<Record<string, string>>) =>
    HEAD.split(',').map((h) => o[h] ?? Object.fromEntries(HEAD.split(',').map((k, i) => [k, GOOD.split(',')[i]]))[h]).join(',');
  it.each<Case>([
    ['an unknown area', row({ area_code: '99' }), { column: 'area_code', value: '99', expected: 'mã địa bàn không có trong data/areas.csv' }],
    ['a day that does not exist', row({ starts: '31/4/2025 07:30' }), { column: 'starts', value: '31/4/2025 07:30' }],
    ['an hour that does not exist', row({ ends: '17/5/2025 25:00' }), { column: 'ends', value: '17/5/2025 25:00' }],
    ['a day without a time', row({ starts: '17/5/2025' }), { column: 'starts', expected: 'cần cả giờ, không chỉ ngày: ví dụ 17/5/2025 07:30 hoặc 2025-05-17T07:30' }],
    ['an end before the start', row({ ends: '17/5/2025 06:00' }), { column: 'ends', value: '17/5/2025 06:00', kind: 'help.time', expected: 'giờ kết thúc phải sau giờ bắt đầu (starts = 17/5/2025 07:30)' }],
    ['an end equal to the start', row({ ends: '17/5/2025 07:30' }), { column: 'ends', kind: 'help.time' }],
    ['an offset beyond ±14:00', row({ starts: '2025-05-17T07:30+25:00' }), { column: 'starts', expected: 'múi giờ không có thật: chỉ từ -14:00 đến +14:00 (giờ Việt Nam là +07:00)' }],
    ['an area code with a zero Excel would drop elsewhere', row({ area_code: '030' }), { column: 'area_code', value: '030', kind: 'area.unknown', expected: expect.stringContaining('có mã "30"') }],
    ['an unknown kind', row({ kind: 'quán cà phê' }), { column: 'kind', value: 'quán cà phê' }],
    ['a phone number that is not one', row({ phone: '12345' }), { column: 'phone', value: '12345' }],
    ['a phone number with letters', row({ phone: 'gọi anh Nam' }), { column: 'phone' }],
    ['a phone number whose leading zero Excel dropped', row({ phone: '912345678' }), { column: 'phone', expected: 'số điện thoại thiếu số 0 ở đầu? (Excel hay bỏ số 0: hãy để cột này ở dạng Văn bản (Text))' }],
    ['a missing place', row({ place: '' }), { column: 'place', expected: 'không được để trống (place)' }],
    ['a missing source', row({ source: '' }), { column: 'source' }],
  ])('refuses %s, naming file, line, column and value', (_, line, problem) => {
    const { dataset, problems } = check(`${HEAD}\n${GOOD.replace('Chợ Gia Tân', 'Chợ khác')}\n${line}`);
    expect(dataset).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/help-points/lich.csv', line: 3, ...problem });
    expect(problems[0]!.expected.length).toBeGreaterThan(10);
  });

  it('refuses the same session twice, naming where it first was, the time as written', () => {
    const { problems } = check(`${HEAD}\n${GOOD}\n${GOOD.replace('Chợ Gia Tân', 'chợ gia tân').replace('17/5/2025 07:30', '2025-05-17T07:30')}`);
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, column: 'starts', value: '2025-05-17T07:30', kind: 'help.duplicate', expected: expect.stringContaining('ở dòng 2') }),
    ]);
  });

  it('names the other file of a duplicate, and the columns as the file heads them', () => {
    const encoder = new TextEncoder();
    const vi = 'Mã địa bàn,Địa điểm,Loại,Bắt đầu,Kết thúc,Nguồn\n30,Chợ Gia Tân,chợ,17/5/2025 7:30,17/5/2025 7:00,UBND xã';
    const { problems } = validateData([
      { path: 'data/areas.csv', bytes: encoder.encode(AREAS) },
      { path: 'data/participation/a.csv', bytes: encoder.encode(PARTICIPATION) },
      { path: 'data/help-points/a.csv', bytes: encoder.encode(`${HEAD}\n${GOOD}`) },
      { path: 'data/help-points/b.csv', bytes: encoder.encode(vi) },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/help-points/b.csv', line: 2, column: 'Kết thúc', value: '17/5/2025 7:00', expected: expect.stringContaining('(Bắt đầu = 17/5/2025 7:30)') }),
      expect.objectContaining({ file: 'data/help-points/b.csv', line: 2, column: 'Bắt đầu', expected: expect.stringContaining('data/help-points/a.csv:2') }),
    ]);
  });

  it('reports every problem at once, with those of other files', () => {
    const { problems } = check(`${HEAD}\n${row({ area_code: '99' })}\n${row({ kind: 'x', phone: '1', place: 'Chợ khác' })}`);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:kind', '3:phone', '2:area_code']);
  });
});

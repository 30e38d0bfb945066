import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { generalHelp, usableFacts, type HelpFact } from './general.ts';

const data = aggregateCsv({
  'data/areas.csv': [AREAS, '290,Chí Linh,thành phố,district,30', '10001,Hoàng Tân,phường,commune,290', '311,Hồng Bàng,quận,district,31'].join('\n'),
  'data/participation/a.csv': 'as_of,area_code,metric,value,source\n2025-05-16,30,people,264642,Kiến Thức',
});
const fact = (area: string, area_name: string, text = `Ở ${area_name}…`): HelpFact => ({
  area,
  area_name,
  text,
  sources: [{ title: 'Bài báo', publisher: 'Kiến Thức', date: '2025-05' }],
});
const haiDuong = fact('30', 'Hải Dương');
const chiLinh = fact('290', 'Chí Linh');

describe('generalHelp: a fact holds for its area and every area under it, and nowhere else', () => {
  it.each<[string, HelpFact[], string, string | undefined]>([
    ['the province itself', [haiDuong], '30', '30'],
    ['a district of it', [haiDuong], '290', '30'],
    ['a commune two levels down', [haiDuong], '10001', '30'],
    ['the nearest fact wins', [haiDuong, chiLinh], '10001', '290'],
    ['another province', [haiDuong], '31', undefined],
    ['a district of another province', [haiDuong], '311', undefined],
    ['the country (a province’s fact never speaks for it)', [haiDuong], 'VN', undefined],
  ])('%s', (_, facts, code, from) => expect(generalHelp(facts, data, code)?.area).toBe(from));
});

describe('usableFacts', () => {
  it('keeps facts whose area exists under the same name, and sets the others aside', () => {
    const other = fact('30', 'Gia Lộc Tân'); // a synthetic dataset's area 30
    const gone = fact('99', 'Đâu Đó');
    const { usable, ignored } = usableFacts([haiDuong, other, gone], data);
    expect(usable).toEqual([haiDuong]);
    expect(ignored).toEqual([other, gone]);
  });
});

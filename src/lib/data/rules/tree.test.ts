import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import { areaRow } from '../schema.ts';
import { checkTree, parentCycles, parentLevels } from './tree.ts';
import { writtenCells } from './written.ts';

/** Areas from "code,level,parent" lines (line 2 on, as in a file with a header). */
function areas(...rows: string[]) {
  return rows.map((r, i) => {
    const [code, level, parent_code] = r.split(',');
    const a = areaRow.parse({ code, name: `Tên ${code}`, type: 'loại', level, parent_code: parent_code ?? '' });
    return { ...a, origin: { file: 'data/areas.csv', line: i + 2 } };
  });
}

function problemsOf(...rows: string[]): Problem[] {
  const problems: Problem[] = [];
  checkTree(areas(...rows), writtenCells(), problems);
  return problems;
}

const COUNTRY = 'VN,country,';

describe('checkTree accepts a tree', () => {
  it.each([
    ['three tiers', [COUNTRY, '30,province,VN', '288,district,30', '10507,commune,288']],
    ['two tiers (no district at all: communes under provinces, since 1/7/2025)', [COUNTRY, '30,province,VN', '10507,commune,30']],
    ['a district with no commune', [COUNTRY, '31,province,VN', '311,district,31']],
    ['provinces only', [COUNTRY, '01,province,VN', '30,province,VN']],
  ])('%s', (_, rows) => expect(problemsOf(...rows)).toEqual([]));
});

describe('checkTree refuses what is not a tree, with the row and the fix', () => {
  it.each([
    ['self-parent', [COUNTRY, '30,province,30'], 3, 'tree.cycle', /chính địa bàn này/],
    ['two areas each other\'s parent', [COUNTRY, '288,district,290', '290,district,288'], 3, 'tree.cycle', /288 → 290 → 288 \(dòng 3, 4\)/],
    ['a cycle of three off the root', [COUNTRY, '30,province,VN', '288,district,290', '290,district,291', '291,district,288'], 4, 'tree.cycle', /288 → 290 → 291 → 288/],
    ['a commune under a province while districts exist', [COUNTRY, '30,province,VN', '288,district,30', '10507,commune,30'], 5, 'tree.level', /xã phải thuộc một huyện/],
    ['a district under the country', [COUNTRY, '288,district,VN'], 3, 'tree.level', /huyện phải thuộc một tỉnh/],
    ['a province under a province', [COUNTRY, '30,province,VN', '31,province,30'], 4, 'tree.level', /tỉnh phải thuộc một quốc gia/],
    ['a commune under a commune', [COUNTRY, '30,province,VN', '10507,commune,30', '10509,commune,10507'], 5, 'tree.level', /xã phải thuộc một tỉnh/],
    ['a parent that does not exist', [COUNTRY, '288,district,31'], 3, 'tree.parent', /không có trong areas\.csv$/],
    ['a parent that lost its zero', [COUNTRY, '01,province,VN', '001,district,1'], 4, 'tree.parent', /có mã "01" \(data\/areas\.csv:3\): có thể Excel đã bỏ số 0/],
    ['no parent below the country', [COUNTRY, '30,province,'], 3, 'tree.parent', /chỉ cấp quốc gia/],
    ['the country its own parent', ['VN,country,VN'], 2, 'tree.cycle', /chính địa bàn này/],
    ['a country with a parent', ['VN,country,99'], 2, 'tree.parent', /cấp quốc gia không có cấp trên/],
    ['two countries', [COUNTRY, 'LA,country,'], 3, 'tree.level', /chỉ có một dòng cấp quốc gia \(đã có ở dòng 2\)/],
    ['a code twice', [COUNTRY, '30,province,VN', '30,province,VN'], 4, 'tree.duplicate', /đã có ở dòng 3/],
    ['a province code Excel re-saved', [COUNTRY, '1,province,VN'], 3, 'tree.code', /Excel đã bỏ số 0 ở đầu \(đúng ra là "01"\)/],
    ['a commune code Excel re-saved', [COUNTRY, '30,province,VN', '288,district,30', '507,commune,288'], 5, 'tree.code', /đúng ra là "00507"/],
    ['a district code too long', [COUNTRY, '30,province,VN', '2888,district,30'], 4, 'tree.code', /gồm đúng 3 chữ số/],
  ] as const)('%s', (_, rows, line, kind, message) => {
    const problems = problemsOf(...rows);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/areas.csv', line, kind });
    expect(problems[0]!.expected).toMatch(message);
  });

  it('the Excel fix is given for a lost zero', () => {
    expect(problemsOf(COUNTRY, '1,province,VN')[0]!.fix).toMatch(/Văn bản \(Text\)/);
  });
  it('names the columns as the file wrote them', () => {
    const written = writtenCells();
    const [a, b] = areas(COUNTRY, '30,province,30');
    written.note(b!, {}, { parent_code: 'Mã cấp trên' });
    const problems: Problem[] = [];
    checkTree([a!, b!], written, problems);
    expect(problems[0]!.column).toBe('Mã cấp trên');
  });
});

describe('parentCycles is one walk per area', () => {
  it('finds every cycle once, and none in a tree', () => {
    const tree = new Map(
      [['VN'], ['a', 'VN'], ['b', 'a'], ['c', 'd'], ['d', 'c'], ['e', 'e'], ['f', 'c']].map(([code, parent_code]) => [code!, { code: code!, parent_code }]),
    );
    expect(parentCycles(tree).map((c) => [...c].sort().join(','))).toEqual(['c,d', 'e']);
  });
  it('a chain of 100,000 areas is walked without recursion', () => {
    const chain = new Map<string, { code: string; parent_code?: string }>();
    for (let i = 0; i < 100_000; i++) chain.set(`n${i}`, { code: `n${i}`, parent_code: i ? `n${i - 1}` : undefined });
    expect(parentCycles(chain)).toEqual([]);
    chain.set('n0', { code: 'n0', parent_code: 'n99999' });
    expect(parentCycles(chain)[0]).toHaveLength(100_000);
  });
});

describe('parentLevels', () => {
  it.each([
    ['commune', false, ['district']],
    ['commune', true, ['province']],
    ['district', false, ['province']],
    ['province', true, ['country']],
    ['country', false, []],
  ] as const)('%s (two tiers: %s) under %j', (level, twoTier, allowed) => expect(parentLevels(level, twoTier)).toEqual(allowed));
});

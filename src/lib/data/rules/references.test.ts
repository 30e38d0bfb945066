import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import { checkAreaReference } from './references.ts';
import { writtenCells } from './written.ts';

const origin = (line: number) => ({ file: 'data/areas.csv', line });
const AREAS = new Map([
  ['VN', { origin: origin(2) }],
  ['01', { origin: origin(3) }],
  ['5', { origin: origin(4) }],
]);

function run(area_code: string | undefined, areas = AREAS) {
  const problems: Problem[] = [];
  checkAreaReference({ area_code, origin: { file: 'data/participation/a.csv', line: 7 } }, areas, writtenCells(), problems);
  return problems;
}

describe('checkAreaReference', () => {
  it.each([['VN'], ['01'], [undefined]])('%s is fine', (code) => expect(run(code)).toEqual([]));
  it('no areas at all: reported once, by the missing areas.csv, not per row', () => expect(run('30', new Map())).toEqual([]));
  it.each([
    ['99', /không có trong data\/areas\.csv$/],
    ['1', /có mã "01" \(data\/areas\.csv:3\): có thể Excel đã bỏ số 0/],
    ['05', /có mã "5" \(data\/areas\.csv:4\)/],
  ])('%s: %s', (code, message) => {
    const problems = run(code);
    expect(problems).toEqual([expect.objectContaining({ line: 7, column: 'area_code', value: code, kind: 'area.unknown' })]);
    expect(problems[0]!.expected).toMatch(message);
  });
});

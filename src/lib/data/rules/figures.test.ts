import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import { participationRow } from '../schema.ts';
import { checkFigures } from './figures.ts';
import { writtenCells } from './written.ts';

function run(...rows: Record<string, string>[]) {
  const written = writtenCells();
  const records = rows.map((cells, i) => {
    const r = { ...participationRow.parse({ metric: 'people', source: 'X', area_code: '30', ...cells }), origin: { file: 'data/participation/a.csv', line: i + 2 } };
    written.note(r, cells, { as_of: 'Ngày' });
    return r;
  });
  const problems: Problem[] = [];
  checkFigures(records, written, problems);
  return problems;
}

describe('checkFigures', () => {
  it.each<[string, Record<string, string>[]]>([
    ['different days', [{ as_of: '2025-05-16', value: '1' }, { as_of: '2025-05-17', value: '1' }]],
    ['different metrics', [{ as_of: '2025-05-16', value: '1' }, { as_of: '2025-05-16', value: '1', metric: 'opinions' }]],
    ['different channels', [{ as_of: '2025-05-16', value: '1' }, { as_of: '2025-05-16', value: '1', channel: 'all' }]],
    ['different moments of one day', [{ as_of: '2025-05-16 08:00', value: '1' }, { as_of: '2025-05-16 20:00', value: '2' }]],
    ['value equal to eligible', [{ as_of: '2025-05-16', value: '5', eligible: '5' }]],
    ['opinions above eligible (one person may send several)', [{ as_of: '2025-05-16', value: '9', eligible: '5', metric: 'opinions' }]],
  ])('accepts %s', (_, rows) => expect(run(...rows)).toEqual([]));

  it('a duplicate written another way is found, quoted as written', () => {
    const problems = run({ as_of: '2025-05-16', value: '1' }, { as_of: '16/5/2025', value: '2' });
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 'Ngày', value: '16/5/2025', kind: 'figure.duplicate' })]);
    expect(problems[0]!.expected).toMatch(/^trùng số liệu đã có ở dòng 2: cùng thời điểm 2025-05-16/);
  });
  it('more people than eligible', () => {
    expect(run({ as_of: '2025-05-16', value: '6', eligible: '5' })).toEqual([
      expect.objectContaining({ line: 2, value: '6', kind: 'figure.eligible' }),
    ]);
  });
});

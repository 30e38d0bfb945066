import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import { checkNotFuture, nowText } from './dates.ts';
import { writtenCells } from './written.ts';

const NOW = new Date('2025-05-26T20:00:00+07:00');

function run(record: Record<string, string>, columns = ['as_of']) {
  const written = writtenCells();
  const r = { ...record, origin: { file: 'data/participation/a.csv', line: 2 } };
  written.note(r, { as_of: 'written ' + (record.as_of ?? '') }, {});
  const problems: Problem[] = [];
  checkNotFuture(r, columns, NOW, written, problems);
  return problems;
}

describe('checkNotFuture: nothing dated after the build\'s now', () => {
  it.each([
    ['a past day', { as_of: '2025-05-16' }],
    ['today (a day counts from 00:00)', { as_of: '2025-05-26' }],
    ['this very minute', { as_of: '2025-05-26T20:00+07:00' }],
    ['an empty optional date', { date: '2025-05-20' }],
  ])('accepts %s', (_, record) => expect(run(record)).toEqual([]));
  it.each([
    ['tomorrow', { as_of: '2025-05-27' }, 'as_of'],
    ['a minute later', { as_of: '2025-05-26T20:01+07:00' }, 'as_of'],
    ['years ahead', { as_of: '2031-05-16' }, 'as_of'],
    ['a correction dated ahead', { date: '2025-06-01', as_of: '2025-05-16' }, 'date'],
  ])('refuses %s', (_, record, column) => {
    const problems = run(record, ['date', 'as_of']);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column, kind: 'date.future' })]);
    expect(problems[0]!.expected).toMatch(/26\/5\/2025 20:00, giờ Việt Nam/);
  });
  it('quotes the value as written', () => expect(run({ as_of: '2031-05-16' })[0]!.value).toBe('written 2031-05-16'));
  it('says now in Vietnam time', () => expect(nowText(new Date('2025-05-26T17:05:00Z'))).toBe('27/5/2025 00:05'));
});

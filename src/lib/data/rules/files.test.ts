import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import { fileKind, FILE_PLACES } from '../validate.ts';
import { checkFiles, isIgnored } from './files.ts';

const file = (path: string, size = 10) => ({ path, bytes: new Uint8Array(Math.min(size, 10)), size });

function run(paths: string[], maxBytes?: number) {
  const problems: Problem[] = [];
  const read = checkFiles(paths.map((p) => file(p)), fileKind, Object.values(FILE_PLACES), problems, maxBytes);
  return { read: read.map((f) => f.path), problems };
}

describe('checkFiles: what is read, what is reported, what is left alone', () => {
  it.each([
    ['data/areas.csv', 'read'],
    ['data/participation/2025-05-16.csv', 'read'],
    ['data/breakdowns/2025-05-13.CSV', 'read'],
    ['data/corrections.csv', 'read'],
    ['data/participation/2025-05-17.xlsx', /tệp \.xlsx không được đọc/],
    ['data/participation/2025-05-17.xls', /tệp \.xls không được đọc/],
    ['data/participation/2025-05-17.txt', /tệp \.txt không được đọc/],
    ['data/2025-05-17.csv', /nằm ở chỗ bản dựng không đọc/],
    ['data/participation/cu/2025-05-01.csv', /nằm ở chỗ bản dựng không đọc/],
    ['data/cu/areas.csv', /nằm ở chỗ bản dựng không đọc/],
    ['data/participation/anh.png', /chỉ chứa tệp \.csv/],
    ['data/README.md', 'ignored'],
    ['data/participation/.gitkeep', 'ignored'],
    ['data/participation/~$2025-05-17.xlsx', 'ignored'],
    ['data/dataset.json', 'ignored'],
  ] as const)('%s: %s', (path, outcome) => {
    const { read, problems } = run([path]);
    if (outcome === 'read') expect([read, problems]).toEqual([[path], []]);
    else if (outcome === 'ignored') expect([read, problems]).toEqual([[], []]);
    else {
      expect(read).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ file: path, kind: 'file.unread' })]);
      expect(problems[0]!.expected).toMatch(outcome);
    }
  });
  it('a misplaced CSV is told where data files go', () => {
    expect(run(['data/x.csv']).problems[0]!.fix).toMatch(/participation\/\*\.csv/);
  });
  it('a file over the size limit is refused before it is read, with its size', () => {
    const problems: Problem[] = [];
    const big = { path: 'data/participation/big.csv', bytes: new Uint8Array(0), size: 300 * 1024 * 1024 };
    expect(checkFiles([big], fileKind, [], problems)).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: big.path, kind: 'file.size' })]);
    expect(problems[0]!.expected).toMatch(/300 MB, quá giới hạn 256 MB/);
  });
  it('reads in a stable order', () => {
    expect(run(['data/participation/b.csv', 'data/areas.csv', 'data/participation/a.csv']).read).toEqual([
      'data/areas.csv',
      'data/participation/a.csv',
      'data/participation/b.csv',
    ]);
  });
  it.each(['.DS_Store', 'x/.hidden.csv', 'GHI-CHU.md'])('isIgnored(%s)', (p) => expect(isIgnored(p)).toBe(true));
});

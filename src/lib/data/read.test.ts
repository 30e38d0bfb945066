import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, readDataFiles } from './read.ts';

function folder(files: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gopy-df-')), 'mydata');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const AREAS = 'code,name,type,level,parent_code\nVN,Việt Nam,quốc gia,country,\n';
const FIG = 'as_of,area_code,metric,value,source\n2025-05-26,VN,people,17100624,X\n';

describe('readDataFiles', () => {
  it('lists every file, names it from the folder, reads only data files, and reads dataset.json', async () => {
    const dir = folder({
      'areas.csv': AREAS,
      'participation/a.csv': FIG,
      'participation/notes.txt': 'not data',
      'README.md': 'not data',
      'dataset.json': '{"illustrative": true, "label": "Minh hoạ"}',
    });
    const { files, meta } = await readDataFiles(dir);
    const read = Object.fromEntries(files.map((f) => [f.path, f.bytes.length > 0]));
    expect(read).toEqual({
      'mydata/areas.csv': true,
      'mydata/participation/a.csv': true,
      'mydata/participation/notes.txt': false,
      'mydata/README.md': false,
    });
    expect(files.find((f) => f.path.endsWith('notes.txt'))!.size).toBe(8);
    expect(meta).toEqual({ illustrative: true, label: 'Minh hoạ' });
  });
  it('real data is not illustrative unless it says so', async () => {
    const { dataset, problems } = await readDataset(folder({ 'areas.csv': AREAS, 'participation/a.csv': FIG }));
    expect(problems).toEqual([]);
    expect(dataset!.meta.illustrative).toBe(false);
  });
  it('a file the build would skip is reported; notes in Markdown and hidden files are not', async () => {
    const dir = folder({
      'areas.csv': AREAS,
      'participation/a.csv': FIG,
      'participation/2025-05-17.xlsx': 'PK',
      'participation/old/2025-05-01.csv': FIG,
      '2025-05-18.csv': FIG,
      'README.md': '# notes',
      'participation/.gitkeep': '',
    });
    const { dataset, problems } = await readDataset(dir);
    expect(dataset).toBeUndefined();
    expect(problems.map((p) => [p.file, p.kind])).toEqual([
      ['mydata/2025-05-18.csv', 'file.unread'],
      ['mydata/participation/2025-05-17.xlsx', 'file.unread'],
      ['mydata/participation/old/2025-05-01.csv', 'file.unread'],
    ]);
    expect(problems[1]!.fix).toMatch(/CSV UTF-8/);
  });
  it('a figure dated after GOPY_NOW is refused', async () => {
    const dir = folder({ 'areas.csv': AREAS, 'participation/a.csv': FIG });
    const before = await readDataset(dir, new Date('2025-05-25T00:00:00+07:00'));
    expect(before.problems.map((p) => p.kind)).toEqual(['date.future']);
    expect((await readDataset(dir, new Date('2025-05-26T00:00:00+07:00'))).problems).toEqual([]);
  });
  it('a data folder that does not exist is a problem, not a crash', async () => {
    const { dataset, problems } = await readDataset('/nonexistent/gopy-data');
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: '/nonexistent/gopy-data', kind: 'file.missing' })]);
  });
});

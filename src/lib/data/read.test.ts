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
  it('reads only data files, names them from the folder, and reads dataset.json', async () => {
    const dir = folder({
      'areas.csv': AREAS,
      'participation/a.csv': FIG,
      'participation/notes.txt': 'not data',
      'README.md': 'not data',
      'dataset.json': '{"illustrative": true, "label": "Minh hoạ"}',
    });
    const { files, meta } = await readDataFiles(dir);
    expect(files.map((f) => f.path).sort()).toEqual(['mydata/areas.csv', 'mydata/participation/a.csv']);
    expect(meta).toEqual({ illustrative: true, label: 'Minh hoạ' });
  });
  it('real data is not illustrative unless it says so', async () => {
    const { dataset, problems } = await readDataset(folder({ 'areas.csv': AREAS, 'participation/a.csv': FIG }));
    expect(problems).toEqual([]);
    expect(dataset!.meta.illustrative).toBe(false);
  });
});

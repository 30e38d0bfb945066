import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHandoff, writeHandoff } from './handoff.ts';
import { emptyDataset, type Dataset } from './validate.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gopy-handoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataset: Dataset = emptyDataset({ illustrative: false });

describe('handoff', () => {
  it('reads back what was written', async () => {
    const file = path.join(dir, 'a.json');
    await writeHandoff(file, dataset);
    expect(await readHandoff(file)).toEqual(dataset);
  });

  it('waits for a file the living writer has not written yet', async () => {
    const file = path.join(dir, 'b.json');
    const reading = readHandoff(file, process.pid);
    let done = false;
    void reading.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 120));
    expect(done).toBe(false);
    await writeHandoff(file, dataset);
    expect(await reading).toEqual(dataset);
  });

  it.each([
    ['no writer named', undefined],
    ['a writer that is gone', 2 ** 22 + 12345],
  ])('refuses a missing file with %s', async (_, writer) => {
    await expect(readHandoff(path.join(dir, 'missing.json'), writer)).rejects.toThrow(/missing\.json/);
  });
});

describe('handoff, a record per line', () => {
  it('reads back every table, in order, texts with newlines and quotes intact', async () => {
    const file = path.join(dir, 'c.json');
    const origin = { file: 'data/x.csv', line: 2 };
    const full: Dataset = {
      meta: { illustrative: true, label: 'Minh hoạ' },
      areas: [
        { code: 'VN', name: 'Việt Nam', type: 'quốc gia', level: 'country', origin },
        { code: '30', name: 'Hải "Dương"', type: 'tỉnh', level: 'province', parent_code: 'VN', origin },
      ],
      participation: Array.from({ length: 3000 }, (_, i) => ({
        as_of: '2025-05-16', area_code: '30', metric: 'people' as const, channel: 'vneid' as const, value: i, qualifier: 'exact' as const,
        source: 'Nguồn\nhai dòng', origin: { ...origin, line: i + 2 },
      })),
      breakdowns: [],
      corrections: [{ date: '2025-05-17', what: 'a', why: 'b', origin }],
      helpPoints: [
        {
          area_code: '30', place: 'Nhà văn hoá', kind: 'nha-van-hoa', starts: '2025-05-17T08:00', ends: '2025-05-17T11:00',
          phone: '0220 123', source: 'UBND', origin,
        } as Dataset['helpPoints'][number],
      ],
    };
    await writeHandoff(file, full);
    expect(await readHandoff(file)).toEqual(full);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAggregates, readHandoff, writeHandoff } from './handoff.ts';
import { emptyDataset, validateData, type Dataset } from './validate.ts';
import { aggregate, type Aggregates } from './aggregate.ts';
import { AREAS } from './test-data.ts';

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

describe('readAggregates', () => {
  /** What a page reads of the aggregates, as plain values. */
  const seen = (a: Aggregates) => ({
    figures: a.figures,
    areas: a.areas,
    withFigures: a.areasWithFigures.map((x) => x.code),
    latest: a.areas.map((x) => a.latest(x.code, 'people')),
    series: a.areas.map((x) => a.series(x.code, 'people')),
    breakdowns: a.breakdowns,
    corrections: a.corrections,
    updated: a.updated,
  });

  it('gives what aggregating the whole dataset gives: the figures made as each row is read, in the same order', async () => {
    // Rows out of order in the file (by day, by area, and a later figure of a day first): the sort decides.
    const rows = ['as_of,area_code,metric,value,eligible,qualifier,source,note'];
    for (const day of [20, 16, 18]) {
      for (const [code, base] of [['31', 900], ['VN', 50000], ['30', 1000]] as const) {
        rows.push(`2025-05-${day}T20:00+07:00,${code},people,${base + day * 10},${base * 5},exact,Báo ${code},ghi chú ${day}`);
        rows.push(`2025-05-${day}T08:00+07:00,${code},people,${base + day},${base * 5},approx,Báo ${code},`);
      }
    }
    const enc = new TextEncoder();
    const { dataset, problems } = validateData(
      [
        { path: 'data/areas.csv', bytes: enc.encode(AREAS) },
        { path: 'data/participation/a.csv', bytes: enc.encode(rows.join('\n')) },
        { path: 'data/breakdowns/b.csv', bytes: enc.encode('as_of,area_code,dimension,category,metric,value,share,source\n2025-05-20,30,age_group,18–30,people,500,25,Báo 30\n') },
        { path: 'data/corrections.csv', bytes: enc.encode('date,area_code,as_of,metric,what,why\n2025-05-21,30,2025-05-18T20:00+07:00,people,Sửa,Nhầm\n') },
      ],
      { illustrative: true, label: 'Minh hoạ' },
      { now: new Date('2025-06-10T00:00:00Z') },
    );
    expect(problems).toEqual([]);
    const file = path.join(dir, 'd.json');
    await writeHandoff(file, dataset!);
    const whole = aggregate(await readHandoff(file));
    const streamed = await readAggregates(file);
    expect(streamed.figures).toHaveLength(18);
    expect(seen(streamed)).toEqual(seen(whole));
    expect(streamed.figures.map((f) => f.id)).toEqual(whole.figures.map((f) => f.id));
    expect(streamed.meta).toEqual({ illustrative: true, label: 'Minh hoạ' });
  });
});

/**
 * Build-level checks of what a newsroom takes away (issue #12), on the default site: every .xlsx
 * holds the rows of the CSV beside it; chart images are 1200×630 PNGs, one per chart, and each
 * area page's og:image is its first chart's; embed pages carry the height script; the listener
 * script of the snippet is served.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, page, siteDir } from './site.ts';
import { readDataset } from '../../src/lib/data/read.ts';
import { aggregate, type Aggregates } from '../../src/lib/data/aggregate.ts';
import { areaCharts } from '../../src/lib/figures/chart-spec.ts';
import { chartPaths, EMBED_LISTENER } from '../../src/lib/figures/chart-paths.ts';
import { COLUMNS } from '../../src/lib/figures/columns.ts';
import { DATASET_FILES } from '../../src/lib/figures/downloads.ts';
import { t } from '../../src/i18n/vi.ts';
import { ROOT } from '../e2e/site.ts';

let data: Aggregates;
beforeAll(async () => {
  const { dataset } = await readDataset(path.join(ROOT, 'data'));
  data = aggregate(dataset!);
});

const file = (p: string) => path.join(siteDir(), p);

/** A sheet value written back as the CSV writes it. */
function asCsvText(v: unknown, csvValue: string): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = new Date(Math.round(v.getTime() / 60_000) * 60_000).toISOString();
    return csvValue.length === 10 ? iso.slice(0, 10) : `${iso.slice(0, 16)}+07:00`;
  }
  return String(v);
}

describe.each(DATASET_FILES.filter((f) => f.format === 'xlsx'))('$path', (f) => {
  it('opens with the same columns and rows as the CSV beside it', async () => {
    const sheet = await readSheet(readFileSync(file(f.path)));
    const csv = csvRecords(readFileSync(file(f.path.replace(/\.xlsx$/, '.csv')), 'utf8'));
    const columns = COLUMNS[f.table as keyof typeof COLUMNS];
    expect(sheet[0]).toEqual(columns);
    expect(sheet.length - 1).toBe(csv.data.length);
    csv.data.forEach((row, i) => {
      expect(Object.fromEntries(columns.map((c, j) => [c, asCsvText(sheet[i + 1]![j], row[c] ?? '')]))).toEqual(row);
    });
  });
});

describe('chart images', () => {
  it('one 1200×630 PNG per chart above the communes, beside its CSV', () => {
    const specs = data.areasWithFigures.flatMap((a) => areaCharts(data, a, t.chartWords));
    expect(specs.length).toBeGreaterThan(3);
    for (const spec of specs) {
      const image = chartPaths(spec).image;
      expect(image === undefined, spec.id).toBe(spec.area.level === 'commune');
      if (!image) continue;
      const png = readFileSync(file(image));
      expect(png.subarray(1, 4).toString(), spec.id).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], spec.id).toEqual([1200, 630]);
      expect(png.length, spec.id).toBeGreaterThan(10_000);
    }
  });
  it.each(['toan-quoc', 'tinh-hai-duong-30'])('the page of %s shares its first chart as og:image', (slug) => {
    const html = page(`so-lieu/${slug}/`);
    expect(html).toContain(`<meta property="og:image" content="https://gopy.example.vn/so-lieu/${slug}/nguoi-tham-gia.png"`);
    expect(existsSync(file(`so-lieu/${slug}/nguoi-tham-gia.png`))).toBe(true);
  });
});

describe('embeds', () => {
  it('the snippet\'s listener is served at its stable address, as plain script', () => {
    const js = readFileSync(file(EMBED_LISTENER), 'utf8');
    expect(js).toContain("d.gopy !== 'embed-height'");
    expect(js).not.toMatch(/^\s*(import|export)\s/m);
  });
  it('every embed page loads a script of ours (the height it posts) and no inline one', () => {
    const html = page('so-lieu/nhung/toan-quoc-nguoi-tham-gia/');
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
    expect(html).toContain('og:image" content="https://gopy.example.vn/so-lieu/toan-quoc/nguoi-tham-gia.png"');
  });
});

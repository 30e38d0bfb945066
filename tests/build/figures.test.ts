/**
 * Build-level tests of the figures pages (/so-lieu/…), on the default site tests/global-setup.ts
 * built (SITE_URL https://gopy.example.vn): tables match the data, captions carry unit, as-of and
 * source, every linked download exists and parses, chart code only where charts are, the
 * corrections log (empty here; a correction on the fixture site of tests/build/fixture.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, mainText, page, siteDir } from './site.ts';
import { readDataset } from '../../src/lib/data/read.ts';
import { aggregate, type Aggregates } from '../../src/lib/data/aggregate.ts';
import { areaCharts } from '../../src/lib/figures/chart-spec.ts';
import { chartPaths } from '../../src/lib/figures/chart-paths.ts';
import { t } from '../../src/i18n/vi.ts';
import { DATASET_FILES } from '../../src/lib/figures/downloads.ts';
import { namedSite, ROOT, type BuiltSite } from '../e2e/site.ts';
import { CORRECTION } from './fixture.ts';

const SITE = 'https://gopy.example.vn/';
let data: Aggregates;
beforeAll(async () => {
  const { dataset } = await readDataset(path.join(ROOT, 'data'));
  data = aggregate(dataset!);
});

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every figures page of the build, as routes ("so-lieu/", "so-lieu/toan-quoc/"…). */
function figuresPages(dir = siteDir()): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}${e.name}/`);
      else if (e.name === 'index.html') out.push(rel);
    }
  };
  walk('so-lieu/');
  return out.sort();
}

/** <figure class="chart"> blocks of a page. */
function chartsOf(html: string) {
  return [...html.matchAll(/<figure class="chart"([^>]*)>([\s\S]*?)<\/figure>/g)].map((m) => ({
    key: /data-chart-key="([^"]+)"/.exec(m[1]!)![1]!,
    area: /data-area="([^"]+)"/.exec(m[1]!)![1]!,
    body: m[2]!,
    caption: /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(m[2]!)?.[1] ?? '',
    rows: [...m[2]!.matchAll(/<tr data-key="([^"]*)"[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => ({
      key: decode(r[1]!),
      value: Number(/data-value="(\d+)"/.exec(r[2]!)?.[1]),
      qualifier: /data-qualifier="(\w+)"/.exec(r[2]!)?.[1],
      cells: [...r[2]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)),
    })),
    payload: /<script type="application\/json" data-chart-data[^>]*>([\s\S]*?)<\/script>/.exec(m[2]!)?.[1],
  }));
}

/** A site link ("/so-lieu/x.csv" or absolute on the test origin) to its file in the build. */
function fileOf(href: string): string {
  const u = new URL(href.replace(/&amp;/g, '&'), `${SITE}so-lieu/`);
  let rel = decodeURIComponent(u.pathname.slice(1));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return path.join(siteDir(), rel);
}

describe('the figures overview /so-lieu/', () => {
  const html = page('so-lieu/');
  const text = mainText(html);
  it('leads with the latest national and Hải Dương figures, qualifiers kept', () => {
    expect(text).toContain('17.100.624 người');
    expect(text).toContain('264.642 người');
    // As the source said it, every digit kept in the element's value; the all-channel count in its source's word.
    expect(text).toContain('hơn 4,3 triệu ý kiến');
    expect(html).toContain('<data value="4300000">');
    expect(text).toContain('280.226.909 lượt góp ý');
    expect(text).toMatch(/Xếp hạng theo nguồn công bố: thứ 1 cả nước/);
  });
  it('has the two people series and both 13/5 breakdowns', () => {
    expect(chartsOf(html).map((c) => c.key)).toEqual([
      'nguoi-tham-gia',
      'nguoi-tham-gia',
      'do-tuoi-2025-05-13',
      'nghe-nghiep-2025-05-13',
    ]);
  });
  it('links to every area page that has figures, and to downloads, corrections, methodology, feed', () => {
    for (const a of data.areasWithFigures.filter((x) => x.level !== 'commune' && x.level !== 'district')) {
      expect(html).toContain(`href="/so-lieu/${a.slug}/"`);
    }
    for (const href of ['/so-lieu/du-lieu/', '/so-lieu/dinh-chinh/', '/phuong-phap/', '/so-lieu/rss.xml']) expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]+href="https:\/\/gopy\.example\.vn\/so-lieu\/rss\.xml"/);
  });
  it('shows the occupation share the source printed beside the computed one (14,8 % vs 2,2 %)', () => {
    const job = chartsOf(html).find((c) => c.key.startsWith('nghe-nghiep'))!;
    const police = job.rows.find((r) => r.key === 'Cán bộ công an')!;
    // 2,2 % divides canhco.net's count by Tuổi Trẻ's total: marked, explained under the table, never drawn.
    expect(police.cells.slice(0, 4)).toEqual(['Cán bộ công an', 'hơn 16.360', 'khoảng 2,2 % *', '14,8 %']);
  });
  it('says the occupations do not add up to the total, and not of the age groups (they do)', () => {
    const [age, job] = chartsOf(html).filter((c) => /^(do-tuoi|nghe-nghiep)-/.test(c.key));
    expect(decode(job!.caption)).toContain('Nguồn chỉ nêu một số nhóm');
    expect(decode(age!.caption)).not.toContain('Nguồn chỉ nêu một số nhóm');
  });
});

describe('every figures page', () => {
  const pages = figuresPages();
  it('exists for every area with figures, plus overview, downloads, corrections and embeds', () => {
    expect(pages).toEqual(expect.arrayContaining(['so-lieu/', 'so-lieu/du-lieu/', 'so-lieu/dinh-chinh/', 'so-lieu/toan-quoc/', 'so-lieu/tinh-hai-duong-30/']));
    for (const a of data.areasWithFigures) expect(pages).toContain(`so-lieu/${a.slug}/`);
  });

  // The per-chart tests below exist only for the charts `chartsOf` recognises: make sure it
  // recognises every chart there is, on at least the pages known to have charts.
  const chartPages = pages.filter((p) => chartsOf(page(p)).length > 0);
  it('finds every chart: as many as data-chart-key attributes, on the overview, both areas and the embeds', () => {
    const missed = pages
      .map((p) => [p, (page(p).match(/data-chart-key="/g) ?? []).length, chartsOf(page(p)).length] as const)
      .filter(([, marked, found]) => marked !== found)
      .map(([p, marked, found]) => `${p}: ${marked} charts, ${found} recognised`);
    expect(missed).toEqual([]);
    expect(chartPages).toEqual(expect.arrayContaining(['so-lieu/', 'so-lieu/toan-quoc/', 'so-lieu/tinh-hai-duong-30/', 'so-lieu/nhung/toan-quoc-nguoi-tham-gia/']));
    expect(chartPages.filter((p) => p.startsWith('so-lieu/nhung/')).length).toBeGreaterThanOrEqual(4);
  });

  describe.each(chartPages)('%s', (route) => {
    const html = page(route);
    const charts = chartsOf(html);
    it.each(charts.map((c) => [c.key, c] as const))('chart %s: caption with unit, as-of and source links', (_k, c) => {
      expect(c.caption).toMatch(/Đơn vị: (người|ý\u00a0kiến|lượt\u00a0góp\u00a0ý)\./);
      expect(c.caption).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}[^"]*"/);
      expect(c.caption).toMatch(/Nguồn: /);
      if (c.rows.some((r) => r.qualifier !== 'exact')) expect(decode(c.caption)).toContain('“khoảng” hoặc “hơn”');
    });
    it.each(charts.map((c) => [c.key, c] as const))('chart %s: table = data = CSV = JSON = drawn payload', (key, c) => {
      const area = data.areasWithFigures.find((a) => a.slug === c.area)!;
      const spec = areaCharts(data, area, t.chartWords).find((s) => s.key === key)!;
      expect(spec, `no chart ${key} for ${area.slug}`).toBeDefined();
      // The table against the validated data.
      expect(c.rows.map((r) => [r.key, r.value, r.qualifier])).toEqual(spec.rows.map((r) => [r.key, r.value, r.qualifier]));
      for (const r of c.rows) {
        const word = r.qualifier === 'approx' ? 'khoảng ' : r.qualifier === 'at_least' ? 'hơn ' : '';
        expect(r.cells[1]).toBe(`${word}${r.value.toLocaleString('de-DE')}`);
      }
      // The CSV and JSON linked beside the chart.
      const p = chartPaths(spec);
      expect(c.body).toContain(`href="/${p.csv}"`);
      expect(c.body).toContain(`href="/${p.json}"`);
      const csv = csvRecords(readFileSync(fileOf(`/${p.csv}`), 'utf8'));
      expect(csv.errors).toEqual([]);
      expect(csv.data.map((r) => [r.as_of === spec.asOf && spec.kind === 'bar' ? r.category : r.as_of, Number(r.value), r.qualifier])).toEqual(
        c.rows.map((r) => [r.key, r.value, r.qualifier]),
      );
      const json = JSON.parse(readFileSync(fileOf(`/${p.json}`), 'utf8'));
      expect(json.rows.map((r: { value: number }) => r.value)).toEqual(c.rows.map((r) => r.value));
      expect(json.unit).toBe(spec.unit);
      // What the client draws.
      if (spec.drawable) {
        const payload = JSON.parse(c.payload!);
        expect(payload.y).toEqual(c.rows.map((r) => r.value));
        expect(payload.inexact).toEqual(c.rows.map((r) => r.qualifier !== 'exact'));
        payload.tooltips.forEach((tip: string, i: number) => {
          if (c.rows[i]!.qualifier === 'approx') expect(tip).toMatch(/khoảng/);
          if (c.rows[i]!.qualifier === 'at_least') expect(tip).toMatch(/hơn/);
        });
        if (!route.startsWith('so-lieu/nhung/')) {
          expect(c.body).toContain(`href="/${p.embed}"`);
          expect(c.body).toContain(`&lt;iframe src=&quot;${SITE}${p.embed}&quot;`);
        }
        expect(existsSync(fileOf(`/${p.embed}`))).toBe(true);
      } else {
        expect(c.payload).toBeUndefined();
      }
    });
  });

  it.each(pages)('%s: every linked download exists and parses', (route) => {
    const html = page(route);
    const links = [...html.matchAll(/(?:href|src)="([^"]+\.(?:csv|json|xml|png))"/g)].map((m) => m[1]!);
    for (const href of links) {
      if (/^https?:/.test(href) && !href.startsWith(SITE)) continue;
      const file = fileOf(href);
      expect(existsSync(file), `${route} links ${href}`).toBe(true);
      const body = readFileSync(file, 'utf8');
      if (href.endsWith('.csv')) expect(csvRecords(body).errors, href).toEqual([]);
      if (href.endsWith('.json')) expect(() => JSON.parse(body), href).not.toThrow();
      if (href.endsWith('.xml')) {
        expect(XMLValidator.validate(body), href).toBe(true);
        expect(body, href).toMatch(/^<\?xml[\s\S]*<\/rss>$/);
      }
    }
  });
});

describe('area page of Hải Dương', () => {
  const html = page('so-lieu/tinh-hai-duong-30/');
  const text = mainText(html);
  it('computes the rate, labels the reported rank, never copies the printed 19,9 %', () => {
    // The source's note on the printed rate stays with the figure (set the site's way: quotes, percent).
    const note = 'Bài báo ghi tỉ lệ “gần 19,9 %”, nhưng 240.500 / 1.290.087 = 18,6 %';
    expect(text).toContain(note);
    expect(text).toContain('20,5 % trong số 1.290.087');
    expect(text).toContain('khoảng 18,6 %');
    expect(text.replaceAll(note, '')).not.toContain('19,9 %');
    expect(text).toMatch(/thứ 2 cả nước \(theo nguồn\)/);
  });
  it('is linked from its parent (the country page), and says the other provinces have no figures', () => {
    expect(page('so-lieu/toan-quoc/')).toContain('href="/so-lieu/tinh-hai-duong-30/"');
    expect(mainText(page('so-lieu/toan-quoc/'))).toContain('62 tỉnh, thành phố khác chưa có số liệu');
    expect(text).toContain('Chưa có số liệu công bố của 12 huyện, thị xã, thành phố trực thuộc');
  });
});

describe('whole-dataset downloads /so-lieu/du-lieu/', () => {
  const html = page('so-lieu/du-lieu/');
  it.each(DATASET_FILES.map((f) => [f.path]))('%s is listed, exists and parses', (p) => {
    expect(html).toContain(`href="/${p}"`);
    if (p.endsWith('.xlsx')) {
      // A zip (the rows are compared with the CSV's in figures-press.test.ts).
      expect(readFileSync(path.join(siteDir(), p)).subarray(0, 2).toString()).toBe('PK');
      return;
    }
    const body = readFileSync(path.join(siteDir(), p), 'utf8');
    if (p.endsWith('.csv')) {
      const r = csvRecords(body);
      expect(r.errors).toEqual([]);
    } else JSON.parse(body);
  });
  it('all participation = every row of data/participation, values and qualifiers as validated', () => {
    const rows = csvRecords(readFileSync(path.join(siteDir(), 'so-lieu/du-lieu/tham-gia.csv'), 'utf8')).data;
    expect(rows.map((r) => `${r.as_of}|${r.area_code}|${r.metric}|${r.channel}|${r.value}|${r.qualifier}`).sort()).toEqual(
      data.figures.map((f) => `${f.as_of}|${f.area_code}|${f.metric}|${f.channel}|${f.value}|${f.qualifier}`).sort(),
    );
    const hd = rows.find((r) => r.area_code === '30' && r.as_of === '2025-05-15')!;
    expect(hd.rate).toBe('0.186422');
  });
  it('metadata.json names every file (that exists), units, licence, sources and when it was generated', () => {
    const m = JSON.parse(readFileSync(path.join(siteDir(), 'so-lieu/du-lieu/metadata.json'), 'utf8'));
    // Every other file of the list (metadata.json does not list itself).
    const others = DATASET_FILES.map((f) => f.path).filter((p) => !p.endsWith('/metadata.json'));
    expect(others.length).toBeGreaterThan(0);
    expect(m.files.map((f: { url: string }) => f.url)).toEqual(others.map((p) => `${SITE}${p}`));
    for (const f of m.files) expect(existsSync(fileOf(f.url))).toBe(true);
    expect(m.units.people).toBe('người');
    expect(m.licence.name).toMatch(/CC BY 4\.0/);
    expect(m.generated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(m.sources.length).toBeGreaterThanOrEqual(5);
  });
  it('README lists every stable URL', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const f of DATASET_FILES) expect(readme).toContain(f.path);
  });
});

describe('chart code only where a chart is drawn', () => {
  const chartScript = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!).filter((s) => /ChartClient/.test(s));
  it('the overview and the embed pages load it; guides, home, downloads and corrections do not', () => {
    expect(chartScript(page('so-lieu/'))).toHaveLength(1);
    expect(chartScript(page('so-lieu/nhung/toan-quoc-nguoi-tham-gia/'))).toHaveLength(1);
    for (const p of ['', 'huong-dan/', 'so-lieu/du-lieu/', 'so-lieu/dinh-chinh/', 'phuong-phap/']) expect(chartScript(page(p)), p).toEqual([]);
  });
  it('never bundles chart.js/auto: no doughnut, radar or pie controller in the chart script', () => {
    const [src] = chartScript(page('so-lieu/'));
    const js = readFileSync(fileOf(src!), 'utf8');
    expect(js).not.toMatch(/DoughnutController|RadarController|PolarAreaController|"doughnut"|"radar"/);
  });
  it('the overview weighs at most about 90 KB compressed (HTML + chart script)', () => {
    const html = page('so-lieu/');
    const [src] = chartScript(html);
    const total = gzipSync(html).length + gzipSync(readFileSync(fileOf(src!))).length;
    expect(total).toBeLessThan(90 * 1024);
  });
});

describe('feed and share image', () => {
  it('the RSS feed lists figures newest first, with qualifier and source', () => {
    const xml = readFileSync(path.join(siteDir(), 'so-lieu/rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles[0]).toContain('280.226.909\u00a0lượt\u00a0góp\u00a0ý');
    expect(xml).toContain('khoảng 745.000\u00a0người');
    expect(xml).toContain('https://gopy.example.vn/so-lieu/tinh-hai-duong-30/#so-lieu-30-people-vneid-2025-05-16');
    // Every item's link lands on an existing anchor.
    const links = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => /<link>([^<]*)<\/link>/.exec(m[0])?.[1]);
    expect(links.length).toBe(titles.length);
    expect(links.filter((l) => !/^https:\/\/gopy\.example\.vn\/[^#]*#.+$/.test(l ?? ''))).toEqual([]);
    for (const m of xml.matchAll(/<link>https:\/\/gopy\.example\.vn\/([^<#]*)#([^<]+)<\/link>/g)) {
      expect(readFileSync(fileOf(`/${m[1]}`), 'utf8'), m[0]).toContain(`id="${m[2]}"`);
    }
  });
  it('every page announces the share image, a 1200×630 PNG', () => {
    for (const p of ['', 'so-lieu/', 'huong-dan/']) expect(page(p)).toContain('<meta property="og:image" content="https://gopy.example.vn/so-lieu/anh-chia-se.png"');
    const png = readFileSync(path.join(siteDir(), 'so-lieu/anh-chia-se.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('corrections log', () => {
  it('says there is none on the default data', () => {
    expect(mainText(page('so-lieu/dinh-chinh/'))).toContain('Chưa có đính chính nào.');
  });

  // The fixture site (tests/build/fixture.ts): the default data plus a correction of Hải Dương's
  // 16/5 figure (and one more, carrying markup, for the security tests). Waited for in a hook: it
  // may still be building.
  let site: BuiltSite;
  beforeAll(async () => {
    site = await namedSite('fixture');
  });
  it('lists a correction, links the corrected figure to it, and puts it in the feed', () => {
    const read = (p: string) => readFileSync(path.join(site.dir, p), 'utf8');
    const log = mainText(read('so-lieu/dinh-chinh/index.html'));
    expect(log).not.toContain('Chưa có đính chính nào');
    expect(log).toContain('Sửa số người của Hải Dương: 264.642, không phải 246.642');
    expect(log).toContain('Gõ nhầm khi nhập &lt;/script&gt; số liệu');
    expect(log).toContain('17/5/2025');
    const area = read('so-lieu/tinh-hai-duong-30/index.html');
    expect(area).toContain('Số liệu này đã được đính chính');
    expect(area).toContain('href="/so-lieu/dinh-chinh/"');
    expect(read('so-lieu/rss.xml')).toContain('Đính chính: Sửa số người của Hải Dương');
    const csv = csvRecords(read('so-lieu/du-lieu/dinh-chinh.csv').replace(/^\uFEFF/, ''));
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(2);
    expect(csv.data.filter((r) => r.what === CORRECTION.what)).toEqual([
      expect.objectContaining({ date: CORRECTION.date, area_code: '30', metric: 'people', what: CORRECTION.what, why: CORRECTION.why }),
    ]);
  });
});

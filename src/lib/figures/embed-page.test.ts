import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateCsv, AREAS } from '../data/test-data.ts';
import { parseCampaign } from '../campaign/settings.ts';
import { enLocale, viLocale } from '../../i18n/locale.ts';
import { t } from '../../i18n/vi.ts';
import { areaCharts } from './chart-spec.ts';
import { chartHtml } from './chart-html.ts';
import { embedHeadHtml, embedPageHtml } from './embed-page.ts';

const data = aggregateCsv({
  'data/areas.csv': AREAS,
  'data/participation/a.csv': [
    'as_of,area_code,metric,value,eligible,qualifier,source,source_url',
    '2025-05-15,30,people,240500,1290087,approx,Lao Động,https://laodong.example/a?b=1&c=2',
    '2025-05-16,30,people,264642,1290087,exact,Kiến Thức,',
  ].join('\n'),
});
const FILE = 'tests/fixtures/illustrative-campaign/campaign.yaml';
const campaign = parseCampaign(readFileSync(FILE, 'utf8'), FILE).campaign!;
const spec = areaCharts(data, data.area('30')!, t.chartWords).find((s) => s.drawable)!;
const env = { locale: viLocale, site: 'https://gopy.example.vn', campaign, now: Date.parse('2025-05-20T03:00:00Z') };

describe('embedHeadHtml', () => {
  it('is noindex, with its canonical address, and an image only when given', () => {
    const head = embedHeadHtml({ title: 'A & "B"', canonical: '/so-lieu/nhung/x/' }).value;
    expect(head).toContain('<title>A &amp; &quot;B&quot;</title><meta name="robots" content="noindex"><link rel="canonical" href="/so-lieu/nhung/x/">');
    expect(head).toContain('<meta property="og:title" content="A &#38; &#34;B&#34;">');
    expect(head).not.toContain('og:image');
  });
});

describe('embedPageHtml', () => {
  const page = embedPageHtml(spec, env);
  it('is the chart with its title as the h1, no embed code, and a link back to the full page', () => {
    expect(page.path).toBe(`so-lieu/nhung/${spec.id}/`);
    expect(page.main.value).toContain(`<h1 class="chart__title" id="bieu-do-${spec.id}-title">`);
    expect(page.main.value).not.toContain('chart__embed');
    expect(page.main.value).toContain(`<p class="embed__source">Biểu đồ từ <a href="https://gopy.example.vn/so-lieu/tinh-hai-duong-30/#bieu-do-${spec.id}" target="_blank" rel="noopener">${campaign.short_name}</a>.</p>`);
    expect(page.head.value).toContain(`<link rel="canonical" href="https://gopy.example.vn/so-lieu/nhung/${spec.id}/">`);
    expect(page.head.value).toContain(`<meta property="og:image" content="https://gopy.example.vn/so-lieu/tinh-hai-duong-30/${spec.key}.png">`);
  });
});

describe('chartHtml', () => {
  const page = chartHtml(spec, { heading: 'h3', variant: 'page', anchors: true }, env).value;
  it('has its four parts, each under its heading, the data for the canvas and the image without JavaScript', () => {
    for (const part of ['bieu-do', 'bang', 'nguon', 'tai-ve']) expect(page).toContain(`id="bieu-do-${spec.id}-${part}" data-part`);
    expect(page).toContain('<script type="application/json" data-chart-data>{');
    expect(page).toContain(`<noscript><img src="/so-lieu/tinh-hai-duong-30/${spec.key}.png"`);
    expect(page).toContain('<h4 class="chart__part-title">');
  });
  it('escapes the sources’ addresses, and offers the embed code on a full Vietnamese page only', () => {
    expect(page).toContain('href="https://laodong.example/a?b=1&#38;c=2"');
    expect(page).toContain('class="chart__embed"');
    const en = chartHtml(spec, { heading: 'h3', variant: 'page', anchors: false }, { ...env, locale: enLocale }).value;
    expect(en).not.toContain('class="chart__embed"');
    expect(en).toContain('lang="vi"');
  });
  it('without a public origin: no citation address, no share links, no embed code', () => {
    const local = chartHtml(spec, { heading: 'h3', variant: 'page', anchors: false }, { ...env, site: undefined }).value;
    expect(local).not.toMatch(/gopy\.example\.vn|localhost|class="share"|chart__embed/);
  });
});

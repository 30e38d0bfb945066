import { describe, expect, it } from 'vitest';
import type { Latest } from '../data/aggregate.ts';
import { fmt, t } from '../../i18n/vi.ts';
import { en, fmt as enFmt } from '../../i18n/en.ts';
import { figurePanelHtml, type FigurePanel } from './figure-panel.ts';

const latest = (over: Partial<Latest['figure']> = {}, extra: Partial<Latest> = {}): Latest => ({
  figure: {
    as_of: '2025-05-16', area_code: '30', metric: 'people', channel: 'vneid', value: 264642, eligible: 1290087,
    qualifier: 'exact', source: 'Kiến Thức: "Bí quyết" <b>', id: 'f-30', time: 0, day: '2025-05-16',
    ...over,
  },
  ...extra,
});
const panel: FigurePanel = { label: 'Tỉnh <Hải Dương>', compact: false };

describe('figurePanelHtml', () => {
  it('value, unit and as-of always together; the source escaped, and said to have no address when it has none', () => {
    const o = figurePanelHtml(latest(), panel, t.figure, fmt).value;
    expect(o).toContain('<div class="figure" data-figure="f-30"><p class="figure__label">Tỉnh &lt;Hải Dương&gt;</p>');
    expect(o).toContain(`<p class="figure__value"><data value="264642">${fmt.amount(latest().figure)}</data>\u00a0người</p>`);
    expect(o).toContain(`<time datetime="2025-05-16">${fmt.asOf('2025-05-16')}</time>`);
    expect(o).toContain(`<span>Kiến Thức: &quot;Bí quyết&quot; &lt;b&gt;</span> (${t.figure.noAddress}).</p>`);
    expect(o).not.toContain('<b>');
  });
  it('the qualifier before the number, a long number in smaller type', () => {
    const o = figurePanelHtml(latest({ qualifier: 'approx', value: 17100624 }), panel, t.figure, fmt).value;
    expect(o).toContain(`<p class="figure__value figure__value--long"><span class="figure__q">${fmt.words.qualifier.approx} </span>`);
  });
  it('rate, rank and change when there are; compact leaves rank and change out', () => {
    const l = latest({ source_url: 'https://a.vn/?x=1&y=2' }, {
      rate: 264642 / 1290087,
      rank: { position: 1, of: 63, scope: 'country', kind: 'reported' },
      change: { value: 12000, qualifier: 'exact', since: latest({ as_of: '2025-05-10' }).figure },
    } as Partial<Latest>);
    const o = figurePanelHtml(l, panel, t.figure, fmt).value;
    expect(o).toContain(`<p>${t.figure.rate}: <strong>`);
    expect(o).toContain(`<p>${t.figure.rankReported}: <strong>`);
    expect(o).toContain(`<p>${t.figure.change} (${fmt.date('2025-05-10')}): `);
    expect(o).toContain('<a href="https://a.vn/?x=1&#38;y=2">');
    const c = figurePanelHtml(l, { ...panel, compact: true }, t.figure, fmt).value;
    expect(c).toContain(`<p>${t.figure.rate}: `);
    expect(c).not.toContain(t.figure.rankReported);
    expect(c).not.toContain(`${t.figure.change} (`);
  });
  it('the illustrative label, the note, the corrections link and the report link, each only when given', () => {
    const bare = figurePanelHtml(latest(), panel, t.figure, fmt).value;
    for (const s of ['illustrative', 'class="muted"', 'dinh-chinh', 'report-mistake']) expect(bare).not.toContain(s);
    const o = figurePanelHtml(latest({ note: 'Số <tạm>' }), { ...panel, illustrative: 'Minh hoạ', correctionsHref: '/so-lieu/dinh-chinh/', report: { href: 'mailto:a@b.vn?subject=x&body=y', text: 'Báo số liệu sai' } }, t.figure, fmt).value;
    expect(o).toContain('<div class="figure__meta"><p class="illustrative">Minh hoạ</p>');
    expect(o).toContain('<p class="muted">Số &lt;tạm&gt;</p>');
    expect(o).toContain(`<p><a href="/so-lieu/dinh-chinh/">${t.figure.corrected}</a></p>`);
    expect(o).toContain('<p class="report-mistake no-print"><a href="mailto:a@b.vn?subject=x&#38;body=y" data-report-mistake>Báo số liệu sai</a></p></div></div>');
  });
  it('on an English page: English words, the Vietnamese source and note marked as such', () => {
    const o = figurePanelHtml(latest({ note: 'Ghi chú' }), { ...panel, dataLang: 'vi' }, en.figure, enFmt).value;
    expect(o).toContain(`${en.figure.asOf} <time`);
    expect(o).toContain('<span lang="vi">Kiến Thức');
    expect(o).toContain('<p class="muted" lang="vi">Ghi chú</p>');
  });
});

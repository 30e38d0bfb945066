import { describe, expect, it } from 'vitest';
import type { Area } from '../data/aggregate.ts';
import { areaChooserHtml } from './area-chooser-html.ts';

const area = (code: string, name: string, type: string): Area => ({ code, name, type, level: 'district', parent_code: '30', slug: `${type}-${code}` }) as Area;
const areas = [area('292', 'Kinh Môn', 'thị xã'), area('294', 'Thanh Hà', 'huyện'), area('290', 'Chí Linh', 'thành phố'), area('296', 'Bình Giang', 'huyện')];
const words = { country: 'Cả nước', label: 'Tìm nhanh', hint: 'Gõ tên', found: 'Có {n}', more: 'Hơn {n}', none: 'Không "thấy"', loading: 'Đang tải', error: 'Lỗi' };
const chooser = (search?: { index: string; href: string; only: 'all' | 'help' }) =>
  areaChooserHtml({ areas, link: (a) => `/kich-ban/x/${a.slug}/?a=1&b=2`, name: (a) => `${a.type} ${a.name}`, id: 'duoi', level: 3, search }, words).value;

describe('areaChooserHtml', () => {
  it('lists the areas grouped by type word, groups and names in Vietnamese order, each linked with its full name', () => {
    const out = chooser();
    const headings = [...out.matchAll(/<h3 id="(duoi-g\d)" class="area-chooser__type">([^<]*)<\/h3>/g)].map((m) => [m[1], m[2]]);
    expect(headings).toEqual([['duoi-g0', 'Huyện (2)'], ['duoi-g1', 'Thành phố (1)'], ['duoi-g2', 'Thị xã (1)']]);
    expect(out).toContain('<section aria-labelledby="duoi-g0"><h3');
    expect([...out.matchAll(/>([^<>]+)<\/a><\/li>/g)].map((m) => m[1])).toEqual(['Bình Giang', 'Thanh Hà', 'Chí Linh', 'Kinh Môn']);
    expect(out).toContain('<li><a href="/kich-ban/x/huyện-296/?a=1&#38;b=2" aria-label="huyện Bình Giang">Bình Giang</a></li>');
  });
  it('without search: no box, no index, only the words the lists need', () => {
    const out = chooser();
    expect(out.startsWith('<div class="area-chooser" data-word-country="Cả nước"')).toBe(true);
    expect(out).not.toContain('data-area-chooser');
    expect(out).not.toContain('<template');
    expect(out).toContain('data-word-none="Không &#34;thấy&#34;"');
  });
  it('with search: the box in a template, tied to its hint and results', () => {
    const out = chooser({ index: '/dia-ban.json', href: '/kich-ban/x/{slug}/', only: 'all' });
    expect(out.startsWith('<div class="area-chooser" data-area-chooser data-index="/dia-ban.json" data-href="/kich-ban/x/{slug}/" data-only="all"')).toBe(true);
    expect(out).toContain('<template data-chooser-template><div class="area-chooser__search" data-chooser-search><label for="duoi-q">Tìm nhanh</label>');
    expect(out).toContain('<input id="duoi-q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="go" aria-describedby="duoi-hint" aria-controls="duoi-results">');
    expect(out).toContain('<ul class="area-chooser__results" id="duoi-results" data-chooser-results></ul></div></template><div data-chooser-lists>');
  });
});

import { describe, expect, it } from 'vitest';
import { statusLineHtml } from './status-line.ts';

const line = { phase: 'open', label: 'Tình trạng góp ý', text: 'Đang mở. Còn <3> ngày & hơn.', checked: 'Tính đến ngày 10/3/2031.' };

describe('statusLineHtml', () => {
  it('the phase as class and data, kept out of the search index and the "Nghe" reading; texts escaped', () => {
    const o = statusLineHtml(line).value;
    expect(o.startsWith('<div class="campaign-status campaign-status--open" data-phase="open" data-pagefind-ignore="all" data-listen-skip>')).toBe(true);
    expect(o).toContain('<p class="campaign-status__label">Tình trạng góp ý</p>');
    expect(o).toContain('<p class="campaign-status__text" data-status-text>Đang mở. Còn &lt;3&gt; ngày &amp; hơn.</p>');
    expect(o).toContain('<p class="campaign-status__checked" data-status-checked>Tính đến ngày 10/3/2031.</p></div>');
    expect(o).not.toContain('data-campaign-status');
  });
  it('live: the schedule and the sentences for the browser, a moment left out when the settings have none', () => {
    const words = JSON.stringify({ phase: { open: 'Còn {n} ngày "nữa"' } });
    const o = statusLineHtml({ ...line, live: { opensAt: '2031-03-01T17:00:00.000Z', closesAt: '2031-03-20T17:00:00.000Z', words } }).value;
    expect(o).toContain(' data-listen-skip data-campaign-status data-opens-at="2031-03-01T17:00:00.000Z" data-closes-at="2031-03-20T17:00:00.000Z" data-words="');
    expect(o).not.toContain('data-consultation-closes-at');
    const attr = /data-words="([^"]*)"/.exec(o)![1]!;
    expect(JSON.parse(attr.replace(/&#34;/g, '"').replace(/&#38;/g, '&'))).toEqual(JSON.parse(words));
  });
});

import { describe, expect, it } from 'vitest';
import { reportMailto } from './report.ts';

describe('reportMailto', () => {
  const words = { subject: 'Sai số: {area}, {as_of}', body: ['Số: {figure}', 'Nguồn: {source}', 'Trang: {page}', '', 'Sai ở chỗ:'] };
  const f = { figure: 'khoảng 240.500 người', area: 'Tỉnh Hải Dương', as_of: 'ngày 15/5/2025', source: 'Lao Động', page: 'https://x.vn/so-lieu/?a=1&b=2' };

  it('writes the figure, area, as-of, source and page into subject and body', () => {
    const link = reportMailto('lienhe@example.org', words, f);
    expect(link.startsWith('mailto:lienhe@example.org?subject=')).toBe(true);
    const q = new URLSearchParams(link.slice(link.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect(q.get('subject')).toBe('Sai số: Tỉnh Hải Dương, ngày 15/5/2025');
    expect(q.get('body')).toBe('Số: khoảng 240.500 người\r\nNguồn: Lao Động\r\nTrang: https://x.vn/so-lieu/?a=1&b=2\r\n\r\nSai ở chỗ:');
  });

  it.each([
    ['spaces as %20, never +', / /, /\+/],
    ['line breaks as %0D%0A', /\r|\n/, /%0A(?<!%0D%0A)/],
    ['the page’s & and = encoded, so they do not end the body', /&b=2/, /&page=/],
  ])('%s', (_what, raw1, raw2) => {
    const link = reportMailto('a@b.vn', words, f);
    expect(link).not.toMatch(raw1);
    expect(link).not.toMatch(raw2);
  });

  it('leaves a missing source or page empty', () => {
    const q = new URLSearchParams(reportMailto('a@b.vn', words, { figure: '1', area: 'A', as_of: 'd' }).split('?')[1]);
    expect(q.get('body')).toBe('Số: 1\r\nNguồn: \r\nTrang: \r\n\r\nSai ở chỗ:');
  });
});

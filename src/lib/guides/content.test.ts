import { describe, expect, it } from 'vitest';
import { headings, normalizeSourceDate, showsFigures, stepTitles } from './content.ts';

describe('guide-content', () => {
  it.each<[unknown, unknown]>([
    [new Date('2025-05-16T00:00:00Z'), '2025-05-16'],
    [2025, '2025'],
    ['2025-05', '2025-05'],
  ])('normalises YAML value %s', (v, out) => expect(normalizeSourceDate(v)).toBe(out));

  it('finds step titles and second-level headings in MDX', () => {
    const mdx = `## Một\n\n<Steps>\n  <Step title="Đăng nhập">x</Step>\n  <Step level={3} title='Gửi'>y</Step>\n</Steps>\n\n## Hai\n### Ba\n`;
    expect(stepTitles(mdx)).toEqual(['Đăng nhập', 'Gửi']);
    expect(headings(mdx)).toEqual(['Một', 'Hai']);
  });
});

describe('showsFigures: a page that shows figures changes with the data', () => {
  it.each([
    ['Ở Hải Dương: <Figure area="30" variant="inline" />.', true],
    ['<Figure\n  area="VN" />', true],
    ['Xem trang số liệu. <Figures /> <FigureCaption>', false],
    ['Không có số liệu.', false],
  ])('%j -> %s', (body, out) => expect(showsFigures(body)).toBe(out));
});

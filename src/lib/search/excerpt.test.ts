import { describe, expect, it } from 'vitest';
import { foldWord, makeExcerpt, type ExcerptPart } from './excerpt.ts';
import { FOLD_MARK } from './index-fold.ts';

/** Parts as a string with [brackets] around highlighted text. */
const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('foldWord', () => {
  it.each([
    ['Định', 'dinh'],
    ['ĐỊNH', 'dinh'],
    ['góp', 'gop'],
    ['đi\u0323nh', 'dinh'],
    ['VNeID.', 'vneid.'],
  ])('%j → %j', (w, f) => expect(foldWord(w)).toBe(f));
});

describe('makeExcerpt', () => {
  const text = 'Muốn góp ý trên VNeID, bạn cần tài khoản định danh điện tử mức 2. Trang này nói bạn cần mang gì.';

  it.each([
    // d for đ, no diacritics, any case: the page's own words are highlighted.
    // A phrase is highlighted as one.
    ['dinh danh', 'Muốn góp ý trên VNeID, bạn cần tài khoản [định danh] điện tử mức 2. Trang này nói bạn cần mang gì.'],
    ['ĐỊNH DANH', 'Muốn góp ý trên VNeID, bạn cần tài khoản [định danh] điện tử mức 2. Trang này nói bạn cần mang gì.'],
    ['gop y vneid', 'Muốn [góp ý] trên [VNeID,] bạn cần tài khoản định danh điện tử mức 2. Trang này nói bạn cần mang gì.'],
    // The last word may be unfinished (results update as you type).
    ['tai kho', 'Muốn góp ý trên VNeID, bạn cần [tài khoản] định danh điện tử mức 2. Trang này nói bạn cần mang gì.'],
    // An earlier word must be whole: "ca" is not "cần".
    ['ca mang', 'Muốn góp ý trên VNeID, bạn cần tài khoản định danh điện tử mức 2. Trang này nói bạn cần [mang] gì.'],
    ['xyz', 'Muốn góp ý trên VNeID, bạn cần tài khoản định danh điện tử mức 2. Trang này nói bạn cần mang gì.'],
    ['', 'Muốn góp ý trên VNeID, bạn cần tài khoản định danh điện tử mức 2. Trang này nói bạn cần mang gì.'],
  ])('%j', (q, expected) => {
    expect(show(makeExcerpt(text, q))).toBe(expected);
  });

  it('never shows the d-form words the index adds', () => {
    const content = `Tài khoản định danh. ${FOLD_MARK} dịnh`;
    expect(show(makeExcerpt(content, 'dinh'))).toBe('Tài khoản [định] danh.');
  });

  it('picks the stretch with the most query words, with ellipses where text was cut', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');
    const content = `${filler(50)} góp ý ${filler(10)} góp ý qua VNeID ${filler(50)}`;
    const out = show(makeExcerpt(content, 'gop y vneid', 10));
    expect(out).toMatch(/^… /);
    expect(out).toMatch(/ …$/);
    expect(out).toContain('[góp ý] qua [VNeID]');
    expect(out.split(' ').filter((w) => w !== '…')).toHaveLength(10);
  });

  it('matches inside a file name or address', () => {
    expect(show(makeExcerpt('Tệp dinh-chinh.csv tải về', 'dinh chinh'))).toBe('Tệp [dinh-chinh.csv] tải về');
  });

  it.each([
    // "ý" alone is everywhere: only the phrase "góp ý" is marked.
    ['gop y', 'Mỗi [góp ý] là một ý kiến; ý của bạn.', 'Mỗi góp ý là một ý kiến; ý của bạn.'],
    // A query of one short word still marks it.
    ['y', 'Mỗi góp [ý] là một [ý] kiến.', 'Mỗi góp ý là một ý kiến.'],
    // Addresses and markup are left out of what a reader sees.
    ['nhung', 'Mã [nhúng:] vào trang.', 'Mã nhúng: <iframe src="https://x.vn/so-lieu/nhung/a/"></iframe> vào trang.'],
    ['trich', '[Trích] từ Góp ý, truy cập ngày 1/6.', 'Trích từ Góp ý, https://gopy.example.vn/so-lieu/ truy cập ngày 1/6.'],
  ])('%j: %s', (q, expected, content) => expect(show(makeExcerpt(content, q))).toBe(expected));

  it('returns nothing for empty text', () => {
    expect(makeExcerpt('', 'gop y')).toEqual([]);
    expect(makeExcerpt(`${FOLD_MARK} dịnh`, 'dinh')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { FOLD_MARK, foldedDWords, indexedText, withFoldedWords } from './index-fold.ts';

const page = (main: string, head = '') =>
  `<!doctype html><html lang="vi"><head><title>Đầu trang</title>${head}</head><body><header data-pagefind-ignore="all"><a>Đăng nhập</a></header><main id="main" data-pagefind-body>${main}</main><footer>Địa chỉ</footer></body></html>`;

describe('indexedText', () => {
  it.each([
    ['<h1>Định danh</h1><p>Tài khoản <strong>định</strong> danh</p>', 'Định danh Tài khoản định danh'],
    // Ignored parts, scripts and styles are not indexed.
    ['<nav data-pagefind-ignore="all"><ol><li><a>Đường</a></li></ol></nav><p>Đúng</p>', 'Đúng'],
    ['<div data-pagefind-ignore><div><p>Đi</p></div><p>Đến</p></div><p>Được</p>', 'Được'],
    ['<script>const đ = 1;</script><style>.đ{}</style><p>Điện</p>', 'Điện'],
    ['<p>A<br>B<img alt="Đ" src="x.png"/>C</p>', 'A B C'],
    ['<p>&quot;Đồng&quot; &amp; đủ&#33;</p>', '"Đồng" & đủ!'],
  ])('%j', (main, text) => {
    expect(indexedText(page(main))).toBe(text);
  });

  it('is empty for a page that is not indexed', () => {
    expect(indexedText('<html><body><main><p>Đúng</p></main></body></html>')).toBe('');
  });
});

describe('foldedDWords', () => {
  it.each([
    ['Tài khoản định danh điện tử', ['dịnh', 'diện']],
    ['ĐỊNH DANH, Đăng ký; đ', ['DỊNH', 'Dăng', 'd']],
    ['đi\u0323nh', ['dịnh']],
    ['góp ý', []],
  ])('%j', (text, words) => {
    expect(foldedDWords(text)).toEqual(words);
  });
});

describe('withFoldedWords', () => {
  it('adds the d forms inside <main>, after the mark, and changes nothing else', () => {
    const html = page('<h1>Định danh</h1><p>Được</p>');
    const out = withFoldedWords(html);
    expect(out).toBe(html.replace('</main>', `<div>${FOLD_MARK} Dịnh Dược</div></main>`));
  });

  it('leaves a page without đ, or not indexed, as it is', () => {
    const plain = page('<p>Góp ý</p>');
    expect(withFoldedWords(plain)).toBe(plain);
    const notIndexed = '<html><body><main><p>Đúng</p></main></body></html>';
    expect(withFoldedWords(notIndexed)).toBe(notIndexed);
  });
});

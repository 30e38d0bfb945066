import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from './search-excerpt.ts';

describe('excerptParts', () => {
  it.each([
    ['', []],
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'tài khoản <mark>định</mark> <mark>danh</mark> điện tử',
      [
        { text: 'tài khoản ', mark: false },
        { text: 'định', mark: true },
        { text: ' ', mark: false },
        { text: 'danh', mark: true },
        { text: ' điện tử', mark: false },
      ],
    ],
    // Text that looks like markup stays text: Pagefind escapes it, the DOM gets it as a text node.
    ['a <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> b', [
      { text: 'a ', mark: false },
      { text: '<script>alert(1)</script>', mark: true },
      { text: ' b', mark: false },
    ]],
    // Any other tag is dropped; neighbouring parts of one kind are joined.
    ['x <b>y</b> <mark>z</mark><mark>w</mark>', [
      { text: 'x y ', mark: false },
      { text: 'zw', mark: true },
    ]],
    ['<mark>chưa đóng', [{ text: 'chưa đóng', mark: true }]],
  ])('%j', (html, parts) => {
    expect(excerptParts(html)).toEqual(parts);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&#39;&apos;', '&<>"\'\''],
    ['&#x1EA1; &#7841;', 'ạ ạ'],
    ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
  ])('%j → %j', (s, expected) => {
    expect(decodeEntities(s)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template.ts';

describe('fillTemplate', () => {
  it.each([
    ['Tìm thấy {n} trang cho “{q}”{in}.', { n: 3, q: 'gop y', in: '' }, 'Tìm thấy 3 trang cho “gop y”.'],
    ['{a}{a} {b}', { a: 'x' }, 'xx '],
    ['không có chỗ trống', {}, 'không có chỗ trống'],
  ])('%j', (t, v, out) => expect(fillTemplate(t, v)).toBe(out));
});

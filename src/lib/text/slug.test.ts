import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';
import { foldDiacritics } from './fold.ts';

describe('slugify (no diacritics, đ -> d)', () => {
  it.each([
    ['Thành phố Hải Dương', 'thanh-pho-hai-duong'],
    ['Đắk Lắk', 'dak-lak'],
    ['ĐỊNH DANH điện tử', 'dinh-danh-dien-tu'],
    ['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
    ['  Thị xã Kinh Môn ', 'thi-xa-kinh-mon'],
    ['Hoà Bình', 'hoa-binh'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
  ])('%s -> %s', (a, b) => expect(slugify(a)).toBe(b));
  it('folds đ which NFD alone leaves alone', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldDiacritics('định đường Đông')).toBe('dinh duong Dong');
  });
});

import { describe, expect, it } from 'vitest';
import { numeralsToWords } from './numerals.ts';

describe('numeralsToWords', () => {
  it.each<[string, string]>([
    ['ngày 6/5/2025', 'ngày sáu tháng năm năm hai nghìn không trăm hai mươi lăm'],
    ['hết ngày 29/5', 'hết ngày hai mươi chín tháng năm'],
    ['lúc 20:00', 'lúc hai mươi giờ'],
    ['lúc 7h30', 'lúc bảy giờ ba mươi phút'],
    ['đạt 20,5%', 'đạt hai mươi phẩy năm phần trăm'],
    ['hơn 4,3 triệu ý kiến', 'hơn bốn phẩy ba triệu ý kiến'],
    ['1.290.087 người', 'một triệu hai trăm chín mươi nghìn không trăm tám mươi bảy người'],
    ['bước 4', 'bước bốn'],
    ['tháng 4', 'tháng tư'],
    ['đứng thứ 1', 'đứng thứ nhất'],
    ['số 0912', 'số không chín một hai'],
    ['không có số', 'không có số'],
  ])('%s → %s', (input, output) => {
    expect(numeralsToWords(input)).toBe(output);
  });
});

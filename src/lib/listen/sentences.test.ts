import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences.ts';

const cut = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans: one sentence at a time, offsets into the text as shown', () => {
  it.each<[string, string[]]>([
    ['Bạn làm trên ứng dụng VNeID. Chỉ cần bốn bước.', ['Bạn làm trên ứng dụng VNeID.', 'Chỉ cần bốn bước.']],
    ['Có 1.290.087 người đủ điều kiện. Tỉ lệ là 20,5 %.', ['Có 1.290.087 người đủ điều kiện.', 'Tỉ lệ là 20,5 %.']],
    ['Vào trang vneid.gov.vn trên máy tính!  Xong?', ['Vào trang vneid.gov.vn trên máy tính!', 'Xong?']],
    ['Mở từ ngày 6/5/2025 đến hết ngày 29/5/2025', ['Mở từ ngày 6/5/2025 đến hết ngày 29/5/2025']],
    ['Chọn mục “Tiện ích lấy ý kiến.” Rồi đọc.', ['Chọn mục “Tiện ích lấy ý kiến.”', 'Rồi đọc.']],
    ['Một; hai\nba…  bốn', ['Một;', 'hai', 'ba…', 'bốn']],
    ['  \n – \n', []],
    ['', []],
  ])('%j', (text, sentences) => expect(cut(text)).toEqual(sentences));

  it('gives offsets that cover the text in order, never overlapping', () => {
    const text = 'Bước một. Bước hai!\nBước ba';
    const spans = sentenceSpans(text);
    spans.forEach((s, i) => {
      expect(s.start).toBeLessThan(s.end);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    });
  });
});

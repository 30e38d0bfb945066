import { describe, expect, it } from 'vitest';
import {
  dateToWords,
  decimalToWords,
  digitsToWords,
  numberToWords,
  ordinalToWords,
  partOfDayWords,
  percentToWords,
  timeToWords,
  weekdayWords,
} from './read-aloud.ts';

describe('numberToWords', () => {
  it.each<[number | bigint | string, string]>([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [9, 'chín'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [19, 'mười chín'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [44, 'bốn mươi tư'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [500, 'năm trăm'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1024, 'một nghìn không trăm hai mươi tư'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [10000, 'mười nghìn'],
    [15000, 'mười lăm nghìn'],
    [21000, 'hai mươi mốt nghìn'],
    [100000, 'một trăm nghìn'],
    [105000, 'một trăm linh năm nghìn'],
    [240500, 'hai trăm bốn mươi nghìn năm trăm'],
    [264642, 'hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai'],
    [745000, 'bảy trăm bốn mươi lăm nghìn'],
    [1000000, 'một triệu'],
    [1000001, 'một triệu không trăm linh một'],
    [1050000, 'một triệu không trăm năm mươi nghìn'],
    [1290087, 'một triệu hai trăm chín mươi nghìn không trăm tám mươi bảy'],
    [14000000, 'mười bốn triệu'],
    [17100624, 'mười bảy triệu một trăm nghìn sáu trăm hai mươi tư'],
    [280226909, 'hai trăm tám mươi triệu hai trăm hai mươi sáu nghìn chín trăm linh chín'],
    [1000000000, 'một tỷ'],
    [1001000000, 'một tỷ không trăm linh một triệu'],
    [2000000005, 'hai tỷ không trăm linh năm'],
    [1000000000000, 'một nghìn tỷ'],
    [1234567891234, 'một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn hai trăm ba mươi tư'],
    [10n ** 18n, 'một tỷ tỷ'],
    ['1.290.087', 'một triệu hai trăm chín mươi nghìn không trăm tám mươi bảy'],
    [-5, 'âm năm'],
  ])('%s → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it.each<[number, Parameters<typeof numberToWords>[1], string]>([
    [105, { linh: 'lẻ' }, 'một trăm lẻ năm'],
    [1005, { linh: 'lẻ', thousand: 'ngàn' }, 'một ngàn không trăm lẻ năm'],
    [264642, { thousand: 'ngàn' }, 'hai trăm sáu mươi tư ngàn sáu trăm bốn mươi hai'],
    [3000000000, { billion: 'tỉ' }, 'ba tỉ'],
  ])('%s with %o → %s', (n, options, words) => {
    expect(numberToWords(n, options)).toBe(words);
  });

  it.each([[1.5], [Number.MAX_SAFE_INTEGER + 2], ['12a'], ['']])('rejects %s', (bad) => {
    expect(() => numberToWords(bad as number)).toThrow(RangeError);
  });
});

describe('decimals and percents', () => {
  it.each<[number, number | undefined, string]>([
    [20.5, 1, 'hai mươi phẩy năm'],
    [18.63, 2, 'mười tám phẩy sáu mươi ba'],
    [0.05, 2, 'không phẩy không năm'],
    [20.0, 1, 'hai mươi'],
    [99.94, 2, 'chín mươi chín phẩy chín mươi tư'],
    [-1.25, 2, 'âm một phẩy hai mươi lăm'],
  ])('decimal %s (%s digits) → %s', (n, digits, words) => {
    expect(decimalToWords(n, { fractionDigits: digits })).toBe(words);
  });

  it.each<[number, string]>([
    [20.5, 'hai mươi phẩy năm phần trăm'],
    [18.64, 'mười tám phẩy sáu phần trăm'],
    [100, 'một trăm phần trăm'],
    [99.75, 'chín mươi chín phẩy tám phần trăm'],
    [3, 'ba phần trăm'],
  ])('percent %s → %s', (p, words) => {
    expect(percentToWords(p)).toBe(words);
  });

  it('keeps two digits when asked', () => {
    expect(percentToWords(99.94, { fractionDigits: 2 })).toBe('chín mươi chín phẩy chín mươi tư phần trăm');
  });
});

describe('dates and times', () => {
  it.each<[string, Parameters<typeof dateToWords>[1], string]>([
    ['2025-05-16', {}, 'ngày mười sáu tháng năm năm hai nghìn không trăm hai mươi lăm'],
    ['2025-05-29', { withYear: false }, 'ngày hai mươi chín tháng năm'],
    ['2025-05-06', {}, 'ngày sáu tháng năm năm hai nghìn không trăm hai mươi lăm'],
    ['2025-05-06', { mong: true, withYear: false }, 'ngày mồng sáu tháng năm'],
    ['2025-06-05', { mong: true, withYear: false }, 'ngày mồng năm tháng sáu'],
    ['2025-06-10', { mong: true, withYear: false }, 'ngày mồng mười tháng sáu'],
    ['2025-06-11', { mong: true, withYear: false }, 'ngày mười một tháng sáu'],
    ['2025-04-24', { withYear: false }, 'ngày hai mươi tư tháng tư'],
    ['2025-04-14', { withYear: false, withDayWord: false }, 'mười bốn tháng tư'],
    ['2025-12-01', { withYear: false }, 'ngày một tháng mười hai'],
    ['2025-11-21', { withYear: false }, 'ngày hai mươi mốt tháng mười một'],
    ['2025-05-26T20:00:00+07:00', { withYear: false }, 'ngày hai mươi sáu tháng năm'],
    ['2025-05-26T20:00:00Z', { withYear: false }, 'ngày hai mươi bảy tháng năm'],
  ])('%s %o → %s', (iso, options, words) => {
    expect(dateToWords(iso, options)).toBe(words);
  });

  it.each<[string, string]>([
    ['20:00', 'hai mươi giờ'],
    ['13:00', 'mười ba giờ'],
    ['13:30', 'mười ba giờ ba mươi phút'],
    ['8:05', 'tám giờ năm phút'],
    ['7h15', 'bảy giờ mười lăm phút'],
    ['21:21', 'hai mươi mốt giờ hai mươi mốt phút'],
  ])('time %s → %s', (t, words) => {
    expect(timeToWords(t)).toBe(words);
  });

  it('reads digits one by one', () => {
    expect(digitsToWords('0912')).toBe('không chín một hai');
  });
});

describe('ordinalToWords', () => {
  it.each<[number, string]>([
    [1, 'thứ nhất'],
    [2, 'thứ hai'],
    [4, 'thứ tư'],
    [10, 'thứ mười'],
  ])('ordinal %s → %s', (n, out) => expect(ordinalToWords(n)).toBe(out));
});

describe('weekdays and parts of the day', () => {
  it.each<[string, string]>([
    ['2025-05-17', 'thứ Bảy'],
    ['2025-05-18', 'Chủ nhật'],
    ['2025-05-19', 'thứ Hai'],
    ['2025-05-06T23:30+07:00', 'thứ Ba'],
    ['2025-05-29', 'thứ Năm'],
  ])('%s is %s', (date, words) => expect(weekdayWords(date)).toBe(words));

  it('takes the day in Vietnam, not in UTC', () => expect(weekdayWords(new Date('2025-05-16T18:00:00Z'))).toBe('thứ Bảy'));

  it.each<[number, string]>([
    [0, 'sáng'],
    [7, 'sáng'],
    [10, 'sáng'],
    [11, 'trưa'],
    [12, 'trưa'],
    [13, 'chiều'],
    [17, 'chiều'],
    [18, 'tối'],
    [21, 'tối'],
    [22, 'đêm'],
  ])('%i h is %s', (hour, words) => expect(partOfDayWords(hour)).toBe(words));
});

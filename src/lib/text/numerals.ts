/**
 * Numerals in running Vietnamese text → words, for reading aloud (loudspeaker broadcasts, the
 * listen button). The author writes "ngày 29/5/2025", "20:00", "20,5%", "4,3 triệu", "1.290.087",
 * "tháng 4", "thứ 1" and the reader hears words.
 */
import {
  dateToWords,
  decimalToWords,
  digitsToWords,
  monthWords,
  numberToWords,
  ordinalToWords,
  percentToWords,
  timeToWords,
  type WordsOptions,
} from './read-aloud.ts';

const NUMERAL =
  /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?|(\d{1,2})(?::|h)(\d{2})\b|(\d+(?:,\d+)?)\s?%|\b(tháng|thứ) (\d{1,2})\b|(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/g;

export function numeralsToWords(text: string, options: WordsOptions = {}): string {
  return text.replace(NUMERAL, (_match, d, mo, y, h, mi, pct, word, wn, int, frac) => {
    if (d !== undefined) {
      const wall = { year: Number(y ?? 2000), month: Number(mo), day: Number(d) };
      return dateToWords(wall, { ...options, withDayWord: false, withYear: y !== undefined });
    }
    if (h !== undefined) return timeToWords({ hour: Number(h), minute: Number(mi) }, options);
    if (pct !== undefined) return percentToWords(Number(pct.replace(',', '.')), { ...options, fractionDigits: 2 });
    if (word !== undefined) {
      const n = Number(wn);
      return word === 'thứ' ? ordinalToWords(n, options) : `tháng ${monthWords(n, options)}`;
    }
    if (frac !== undefined) {
      return decimalToWords(Number(`${int.replace(/\./g, '')}.${frac}`), { ...options, fractionDigits: frac.length });
    }
    // A run of digits starting with 0 is a code or a phone number: read digit by digit.
    if (/^0\d/.test(int)) return digitsToWords(int);
    return numberToWords(int, options);
  });
}

import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, deflateEntry, zipEntries } from './zip.ts';

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j -> %i', (text, crc) => expect(crc32(strToU8(text))).toBe(crc));
});

describe('zipEntries', () => {
  const files: [string, string][] = [
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', `<w:document>${'Bà con góp ý. '.repeat(200)}</w:document>`],
    ['rỗng.txt', ''],
  ];
  const modified = new Date('2025-05-16T01:02:04Z'); // 08:02:04 in Vietnam
  const bytes = zipEntries(files.map(([n, t]) => deflateEntry(n, strToU8(t))), modified);

  it('is read back by another ZIP reader, entry for entry', () => {
    const read = unzipSync(bytes);
    expect(Object.keys(read)).toEqual(files.map(([n]) => n));
    for (const [n, t] of files) expect(strFromU8(read[n]!)).toBe(t);
  });

  it('compresses what compresses', () => {
    expect(bytes.length).toBeLessThan(files[1]![1].length / 4);
  });

  it.each([
    ['local header', 0],
    ['central directory', -1],
  ])('dates each entry on Vietnam wall-clock time (%s)', (_, which) => {
    const view = new DataView(bytes.buffer);
    const signature = which === 0 ? 0x04034b50 : 0x02014b50;
    let p = 0;
    while (view.getUint32(p, true) !== signature) p++;
    const at = p + (which === 0 ? 10 : 12);
    const time = view.getUint16(at, true);
    const date = view.getUint16(at + 2, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2025, 5, 16]);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([8, 2, 4]);
  });

  it('gives the same bytes for the same entries and date', () => {
    const again = zipEntries(files.map(([n, t]) => deflateEntry(n, strToU8(t))), modified);
    expect(again).toEqual(bytes);
  });
});

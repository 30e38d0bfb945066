/**
 * A ZIP archive (the container of a .docx) assembled from entries deflated ahead of time, so that
 * the parts every document shares (styles, theme, settings…) are compressed once per build, not
 * once per file: only what differs is deflated again. Plain ZIP: no ZIP64, no data descriptors.
 */
import { deflateRawSync } from 'node:zlib';

/** One entry, compressed, with what its headers declare. */
export interface DeflatedEntry {
  name: string;
  /** CRC-32 of the uncompressed bytes. */
  crc: number;
  size: number;
  compressed: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An entry deflated by zlib (Node's, in C: about twice as fast as a JavaScript deflate). */
export function deflateEntry(name: string, data: Uint8Array, level = 6): DeflatedEntry {
  return { name, crc: crc32(data), size: data.length, compressed: deflateRawSync(data, { level }) };
}

/** MS-DOS date and time of an instant, read on Vietnam's wall clock (UTC+7, no DST): the same on any machine. */
function dosDateTime(at: Date): { date: number; time: number } {
  const d = new Date(at.getTime() + 7 * 3600_000);
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** The archive of these entries, in this order, every one dated `modified`. */
export function zipEntries(entries: DeflatedEntry[], modified: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const { date, time } = dosDateTime(modified);
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.compressed.length, 0);
  const centralSize = entries.reduce((n, _, i) => n + 46 + names[i]!.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  // Version 2.0, bit 11: names are UTF-8; method 8: deflate.
  const common = (p: number, e: DeflatedEntry, name: Uint8Array) => {
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, 0x0800, true);
    view.setUint16(p + 4, 8, true);
    view.setUint16(p + 6, time, true);
    view.setUint16(p + 8, date, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.compressed.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, name.length, true);
  };
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    common(p + 4, e, names[i]!);
    out.set(names[i]!, p + 30);
    out.set(e.compressed, p + 30 + names[i]!.length);
    p += 30 + names[i]!.length + e.compressed.length;
  });
  const central = p;
  entries.forEach((e, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // made by: version 2.0, MS-DOS attributes
    common(p + 6, e, names[i]!);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(names[i]!, p + 46);
    p += 46 + names[i]!.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - central, true);
  view.setUint32(p + 16, central, true);
  return out;
}

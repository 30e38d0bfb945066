import { crc32 } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_PAGE, broadcastDocxWriter, broadcastToDocx } from './docx.ts';

const input = {
  title: 'Thông báo góp ý sửa đổi Hiến pháp qua VNeID',
  meta: ['Địa bàn: tỉnh Hải Dương', 'Số liệu tính đến 16/5/2025'],
  paragraphs: [
    'Kính thưa bà con!',
    'Tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người đã gửi góp ý & cảm ơn <bà con>.',
  ],
};

const text = (bytes: Uint8Array, path: string) => {
  const entry = unzipSync(bytes)[path];
  if (!entry) throw new Error(`no ${path} in the archive`);
  return strFromU8(entry);
};

/** The CRC-32 each entry's central directory record declares, read from the ZIP's own bytes. */
function declaredCrcs(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a ZIP: no end of central directory');
  const out = new Map<string, number>();
  let p = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    expect(view.getUint32(p, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(p + 28, true);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLength));
    out.set(name, view.getUint32(p + 16, true));
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

describe('broadcastToDocx', async () => {
  const bytes = await broadcastToDocx(input);
  const xml = text(bytes, 'word/document.xml');

  it('is a ZIP with the parts Word needs', () => {
    expect(Object.keys(unzipSync(bytes))).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  });

  it('holds every paragraph, escaped', () => {
    expect(xml).toContain('Kính thưa bà con!');
    expect(xml).toContain('người đã gửi góp ý &amp; cảm ơn &lt;bà con&gt;.');
    expect(xml).toContain(input.title);
    expect(xml).toContain('Số liệu tính đến 16/5/2025');
  });

  it('is A4 with the administrative margins', () => {
    const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
    const pgSz = xml.match(/<w:pgSz [^>]*>/)?.[0] ?? '';
    expect(pgSz).toContain(`w:w="${twip(210)}"`);
    expect(pgSz).toContain(`w:h="${twip(297)}"`);
    const pgMar = xml.match(/<w:pgMar [^>]*>/)?.[0] ?? '';
    for (const [side, mm] of Object.entries(DOCX_PAGE.marginMm)) expect(pgMar).toContain(`w:${side}="${twip(mm)}"`);
  });

  it('sets Times New Roman 14 pt as the default', () => {
    const defaults = text(bytes, 'word/styles.xml').match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });
});

/** What Word reads from a .docx: the default language, and the title paragraph's style. */
function readBack(bytes: Uint8Array) {
  const styles = text(bytes, 'word/styles.xml');
  const doc = text(bytes, 'word/document.xml');
  const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
  const firstParagraph = doc.match(/<w:body>\s*(<w:p>[\s\S]*?<\/w:p>)/)?.[1] ?? '';
  const styleId = firstParagraph.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1];
  const style = styleId ? styles.match(new RegExp(`<w:style [^>]*w:styleId="${styleId}"[\\s\\S]*?</w:style>`))?.[0] : undefined;
  return {
    lang: defaults.match(/<w:lang w:val="([^"]+)"/)?.[1],
    styleName: style?.match(/<w:name w:val="([^"]+)"/)?.[1],
    outline: style?.match(/<w:outlineLvl w:val="(\d+)"/)?.[1],
    styleLang: style?.match(/<w:lang w:val="([^"]+)"/)?.[1],
    titleText: firstParagraph.replace(/<[^>]+>/g, ''),
  };
}

describe.each([
  ['broadcastToDocx', () => broadcastToDocx(input)],
  ['broadcastDocxWriter', async () => (await broadcastDocxWriter())(input)],
])('%s: a Word file that says it is Vietnamese, with a real heading', (_, make) => {
  it('marks the text as Vietnamese (w:lang vi-VN), so Word checks its spelling as Vietnamese', async () => {
    const r = readBack(await make());
    expect(r.lang).toBe('vi-VN');
    expect(r.styleLang).toBe('vi-VN');
  });
  it("makes the title Word's own Heading 1 (outline level 1), not bold body text", async () => {
    const r = readBack(await make());
    expect(r.titleText).toBe(input.title);
    expect(r.styleName).toBe('Heading 1');
    expect(r.outline).toBe('0');
  });
});

describe('broadcastDocxWriter (the fast path the build uses)', async () => {
  const write = await broadcastDocxWriter();
  const tricky = { ...input, title: 'Tiêu đề "có" dấu \'nháy\' & <ngoặc>', meta: ['Một', 'Hai', 'Ba'] };

  it('writes the same document.xml and core title as broadcastToDocx', async () => {
    const fast = write(tricky);
    const slow = await broadcastToDocx(tricky);
    expect(text(fast, 'word/document.xml')).toBe(text(slow, 'word/document.xml'));
    const title = (b: Uint8Array) => text(b, 'docProps/core.xml').match(/<dc:title>.*<\/dc:title>/)?.[0];
    expect(title(fast)).toBe(title(slow));
    expect(Object.keys(unzipSync(fast)).sort()).toEqual(Object.keys(unzipSync(slow)).sort());
  });

  it('declares a CRC-32 for every entry that matches the entry', () => {
    const bytes = write(input);
    const crcs = declaredCrcs(bytes);
    const entries = unzipSync(bytes);
    expect(crcs.size).toBe(Object.keys(entries).length);
    expect(crcs.size).toBeGreaterThanOrEqual(5);
    for (const [name, data] of Object.entries(entries)) expect([name, crcs.get(name)]).toEqual([name, crc32(data)]);
  });

  it('gives the same bytes for the same input (its dates come from the input)', () => {
    const modified = new Date('2025-05-16T01:00:00Z');
    expect(write({ ...input, modified })).toEqual(write({ ...input, modified }));
    expect(text(write({ ...input, modified }), 'docProps/core.xml')).toContain('>2025-05-16T01:00:00Z</dcterms:modified>');
  });
});

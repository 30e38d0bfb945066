import { describe, expect, it } from 'vitest';
import { DOCX_PAGE, broadcastDocxWriter, broadcastToDocx } from './docx.ts';
import { unzip, unzipText } from './unzip.ts';

const input = {
  title: 'Thông báo góp ý sửa đổi Hiến pháp qua VNeID',
  meta: ['Địa bàn: tỉnh Hải Dương', 'Số liệu tính đến 16/5/2025'],
  paragraphs: [
    'Kính thưa bà con!',
    'Tỉnh Hải Dương có hai trăm sáu mươi tư nghìn sáu trăm bốn mươi hai người đã gửi góp ý & cảm ơn <bà con>.',
  ],
};

describe('broadcastToDocx', async () => {
  const bytes = await broadcastToDocx(input);
  const xml = unzipText(bytes, 'word/document.xml');

  it('is a ZIP with the parts Word needs', () => {
    const names = [...unzip(bytes).keys()];
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
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
    for (const [side, mm] of Object.entries(DOCX_PAGE.marginMm)) {
      expect(pgMar).toContain(`w:${side}="${twip(mm)}"`);
    }
  });

  it('sets Times New Roman 14 pt as the default', () => {
    const styles = unzipText(bytes, 'word/styles.xml');
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('rejects bytes that are not a ZIP', () => {
    expect(() => unzip(new TextEncoder().encode('not a zip at all, just text'))).toThrow(/not a ZIP/);
  });
});

describe('broadcastDocxWriter (the fast path the build uses)', async () => {
  const write = await broadcastDocxWriter();
  const tricky = { ...input, title: 'Tiêu đề "có" dấu \'nháy\' & <ngoặc>', meta: ['Một', 'Hai', 'Ba'] };

  it('writes the same document.xml and core title as broadcastToDocx', async () => {
    const fast = write(tricky);
    const slow = await broadcastToDocx(tricky);
    expect(unzipText(fast, 'word/document.xml')).toBe(unzipText(slow, 'word/document.xml'));
    const title = (b: Uint8Array) => unzipText(b, 'docProps/core.xml').match(/<dc:title>.*<\/dc:title>/)?.[0];
    expect(title(fast)).toBe(title(slow));
    expect([...unzip(fast).keys()].sort()).toEqual([...unzip(slow).keys()].sort());
  });

  it('writes a ZIP that node:zlib reads back, with CRCs that match', () => {
    const files = unzip(write(input));
    expect(new TextDecoder().decode(files.get('word/styles.xml'))).toContain('Times New Roman');
  });
});

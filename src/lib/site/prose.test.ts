import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { broadcastToDocx } from '../broadcast/docx.ts';
import { csvProse, docxProse, htmlProse, icsProse, jsonProse, proseOf, xlsxProse, xmlProse } from './prose.ts';

const texts = (p: { text: string }[]) => p.map((x) => x.text);

describe('htmlProse: the text of a page as a reader gets it', () => {
  const html = `<!doctype html><html lang="vi"><head><title>Tiêu đề — Trang</title>
    <meta name="description" content="Mô tả 20,5 %"><meta property="og:title" content="Tiêu đề">
    <meta name="viewport" content="width=device-width"><style>p::after { content: "x:y" }</style></head>
    <body><p>Có <strong>264.642</strong>người, <a href="/x">Kiến Thức</a>: tin</p><div>khối</div><div>khác</div>
    <pre><code>&lt;iframe src="https://x.vn/"&gt;</code></pre><textarea>"mã"</textarea>
    <img src="a.png" alt="Ảnh chụp"><input placeholder="Tìm trên trang">
    <figure data-png-label="Lưu ảnh PNG" data-chart="tinh-30"></figure>
    <div data-words='{"open":"Đang mở. Còn {n} ngày.","n":3,"code":"open"}'></div>
    <script type="application/json">{"tooltips":["khoảng 745.000 người (ngày 13/5)"],"x":[1,2],"id":"abc"}</script>
    <script>var a = "không phải chữ của trang";</script>
    <noscript><p>Bật JavaScript để xem biểu đồ</p></noscript>
    <template><p>Gõ “chi linh” để tìm</p></template></body></html>`;
  const prose = htmlProse(html);
  const where = (w: string) => prose.filter((p) => p.where === w).map((p) => p.text);

  it('runs inline elements on with their neighbours, as they read', () =>
    expect(where('text')[0]).toContain('Có 264.642người, Kiến Thức: tin'));
  it('keeps blocks apart', () => expect(where('text')[0]).toMatch(/khối\nkhác/));
  it('reads the title, the description and the Open Graph title', () => {
    expect(where('title')).toEqual(['Tiêu đề — Trang']);
    expect(where('meta description')).toEqual(['Mô tả 20,5 %']);
    expect(where('meta og:title')).toEqual(['Tiêu đề']);
  });
  it('reads alt text, placeholders and the words data attributes hand to the browser', () => {
    const all = texts(prose);
    expect(all).toEqual(expect.arrayContaining(['Ảnh chụp', 'Tìm trên trang', 'Lưu ảnh PNG']));
    expect(all).not.toContain('tinh-30');
  });
  it('reads a data attribute holding JSON as JSON: its prose strings, not its quotes and braces', () =>
    expect(where('<div data-words>')).toEqual(['Đang mở. Còn {n} ngày.']));
  it('reads the prose strings of JSON blocks, not their codes or numbers', () =>
    expect(where('JSON block')).toEqual(['khoảng 745.000 người (ngày 13/5)']));
  it('reads what a reader without JavaScript sees in <noscript>', () =>
    expect(where('text')[0]).toContain('Bật JavaScript để xem biểu đồ'));
  it('reads what browser code shows from a <template>', () => expect(where('text')[0]).toContain('Gõ “chi linh” để tìm'));
  it('leaves out code, styles, scripts and form fields', () => {
    const all = texts(prose).join('\n');
    for (const s of ['iframe', 'x:y', 'không phải chữ', '"mã"', 'width=device-width']) expect(all).not.toContain(s);
  });
});

describe('the prose of downloads', () => {
  it('reads a .docx paragraph by paragraph', async () => {
    const bytes = await broadcastToDocx({ title: 'Tiêu đề & "ngoặc"', meta: ['Địa bàn: Cả nước'], paragraphs: ['Một.', 'Hai.'] });
    const [p] = docxProse(bytes);
    expect(p!.text.split('\n')).toEqual(['Tiêu đề & "ngoặc"', 'Địa bàn: Cả nước', 'Một.', 'Hai.']);
  });

  it('reads the strings of an .xlsx', () => {
    const bytes = zipSync({
      'xl/sharedStrings.xml': strToU8('<sst><si><t>Số người (người)</t></si><si><t>VN</t></si><si><t xml:space="preserve">Kiến Thức: &quot;Bí quyết&quot;</t></si></sst>'),
    });
    expect(texts(xlsxProse(bytes))).toEqual(['Số người (người)', 'Kiến Thức: "Bí quyết"']);
  });

  it('reads the prose cells of a CSV (with a BOM), not codes, numbers or dates', () => {
    const csv = '\uFEFFas_of,area_code,value,source\r\n2025-05-16,30,264642,"Kiến Thức: ""Bí quyết"""\r\n';
    expect(csvProse(csv)).toEqual([{ where: 'row 2', text: 'Kiến Thức: "Bí quyết"' }]);
  });

  it('reads the prose values of a JSON file, at any depth', () =>
    expect(texts(jsonProse('{"a":[{"note":"Số liệu sáng 16/5"}],"code":"30","url":"https://x.vn/a","n":264642}'))).toEqual(['Số liệu sáng 16/5']));

  it('reads an RSS feed, HTML descriptions as text', () =>
    expect(texts(xmlProse('<rss><channel><title>Số liệu</title><item><title>Cả nước: 745.000 người</title><description>&lt;p&gt;Mô tả&lt;/p&gt;</description></item></channel></rss>'))).toEqual([
      'Số liệu',
      'Cả nước: 745.000 người',
      'Mô tả',
    ]));

  it('reads an .ics summary and description, unfolded and unescaped, not its property names', () => {
    const ics = 'BEGIN:VEVENT\r\nSUMMARY:Hướng dẫn góp ý\\, tại xã\r\nDESCRIPTION:Dòng một\\nDòng\r\n  hai\r\nDTSTART:20250516T080000\r\nEND:VEVENT\r\n';
    expect(texts(icsProse(ics))).toEqual(['Hướng dẫn góp ý, tại xã', 'Dòng một\nDòng hai']);
  });

  it('reads a .txt whole, without its BOM; images and scripts have no prose', () => {
    expect(texts(proseOf('a.txt', strToU8('\uFEFFKính thưa bà con!')))).toEqual(['Kính thưa bà con!']);
    expect(proseOf('a.png', new Uint8Array([1, 2]))).toEqual([]);
    expect(proseOf('_astro/x.js', strToU8('"a:b"'))).toEqual([]);
  });
});

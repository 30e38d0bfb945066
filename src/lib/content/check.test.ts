import { describe, expect, it } from 'vitest';
import { checkContent, figureLookup, type ContentFile } from './check.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const GUIDE_FM = [
  'title: Góp ý qua VNeID',
  'summary: Bốn bước.',
  'audience: Người dân',
  'updated: 2025-05-20',
  'order: 1',
  'sources:',
  '  - title: Bài',
  '    publisher: Báo',
  '    date: 2025-05',
].join('\n');
const guide = (body: string, fm = GUIDE_FM) => `---\n${fm}\n---\n\n${body}\n`;
const BROADCAST_FM = 'title: Tin\npurpose: progress\nminutes: 2\naudience: Bà con';
const HELP = "area: '30'\narea_name: Hải Dương\ntext: Ở tỉnh Hải Dương, bà con đến công an xã.\nsources:\n  - title: Bài\n    publisher: Báo\n    date: 2025-05\n";
const PAGE_FM = 'title: Giới thiệu\nsummary: Trang này.\nupdated: 2025-05-20';

const figures = figureLookup({
  areas: [{ code: 'VN' }, { code: '30' }, { code: '31' }] as never,
  participation: [
    { area_code: '30', metric: 'people', channel: 'vneid' },
    { area_code: 'VN', metric: 'opinions', channel: 'all' },
  ] as never,
});

async function one(path: string, text: string | Uint8Array) {
  return checkContent([{ path, bytes: typeof text === 'string' ? enc(text) : text }], figures);
}

describe('checkContent accepts what the build accepts', () => {
  it.each([
    ['a guide with steps, a screen and a figure', 'content/guides/a.mdx', guide('<Steps>\n  <Step title="Một">Làm.</Step>\n</Steps>\n\n<AppScreen screen="login" />\n\nỞ Hải Dương: <Figure area="30" variant="inline" />.')],
    ['a figure of another metric and channel', 'content/pages/a.mdx', `---\n${PAGE_FM}\n---\n\n<Figure area="VN" metric="opinions" channel="all" />\n`],
    ['a broadcast with known placeholders and a comment', 'content/broadcasts/a.mdx', `---\n${BROADCAST_FM}\n---\n\n{/* ghi chú */}\n\nTính đến {{as_of}}, {{area_name}} có {{people}} người.\n`],
    ['an imported component', 'content/pages/b.mdx', `---\n${PAGE_FM}\n---\n\nimport Khung from '../../src/components/Khung.astro';\n\n<Khung />\n`],
    ['a README beside the guides', 'content/guides/README.md', '# not a page <'],
    ['a file outside the collections', 'content/campaign.yaml', 'not: [checked'],
    ['an English page', 'content/en/pages/a.mdx', `---\n${PAGE_FM}\n---\n\nMethodology.\n`],
    ['a help fact', 'content/help/hd.yaml', HELP],
  ])('%s', async (_, path, text) => expect(await one(path, text)).toEqual([]));
});

describe('checkContent finds each problem, with its place', () => {
  it.each([
    ['MDX syntax: an unclosed tag', 'content/guides/a.mdx', guide('<Steps>\n  <Step title="Một">\n</Steps>'), 'content.mdx', 15, /thẻ đóng <\/Steps> không khớp: thẻ <Step> mở ở dòng 14/],
    ['MDX syntax: an HTML comment', 'content/pages/a.mdx', `---\n${PAGE_FM}\n---\n\n<!-- x -->\n`, 'content.mdx', 7, /\{\/\* … \*\/\}/],
    ['MDX syntax: a lone brace', 'content/pages/a.mdx', `---\n${PAGE_FM}\n---\n\nGiá {a\n`, 'content.mdx', 7, /dấu \{ mở mà không có dấu \} đóng/],
    ['a missing field', 'content/guides/a.mdx', guide('Nội dung.', GUIDE_FM.replace('audience: Người dân\n', '')), 'content.field', 1, /thiếu trường bắt buộc/],
    ['an empty field', 'content/guides/a.mdx', guide('Nội dung.', GUIDE_FM.replace('Góp ý qua VNeID', '')), 'content.field', 2, /không được để trống/],
    ['a field of the wrong type', 'content/guides/a.mdx', guide('Nội dung.', GUIDE_FM.replace('order: 1', 'order: một')), 'content.field', 6, /cần một số, đang là chữ/],
    ['a source URL that is not http(s)', 'content/guides/a.mdx', guide('Nội dung.', `${GUIDE_FM}\n    url: javascript:alert(1)`), 'content.field', 11, /https:\/\//],
    ['no source at all', 'content/guides/a.mdx', guide('Nội dung.', GUIDE_FM.split('\nsources:')[0] + '\nsources: []'), 'content.field', 7, /cần ít nhất 1 mục/],
    ['a purpose not in the list', 'content/broadcasts/a.mdx', `---\n${BROADCAST_FM.replace('progress', 'tin-tuc')}\n---\n\nA.\n`, 'content.field', 3, /announcement, progress, reminder/],
    ['broken YAML', 'content/pages/a.mdx', `---\ntitle: "Giới thiệu\nsummary: x\n---\n\nA.\n`, 'content.yaml', 4, /không đọc được/],
    ['no frontmatter', 'content/pages/a.mdx', 'Chỉ có nội dung.\n', 'content.yaml', 1, /thiếu phần đầu/],
    ['a component the page does not have', 'content/guides/a.mdx', guide('<Buoc title="x">y</Buoc>'), 'content.component', 13, /<Buoc> không có/],
    ['a figure of an area without figures', 'content/guides/a.mdx', guide('Số: <Figure area="31" />.'), 'content.figure', 13, /địa bàn 31 chưa có số liệu people/],
    ['a figure of an unknown area', 'content/guides/a.mdx', guide('<Figure area="99" />'), 'content.figure', 13, /mã địa bàn 99 không có/],
    ['a figure without an area', 'content/guides/a.mdx', guide('<Figure />'), 'content.figure', 13, /cần thuộc tính area/],
    ['an unknown placeholder', 'content/broadcasts/a.mdx', `---\n${BROADCAST_FM}\n---\n\nCó {{so_nguoi}} người.\n`, 'content.placeholder', 8, /\{\{so_nguoi\}\} không có/],
    ['a guide saved as .md', 'content/guides/a.md', '# x', 'content.file', undefined, /tệp \.md/],
    ['an English page with a component it is not given', 'content/en/pages/a.mdx', `---\n${PAGE_FM}\n---\n\n<Figure area="30" />\n`, 'content.component', 7, /<Figure> không có/],
    ['a help fact without its text', 'content/help/hd.yaml', HELP.replace(/^text: .*\n/m, ''), 'content.field', 1, /thiếu trường bắt buộc/],
    ['a help fact with a bad source URL', 'content/help/hd.yaml', HELP + '    url: ftp://x\n', 'content.field', 8, /https:\/\//],
    ['broken YAML in a help fact', 'content/help/hd.yaml', "area: '30\ntext: x\n", 'content.yaml', 3, /không đọc được/],
    ['a help fact saved as .yml', 'content/help/hd.yml', HELP, 'content.file', undefined, /chỉ tệp \.yaml/],
    ['a file not in UTF-8', 'content/guides/a.mdx', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe1, 0x69]), 'content.file', undefined, /UTF-8/],
  ] as const)('%s', async (_, path, text, kind, line, message) => {
    const problems = await one(path, text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: path, kind });
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.expected).toMatch(message);
    expect(problems[0]!.expected).not.toMatch(/Error|at .*\(/); // Vietnamese, no stack trace
  });
  it('names the field and quotes its value', async () => {
    const [p] = await one('content/guides/a.mdx', guide('x', GUIDE_FM.replace('order: 1', 'order: -2')));
    expect(p).toMatchObject({ field: 'order', value: '-2', line: 6, col: 8 });
    expect(p!.expected).toBe('cần một số lớn hơn 0');
  });
});

describe('every content problem in one run', () => {
  it('two broken frontmatters, a syntax error and a bad figure, in four files, all reported', async () => {
    const files: ContentFile[] = [
      { path: 'content/guides/a.mdx', bytes: enc(guide('x', GUIDE_FM.replace('order: 1', 'order: một'))) },
      { path: 'content/guides/b.mdx', bytes: enc(guide('x', GUIDE_FM.replace('title: Góp ý qua VNeID\n', ''))) },
      { path: 'content/pages/c.mdx', bytes: enc(`---\n${PAGE_FM}\n---\n\n<Steps>\n`) },
      { path: 'content/guides/d.mdx', bytes: enc(guide('<Figure area="31" />')) },
    ];
    const problems = await checkContent(files, figures);
    expect(problems.map((p) => [p.file, p.kind])).toEqual([
      ['content/guides/a.mdx', 'content.field'],
      ['content/guides/b.mdx', 'content.field'],
      ['content/guides/d.mdx', 'content.figure'],
      ['content/pages/c.mdx', 'content.mdx'],
    ]);
  });
  it('a file with a broken frontmatter and a broken body reports both', async () => {
    const problems = await one('content/guides/a.mdx', guide('<Step>', GUIDE_FM.replace('order: 1', 'order: một')));
    expect(problems.map((p) => p.kind)).toEqual(['content.field', 'content.mdx']);
  });
});

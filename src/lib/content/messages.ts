/**
 * Every sentence the operator reads from the content check (`npm run check`, `npm run build`):
 * frontmatter, MDX syntax, components, embedded figures, placeholders, with their fixes. The
 * content side of the operator messages; the data side, the kinds of problem and the report are in
 * ../data/messages.ts (see CONTRIBUTING.md, "Words").
 */
import { CELL } from '../data/messages.ts';

/** Messages of the content check (check.ts, frontmatter.ts, mdx.ts, schemas.ts). */
export const CONTENT = {
  notUtf8: { expected: 'tệp không phải UTF-8', fix: 'Lưu lại tệp với bảng mã UTF-8 (trình soạn thảo: Save with Encoding › UTF-8).' },
  notRead: (ext: string, wanted: string) => ({
    expected: `tệp ${ext || 'không đuôi'} trong thư mục này không được đọc: chỉ tệp ${wanted} được đăng`,
    fix: `Đổi đuôi tệp thành ${wanted} nếu cần đăng tệp này, hoặc chuyển tệp đi.`,
  }),
  yaml: (reason: string) => ({
    expected: `phần đầu (giữa hai dòng ---) không đọc được: ${yamlReason(reason)}`,
    fix: 'Mỗi dòng là "tên: giá trị"; giá trị có dấu hai chấm (:) hoặc bắt đầu bằng dấu ngoặc thì đặt trong ngoặc kép.',
  }),
  sourceDate: 'cần năm, tháng hoặc ngày: 2025, 2025-05 hoặc 2025-05-16',
  noFrontmatter: 'thiếu phần đầu: tệp phải bắt đầu bằng dòng --- , các trường, rồi dòng ---',
  mdx: (e: { ruleId?: string; source?: string; reason: string }) => ({
    expected: `MDX không đọc được: ${mdxReason(e)}`,
    fix: 'Trong MDX, dấu < mở một thẻ và dấu { mở một biểu thức: muốn viết chính các dấu ấy thì viết \\< và \\{; mỗi thẻ mở (<Step>) cần thẻ đóng (</Step>).',
  }),
  figureNoArea: {
    expected: '<Figure> cần thuộc tính area, ví dụ <Figure area="30" />',
    fix: 'Thêm mã địa bàn: area="30" (mã trong data/areas.csv).',
  },
  component: (name: string, known: readonly string[]) => ({
    expected: `thành phần <${name}> không có ở trang này`,
    fix: known.length ? `Dùng một trong: ${known.map((k) => `<${k}>`).join(', ')}.` : 'Trang này không dùng thành phần nào.',
  }),
  figure: (area: string, metric: string, channel: string, known: boolean) => ({
    expected: known
      ? `địa bàn ${area} chưa có số liệu ${metric} (kênh ${channel}) trong data/`
      : `mã địa bàn ${area} không có trong data/areas.csv`,
    fix: 'Sửa mã địa bàn trong <Figure area="…">, hoặc thêm số liệu của địa bàn này vào data/participation/.',
  }),
  placeholder: (name: string, known: readonly string[]) => ({
    expected: `chỗ điền {{${name}}} không có`,
    fix: `Dùng một trong: ${known.map((k) => `{{${k}}}`).join(', ')}.`,
  }),
};

/** js-yaml's reasons (English) said in Vietnamese; the most frequent slips of hand-written frontmatter. */
const YAML_REASONS: [RegExp, string][] = [
  [/^missed comma between flow collection entries|within a flow collection/, 'một dấu ngoặc [ hoặc { mở mà không đóng đúng chỗ'],
  [/within a (double|single) quoted scalar/, 'một dấu ngoặc kép mở mà không đóng'],
  [/^bad indentation of a (mapping|sequence) entry/, 'thụt đầu dòng không đều: các trường cùng cấp phải thẳng cột'],
  [/^duplicated mapping key/, 'một trường được ghi hai lần'],
  [/^tab characters must not be used/, 'thụt đầu dòng bằng phím Tab: chỉ dùng dấu cách'],
  [/colon is missed|a key node is missed|multiline key/, 'thiếu dấu hai chấm sau tên trường, hoặc tên trường xuống dòng'],
  [/^end of the stream or a document separator is expected/, 'sau một giá trị còn chữ thừa trên cùng dòng (giá trị có dấu hai chấm thì đặt trong ngoặc kép)'],
  [/whitespace character is expected after the key-value separator/, 'sau dấu hai chấm cần một dấu cách'],
  [/^unknown escape sequence|expected hexadecimal/, 'dấu \\ trong ngoặc kép mở một ký tự đặc biệt không có (viết \\\\ cho chính dấu \\)'],
  [/^unidentified alias|name of an (alias|anchor)/, 'dấu * hoặc & ở đầu giá trị có nghĩa riêng trong YAML: đặt giá trị trong ngoặc kép'],
];

/** What js-yaml found, in Vietnamese (its own wording kept, in brackets, only when unknown). */
export function yamlReason(reason: string): string {
  for (const [re, vi] of YAML_REASONS) if (re.test(reason)) return vi;
  return `cú pháp YAML sai (${reason})`;
}

/** The MDX compiler's reason (English, from micromark and mdast-util-mdx-jsx) said in Vietnamese. */
export function mdxReason(e: { ruleId?: string; source?: string; reason: string }): string {
  const r = e.reason;
  const tag = /`<\/?([^`>]*)>`/g;
  const tags = [...r.matchAll(tag)].map((m) => m[1]);
  const openedAt = /\((\d+):\d+-\d+:\d+\)$/.exec(r)?.[1];
  if (e.ruleId === 'end-tag-mismatch' && r.startsWith('Unexpected closing tag'))
    return `thẻ đóng </${tags[0]}> không khớp: thẻ <${tags[1]}> mở ở dòng ${openedAt} chưa được đóng`;
  if (e.ruleId === 'end-tag-mismatch') return `thẻ <${tags[0]}> mở ở dòng ${openedAt} không có thẻ đóng </${tags[0]}>`;
  if (e.ruleId === 'unexpected-closing-slash') return 'thẻ đóng không có thẻ mở nào trước nó';
  if (e.source === 'micromark-extension-mdx-jsx') {
    if (r.includes('to create a comment')) return 'chú thích kiểu HTML <!-- … --> không dùng được trong MDX: viết {/* … */}';
    if (r.includes('to create a link')) return 'liên kết kiểu <https://…> không dùng được trong MDX: viết [chữ](https://…)';
    if (r.includes('before attribute value')) return 'giá trị của thuộc tính phải nằm trong ngoặc kép, ví dụ title="Bước 1"';
    return 'dấu < mở một thẻ nhưng sau đó không phải một thẻ đúng (muốn viết dấu nhỏ hơn thì viết \\<)';
  }
  if (e.source === 'micromark-extension-mdx-expression' && e.ruleId === 'unexpected-eof')
    return 'dấu { mở mà không có dấu } đóng (muốn viết dấu ngoặc nhọn thì viết \\{)';
  if (e.source === 'micromark-extension-mdx-expression') return 'biểu thức trong dấu { } không đọc được (muốn viết dấu ngoặc nhọn thì viết \\{)';
  if (e.source === 'micromark-extension-mdxjs-esm') return 'dòng import hoặc export không đọc được';
  return `trình biên dịch MDX báo: ${r}`;
}

/** How a frontmatter value is named in a message. */
const TYPE_WORDS: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'true hoặc false',
  date: 'một ngày',
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  object: 'các trường lồng nhau',
  undefined: 'không có',
};

/** The parts of a zod issue a message is made from (no zod import: this module stays words only). */
export interface FieldIssue {
  code: string;
  expected?: string;
  received?: string;
  type?: string;
  minimum?: number | bigint;
  inclusive?: boolean;
  options?: readonly unknown[];
  validation?: unknown;
}

/** A frontmatter field's problem in plain Vietnamese (zod's own messages are English). */
export function fieldMessage(issue: FieldIssue): string | undefined {
  const w = (t?: string) => (t ? TYPE_WORDS[t] ?? t : '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return 'thiếu trường bắt buộc';
      if (issue.received === 'null') return `không được để trống: cần ${w(issue.expected)}`;
      return `cần ${w(issue.expected)}, đang là ${w(issue.received)}`;
    case 'invalid_date':
      return 'cần một ngày có thật, ví dụ 2025-05-16';
    case 'invalid_enum_value':
      return `cần một trong: ${(issue.options ?? []).join(', ')}`;
    case 'invalid_string':
      return issue.validation === 'url' ? CELL.url : 'giá trị sai dạng';
    case 'not_finite':
    case 'not_multiple_of':
      return 'cần một số nguyên';
    case 'too_small':
      if (issue.type === 'array') return `cần ít nhất ${issue.minimum} mục`;
      if (issue.type === 'string') return CELL.notBlank;
      return `cần một số ${issue.inclusive ? 'từ' : 'lớn hơn'} ${issue.minimum}`;
    default:
      return undefined;
  }
}

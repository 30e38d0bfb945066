/**
 * Every sentence the operator reads from `npm run check` and `npm run build` about data/: the
 * problems the gate finds, their fixes, the kinds of problem (of content/ too) and the report
 * around them; the content check's own sentences are in ../content/messages.ts, the campaign
 * settings' in ../campaign/messages.ts. Only these modules hold operator sentences, in plain
 * Vietnamese, so that the wording stays consistent and a reviewer reads it all at once.
 *
 * Why here and not in src/i18n: src/i18n holds what readers of the site see or download, in every
 * locale the site has. These messages are for the operator at the console, in Vietnamese only, and
 * the zod schemas that use them are built when their module loads (see CONTRIBUTING.md, "Words").
 * Each rule's module (rules/*.ts, schema.ts, csv.ts, help-points.ts) calls the message named after it.
 */
import type { Level } from './schema.ts';

/** Every kind of problem, with the label the report groups and counts it under. */
export const KIND_LABELS = {
  'file.encoding': 'tệp không phải UTF-8',
  'file.size': 'tệp quá lớn',
  'file.empty': 'tệp không có số liệu',
  'file.unread': 'tệp không được đọc',
  'file.missing': 'thiếu tệp',
  'csv.syntax': 'CSV sai cú pháp',
  'csv.header': 'dòng tiêu đề sai',
  cell: 'ô không hợp lệ',
  'tree.code': 'mã địa bàn sai dạng',
  'tree.duplicate': 'mã địa bàn bị trùng',
  'tree.parent': 'mã cấp trên sai',
  'tree.cycle': 'vòng lặp cấp trên',
  'tree.level': 'sai cấp trong cây địa bàn',
  'area.unknown': 'mã địa bàn không có trong areas.csv',
  'figure.duplicate': 'số liệu bị trùng',
  'figure.eligible': 'số người lớn hơn số người đủ điều kiện',
  'date.future': 'ngày ở tương lai',
  'help.time': 'giờ kết thúc không sau giờ bắt đầu',
  'help.duplicate': 'buổi hỗ trợ bị trùng',
  'content.file': 'tệp nội dung không đọc được',
  'content.yaml': 'phần đầu (frontmatter) sai cú pháp',
  'content.field': 'trường frontmatter không hợp lệ',
  'content.mdx': 'MDX sai cú pháp',
  'content.component': 'thành phần MDX không có',
  'content.figure': 'số liệu nhúng không có',
  'content.placeholder': 'chỗ điền không có',
  'campaign.setting': 'cài đặt đợt góp ý (campaign.yaml) không hợp lệ',
  'campaign.helpfact': 'HelpFact nêu địa bàn chưa có tệp trong content/help',
  other: 'lỗi khác',
} as const;

export type ProblemKind = keyof typeof KIND_LABELS;

/** The words for an area's level, as the operator says them. */
export const LEVEL_WORDS: Record<Level, string> = {
  country: 'quốc gia',
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
};

const SAVE_AS_UTF8 = 'Trong Excel chọn File › Save As › "CSV UTF-8 (Comma delimited)" rồi lưu lại.';

/** Messages of the file rules (rules/files.ts and csv.ts). */
export const FILE = {
  notUtf8: {
    expected: 'tệp không phải UTF-8 (có thể Excel đã lưu theo bảng mã windows-1258)',
    fix: SAVE_AS_UTF8,
  },
  utf16: {
    expected: 'tệp lưu theo bảng mã UTF-16 (kiểu "Unicode Text" của Excel), không phải CSV UTF-8',
    fix: SAVE_AS_UTF8,
  },
  tooLarge: (mb: number, maxMb: number) => ({
    expected: `tệp nặng ${mb} MB, quá giới hạn ${maxMb} MB cho một tệp`,
    fix: 'Tách thành nhiều tệp nhỏ hơn trong cùng thư mục, ví dụ mỗi ngày một tệp.',
  }),
  tooManyRows: (max: string) => ({
    expected: `dữ liệu có hơn ${max} dòng (tính mọi tệp): quá giới hạn bản dựng kiểm tra được; các dòng từ đây không được đọc`,
    fix: 'Bỏ bớt các tệp số liệu cũ không cần công bố, hoặc gộp số liệu theo ngày thay vì theo giờ.',
  }),
  empty: 'tệp rỗng: cần một dòng tiêu đề và ít nhất một dòng số liệu',
  headerOnly: 'tệp chỉ có dòng tiêu đề, không có dòng số liệu nào',
  spreadsheet: (ext: string) => ({
    expected: `tệp ${ext} không được đọc: bản dựng chỉ đọc tệp .csv`,
    fix: `Mở tệp trong Excel, chọn File › Save As › "CSV UTF-8 (Comma delimited)", lưu vào đúng thư mục, rồi chuyển tệp ${ext} ra khỏi data/.`,
  }),
  other: (places: readonly string[]) => ({
    expected: 'tệp này không được đọc: thư mục dữ liệu chỉ chứa tệp .csv',
    fix: `Chuyển tệp ra khỏi data/. Các tệp được đọc: ${places.join(', ')}.`,
  }),
  misplaced: (places: readonly string[]) => ({
    expected: 'tệp .csv nằm ở chỗ bản dựng không đọc',
    fix: `Chuyển tệp vào đúng chỗ: ${places.join(', ')}.`,
  }),
  noFolder: 'không có thư mục dữ liệu này (DATA_DIR, hoặc data/ trong thư mục dự án)',
  missingAreas: 'thiếu tệp danh sách địa bàn areas.csv',
  noParticipation: 'không có tệp số liệu nào trong thư mục participation/',
};

/** Messages of the CSV reader (csv.ts). */
export const CSV = {
  /** Papa Parse's error codes, said plainly. */
  syntax: (code: string) =>
    `CSV không đọc được: ${
      code === 'MissingQuotes'
        ? 'một dấu ngoặc kép (") mở mà không đóng'
        : code === 'InvalidQuotes'
          ? 'dấu ngoặc kép (") đặt sai chỗ trong một ô'
          : 'dòng này sai cú pháp'
    }`,
  width: (cells: number, columns: number) =>
    `dòng có ${cells} ô nhưng dòng tiêu đề có ${columns} cột: các ô bị lệch cột` +
    (cells > columns ? ' (có thể một ô có dấu phẩy mà không nằm trong ngoặc kép)' : ' (có thể thiếu một ô)'),
  syntaxFix: 'Ô có dấu phẩy, chấm phẩy hoặc xuống dòng phải nằm trong ngoặc kép; dấu " trong ô viết thành "".',
  duplicateColumn: (column: string) => `cột "${column}" xuất hiện hai lần trong dòng tiêu đề`,
  missingColumn: (column: string, required: readonly string[]) =>
    `thiếu cột bắt buộc "${column}" (các cột bắt buộc: ${required.join(', ')})`,
};

/** Messages of one cell (schema.ts): what a value must look like. */
export const CELL = {
  blank: (column: string) => `không được để trống (${column})`,
  notBlank: 'không được để trống',
  count: 'cần một số nguyên không âm',
  negative: 'số lượng không được âm',
  decimal: 'cần một số nguyên (số người hoặc số ý kiến không có phần thập phân); viết 1.290.087 hoặc 1290087',
  notCount: 'cần một số nguyên, viết 1.290.087 hoặc 1290087',
  percent: 'cần một tỉ lệ phần trăm từ 0 đến 100, ví dụ 14,8',
  oneOf: (hint: string) => `cần một trong: ${hint}`,
  /** The accepted values of a column, with the Vietnamese words that mean them. */
  hints: {
    metric: 'people (số người), opinions (số ý kiến)',
    qualifier: 'exact (chính xác), approx (khoảng, gần), at_least (hơn)',
  },
  asOf: {
    format: 'cần một ngày: 2025-05-16, 16/5/2025, 24/5/2025 13:00 hoặc 2025-05-24T13:00+07:00',
    day: 'ngày này không có trên lịch (cần một ngày có thật, ví dụ 16/5/2025)',
    time: 'giờ không có thật: giờ từ 0 đến 23, phút và giây từ 0 đến 59',
    offset: 'múi giờ không có thật: chỉ từ -14:00 đến +14:00 (giờ Việt Nam là +07:00)',
  },
  url: 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://',
  urlScheme: 'cần một địa chỉ web bắt đầu bằng https:// hoặc http://',
  codeBlank: 'mã không được để trống',
  code: 'mã chỉ gồm chữ số hoặc chữ cái, ví dụ 30 hoặc 01',
};

const CODE_EXAMPLES: Record<Level, string> = { country: 'VN', province: '01 hoặc 30', district: '288', commune: '10507' };

const LOST_ZERO_FIX = 'Trong Excel, định dạng cột mã là Văn bản (Text), gõ lại mã có số 0 ở đầu rồi lưu lại.';

/** Messages of the area tree (rules/tree.ts) and of codes (rules/codes.ts). */
export const TREE = {
  lostZero: (level: Level, digits: number, padded: string) => ({
    expected: `mã ${LEVEL_WORDS[level]} gồm ${digits} chữ số: Excel đã bỏ số 0 ở đầu (đúng ra là "${padded}")`,
    fix: LOST_ZERO_FIX,
  }),
  codeShape: (level: Level, digits: number) =>
    `mã ${LEVEL_WORDS[level]} gồm đúng ${digits} chữ số (mã của Tổng cục Thống kê), ví dụ ${CODE_EXAMPLES[level]}`,
  duplicate: (firstLine: number) => `mã địa bàn bị trùng (đã có ở dòng ${firstLine})`,
  unknownParent: 'mã cấp trên không có trong areas.csv',
  noParent: 'chỉ cấp quốc gia được để trống mã cấp trên',
  countryParent: 'cấp quốc gia không có cấp trên: để trống ô này',
  secondCountry: (firstLine: number) => `chỉ có một dòng cấp quốc gia (đã có ở dòng ${firstLine})`,
  selfParent: {
    expected: 'mã cấp trên trùng với mã của chính địa bàn này',
    fix: 'Ghi mã của đơn vị cấp trên trực tiếp (huyện của một xã, tỉnh của một huyện).',
  },
  cycle: (chain: readonly string[], lines: readonly number[]) => ({
    expected: `các địa bàn là cấp trên của nhau thành một vòng: ${chain.join(' → ')} (dòng ${lines.join(', ')})`,
    fix: 'Sửa mã cấp trên để từ mỗi địa bàn đi lên được tới cấp quốc gia.',
  }),
  level: (level: Level, parentLevel: Level, parent: string, allowed: readonly Level[], twoTier: boolean) => ({
    expected:
      `${LEVEL_WORDS[level]} không thể nằm thẳng dưới ${LEVEL_WORDS[parentLevel]} "${parent}": ` +
      `${LEVEL_WORDS[level]} phải thuộc một ${allowed.map((l) => LEVEL_WORDS[l]).join(' hoặc ')}`,
    fix:
      level === 'commune' && parentLevel === 'province' && !twoTier
        ? 'Ghi mã huyện của xã. Xã chỉ được nằm thẳng dưới tỉnh khi areas.csv không có cấp huyện nào (chính quyền hai cấp, từ 1/7/2025).'
        : 'Kiểm tra cột cấp (level) và mã cấp trên (parent_code) của dòng này.',
  }),
};

/** Messages of references to areas (rules/references.ts). */
export const AREA = {
  unknown: 'mã địa bàn không có trong data/areas.csv',
  lostZero: (match: string, where: string) => ({
    hint: `; có mã "${match}" (${where}): có thể Excel đã bỏ số 0 ở đầu`,
    fix: LOST_ZERO_FIX,
  }),
};

/** Messages of figures (rules/figures.ts). */
export const FIGURE = {
  /** Where the first of two duplicates is: its line in the same file, or file:line. */
  firstAt: (sameFile: boolean, file: string, line: number) => (sameFile ? `dòng ${line}` : `${file}:${line}`),
  duplicate: (first: string, key: { as_of: string; area_code: string; metric: string; channel: string }) => ({
    expected:
      `trùng số liệu đã có ở ${first}: cùng thời điểm ${key.as_of}, địa bàn ${key.area_code}, ` +
      `chỉ số ${key.metric}, kênh ${key.channel}`,
    fix: 'Giữ một dòng. Nếu số liệu đã được sửa, giữ số mới và ghi việc sửa vào corrections.csv.',
  }),
  aboveEligible: (eligible: number) => `không thể lớn hơn số người đủ điều kiện (eligible = ${eligible})`,
};

/** Messages of dates (rules/dates.ts). */
export const DATE = {
  future: (now: string, column: string) => ({
    expected: `thời điểm này muộn hơn lúc chạy bản dựng (${now}, giờ Việt Nam): chưa thể có số liệu`,
    fix:
      `Kiểm tra năm trong cột ${column}, và xem Excel có đảo ngày với tháng không (5/6 thành 6/5). ` +
      'Nếu đang thử với GOPY_NOW, đặt GOPY_NOW muộn hơn.',
  }),
};

/** Messages of data/help-points/*.csv (help-points.ts). */
export const HELP = {
  kind: (kinds: readonly string[]) =>
    `cần một trong: ${kinds.join(', ')} (hoặc: công an, ủy ban, nhà văn hoá, chợ, trường, khu công nghiệp, tận nhà, khác)`,
  /** A start or end that is not a real moment, by fault (as CELL.asOf), or a day without its time. */
  moment: {
    format: 'cần một ngày giờ: ví dụ 17/5/2025 07:30 hoặc 2025-05-17T07:30',
    day: 'ngày này không có trên lịch: cần một ngày giờ có thật, ví dụ 17/5/2025 07:30',
    time: CELL.asOf.time,
    offset: CELL.asOf.offset,
    noTime: 'cần cả giờ, không chỉ ngày: ví dụ 17/5/2025 07:30 hoặc 2025-05-17T07:30',
  },
  phoneZero: 'số điện thoại thiếu số 0 ở đầu? (Excel hay bỏ số 0: hãy để cột này ở dạng Văn bản (Text))',
  phone: 'cần một số điện thoại: 0 và 9–10 chữ số (0220 3852 123, 0912 345 678), số 1800/1900, hoặc 113',
  endsFirst: (starts: string, startsHeader: string) => ({
    expected: `giờ kết thúc phải sau giờ bắt đầu (${startsHeader} = ${starts})`,
    fix: 'Kiểm tra ngày và giờ của hai cột; giờ viết theo 24 giờ (7 giờ tối là 19:00).',
  }),
  duplicate: (first: string) => ({
    expected: `trùng buổi hỗ trợ (cùng địa bàn, nơi và giờ bắt đầu) đã có ở ${first}`,
    fix: 'Giữ một dòng cho mỗi buổi.',
  }),
};

/** The report around the problems (report.ts). */
export const REPORT = {
  head: (n: string) => `Có ${n} lỗi; chưa xuất bản gì. Sửa các lỗi sau rồi chạy lại:`,
  fileHead: (file: string, n: string) => `${file} (${n} lỗi)`,
  fix: 'Cách sửa',
  more: (n: string) => `… và ${n} lỗi cùng loại nữa`,
  cut: (shown: string, n: string, flag: string) =>
    `Đã in ${shown} trong ${n} lỗi. Chạy lại với ${flag} 0 để in tất cả.`,
  summary: (n: string, files: string) => `Tóm tắt: ${n} lỗi trong ${files} tệp.`,
  byFile: 'Theo tệp:',
  byKind: 'Theo loại lỗi:',
  column: (label: string, column: string) => `${label} ở cột "${column}"`,
  ok: (counts: { areas: string; figures: string; breakdowns: string; corrections: string; helpPoints: string; pages: string }) =>
    `Dữ liệu và nội dung hợp lệ: ${counts.areas} địa bàn, ${counts.figures} số liệu, ${counts.breakdowns} dòng phân tổ, ` +
    `${counts.corrections} đính chính, ${counts.helpPoints} buổi hỗ trợ; ${counts.pages} tệp nội dung (MDX, YAML).`,
  notPublished: (dest: string) => `Không xuất bản: ${dest} giữ nguyên như lần build trước.`,
  warning: (w: string) => `Cảnh báo: ${w}`,
  badLimit: (raw: string) => `--limit "${raw}": cần một số nguyên không âm (0 = in tất cả).`,
};

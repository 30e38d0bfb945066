/** Strings of the downloads: the page /so-lieu/du-lieu/ and what metadata.json says of each file and column. */
import type { ColumnName } from '../../lib/figures/columns.ts';
import type { DatasetFileName } from '../../lib/figures/downloads.ts';

export const downloads = {
  downloads: {
    title: 'Tải dữ liệu',
    description:
      'Toàn bộ số liệu góp ý sửa đổi Hiến pháp qua VNeID trên trang này, dạng CSV và JSON, tại các địa chỉ cố định, kèm mô tả cột, đơn vị, nguồn và giấy phép.',
    lead:
      'Các tệp dưới đây được tạo ra mỗi lần trang được cập nhật, từ chính dữ liệu đã kiểm tra mà các trang hiển thị. Địa chỉ của từng tệp không đổi, nên có thể dùng trong bảng tính hay chương trình.',
    format:
      'CSV: mã UTF-8 (có BOM để Excel đọc đúng tiếng Việt), dấu phẩy ngăn cột, số viết liền không dấu chấm (1290087), tỉ lệ là số thập phân với dấu chấm (0.205135 nghĩa là 20,5\u00a0%). Ngày giờ theo ISO 8601, giờ Việt Nam (+07:00).',
    excelHeading: 'Mở bằng Excel',
    excel:
      'Excel cài tiếng Việt thường dùng dấu chấm phẩy để ngăn cột, nên khi mở trực tiếp tệp CSV (dấu phẩy), mọi thứ dồn vào một cột. Hãy tải tệp .xlsx cùng tên: mở ra là đủ cột, số là số, ngày là ngày. Tệp CSV vẫn giữ dấu phẩy để các chương trình đang đọc nó không phải sửa; muốn mở CSV trong Excel, dùng Dữ liệu › Từ Văn bản/CSV và chọn dấu phẩy.',
    formulaHeading: 'Ô bắt đầu bằng dấu =',
    formula:
      'Nếu một ô chữ (nguồn, ghi chú…) bắt đầu bằng = + - hoặc @, bảng tính có thể hiểu nhầm nó là công thức và chạy nó. Vì vậy trong CSV và XLSX, ô như thế được thêm một dấu nháy đơn (\') ở đầu: bảng tính chỉ hiện chữ. Ô số không bị đổi, JSON giữ nguyên chữ. Quy tắc này cũng ghi trong metadata.json.',
    file: 'Tệp',
    contents: 'Nội dung',
    perChart: 'Mỗi biểu đồ còn có tệp CSV và JSON riêng, ghi ngay bên cạnh biểu đồ.',
    generated: 'Tạo lúc',
    /** What each whole-dataset file holds, by file name. */
    files: {
      'tham-gia.csv': 'Mọi con số đã công bố (số người, số ý kiến), kèm tỉ lệ và xếp hạng',
      'tham-gia.json': 'Như trên, dạng JSON',
      'moi-nhat.csv': 'Chỉ con số mới nhất của mỗi địa bàn, chỉ số và kênh, kèm thay đổi',
      'dia-ban.csv': 'Danh sách địa bàn (mã, tên, loại, cấp, cấp trên)',
      'phan-nhom.csv': 'Số người theo độ tuổi và nghề nghiệp, kèm tỉ lệ nguồn in và tỉ lệ tự tính',
      'phan-nhom.json': 'Như trên, dạng JSON',
      'dinh-chinh.csv': 'Nhật ký đính chính',
      'metadata.json': 'Mô tả các tệp: cột, đơn vị, nguồn, giấy phép, thời điểm tạo',
      'tham-gia.xlsx': 'Mọi con số đã công bố, dạng Excel',
      'moi-nhat.xlsx': 'Con số mới nhất của mỗi địa bàn, dạng Excel',
      'dia-ban.xlsx': 'Danh sách địa bàn, dạng Excel',
      'phan-nhom.xlsx': 'Số người theo độ tuổi và nghề nghiệp, dạng Excel',
      'dinh-chinh.xlsx': 'Nhật ký đính chính, dạng Excel',
    } satisfies Record<DatasetFileName, string>,
    licence: {
      name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
      url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
      note: 'Được dùng lại, kể cả cho mục đích thương mại, với điều kiện ghi nguồn: trang này và nguồn gốc của từng con số (cột source).',
    },
    /** metadata.json: what the units and qualifiers are called, and how the CSV is written. */
    units: { people: 'người', opinions: 'ý kiến' },
    qualifiers: { exact: 'chính xác', approx: 'khoảng, gần', at_least: 'hơn' },
    encoding:
      'CSV: UTF-8 có BOM, dấu phẩy, CRLF; số nguyên không dấu ngăn cách; tỉ số dùng dấu chấm thập phân. XLSX: cùng cột và cùng dòng như CSV; số là số, ngày là ngày (giờ Việt Nam), dòng tiêu đề cố định.',
    formulaGuard:
      'Trong CSV và XLSX, ô chữ nào bắt đầu bằng = + - @ (hoặc dấu tab, xuống dòng, hay các dấu đó ở dạng toàn độ rộng) được thêm một dấu nháy đơn (\') ở đầu, để bảng tính hiện nó như chữ mà không chạy nó như công thức. Ô số không bị đổi. JSON giữ nguyên chữ.',
    /** metadata.json: what each column means. */
    columns: {
      as_of: { description: 'Thời điểm của con số (ngày hoặc ngày giờ, giờ Việt Nam +07:00).' },
      area_code: { description: 'Mã địa bàn (mã của Tổng cục Thống kê; VN là cả nước).' },
      area_name: { description: 'Tên địa bàn, kèm loại (Tỉnh Hải Dương).' },
      area_level: { description: 'Cấp: country, province, district, commune.' },
      metric: {
        description:
          'people = số người đã gửi góp ý; opinions = số ý kiến (một người có thể gửi nhiều ý kiến); với channel = all, nguồn đếm bằng lượt góp ý (mọi hình thức).',
      },
      channel: { description: 'vneid = qua ứng dụng VNeID; all = mọi hình thức góp ý.' },
      value: { description: 'Con số như nguồn công bố.', unit: 'người, ý kiến hoặc lượt góp ý, theo metric và channel' },
      qualifier: { description: 'exact = chính xác; approx = khoảng, gần; at_least = hơn. Số xấp xỉ phải được trích kèm chữ đó.' },
      eligible: { description: 'Số công dân của địa bàn có tài khoản định danh điện tử mức 2 đang hoạt động (mẫu số của tỉ lệ).', unit: 'người' },
      rate: { description: 'Tỉ lệ tham gia = value / eligible, do trang tự tính (0.205135 = 20,5\u00a0%).', unit: 'tỉ số' },
      rank: { description: 'Thứ hạng theo tỉ lệ tham gia (1 = cao nhất).' },
      rank_of: { description: 'Số địa bàn được xếp hạng (chỉ với thứ hạng tự tính).' },
      rank_kind: { description: 'computed = trang tự tính khi mọi địa bàn cùng cấp có số liệu; reported = thứ hạng nguồn công bố.' },
      rank_scope: { description: 'Phạm vi xếp hạng: country hoặc mã địa bàn cấp trên.' },
      source: { description: 'Nơi công bố con số.' },
      source_url: { description: 'Địa chỉ bài công bố, nếu có.' },
      note: { description: 'Ghi chú về con số.' },
      change: {
        description:
          'Thay đổi so với lần công bố trước của cùng địa bàn, chỉ số và kênh. Khi một trong hai con số là số xấp xỉ, thay đổi được làm tròn theo con số kém chính xác hơn (ví dụ 17.100.624 − khoảng 14.000.000 ghi là 3000000, không phải 3100624).',
      },
      change_since: { description: 'Thời điểm của lần công bố trước đó.' },
      change_qualifier: { description: 'exact chỉ khi cả hai con số đều chính xác.' },
      dimension: { description: 'Phân theo: age_group (độ tuổi) hoặc occupation (nghề nghiệp).' },
      category: { description: 'Nhóm, đúng như nguồn gọi.' },
      computed_share: { description: 'value chia cho tổng cùng ngày của địa bàn (total_value), do trang tự tính.', unit: 'tỉ số' },
      printed_share: { description: 'Tỉ lệ phần trăm nguồn in (14.8 = 14,8\u00a0%).', unit: '%' },
      total_value: { description: 'Tổng dùng để tính computed_share.' },
      total_qualifier: { description: 'Mức chính xác của tổng.' },
      total_source: {
        description:
          'Nguồn của tổng. Khi khác cột source, computed_share là số của một nguồn chia cho tổng của nguồn khác: chỉ để tham khảo, biểu đồ không vẽ tỉ lệ này.',
      },
      code: { description: 'Mã địa bàn.' },
      name: { description: 'Tên địa bàn, không kèm loại.' },
      type: { description: 'Loại: tỉnh, thành phố, huyện, thị xã, xã, phường, thị trấn.' },
      level: { description: 'Cấp: country, province, district, commune.' },
      parent_code: { description: 'Mã địa bàn cấp trên.' },
      page: { description: 'Trang số liệu của địa bàn (trống nếu chưa có số liệu).' },
      date: { description: 'Ngày đính chính.' },
      what: { description: 'Nội dung thay đổi.' },
      why: { description: 'Lý do.' },
    } satisfies Record<ColumnName, { description: string; unit?: string }>,
  },
} as const;

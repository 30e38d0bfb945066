/**
 * Every sentence the operator reads about content/campaign.yaml (its problems, its warnings for
 * optional settings left unset, the SITE_URL warning), in plain Vietnamese: one home beside the
 * data's (../data/messages.ts) and the content check's (../content/messages.ts).
 */
export const CAMPAIGN = {
  text: 'cần một dòng chữ',
  blank: 'không được để trống',
  link: 'cần một địa chỉ web',
  linkFull: 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://',
  linkHttp: 'cần một địa chỉ bắt đầu bằng https://',
  email: 'cần một địa chỉ thư',
  emailShape: 'cần một địa chỉ thư điện tử, ví dụ ten@donvi.gov.vn',
  phone: 'cần một số điện thoại',
  phoneShape: 'cần một số điện thoại: chữ số, dấu cách hoặc dấu chấm, ví dụ 0220 3 123 456',
  code: 'cần một mã địa bàn',
  codeShape: 'cần một mã địa bàn trong data/areas.csv, ví dụ "30" hoặc "VN"',
  moment: 'cần một ngày: 2025-05-29 hoặc 2025-05-06T08:00',
  realMoment: 'cần một ngày có thật: 2025-05-29 hoặc 2025-05-06T08:00 (giờ Việt Nam)',
  sourceDate: 'cần 2025, 2025-05 hoặc 2025-05-16',
  boolean: 'cần true hoặc false',
  guideName: 'cần tên một tệp trong content/guides/, không có đuôi .mdx',
  closesAfterOpens: 'ngày đóng phải sau ngày mở (channel.opens)',
  consultationAfterChannel: 'đợt lấy ý kiến không thể kết thúc trước khi kênh góp ý đóng (channel.closes)',
  required: 'bắt buộc, chưa có',
  unknownField: 'trường không có trong mẫu cài đặt (xem README); có thể gõ nhầm tên',
  yaml: (code: string) => `tệp YAML viết sai (${code}): mỗi dòng "tên: giá trị", thụt lề bằng dấu cách`,
  noFile: 'không có tệp cài đặt của đợt góp ý; xem README, mục "Cài đặt đợt góp ý"',
  province: 'cần mã một địa bàn có trong data/areas.csv',
  provinceNotCountry: 'cần mã một tỉnh hoặc thành phố, không phải cả nước',
  country: 'cần mã của cả nước trong data/areas.csv (cấp country)',
  mainGuide: (guides: readonly string[]) => `cần tên một hướng dẫn có trong content/guides/: ${guides.join(', ')}`,
  helpFactArea: (known: readonly string[]) => `cần mã một địa bàn có tệp trong content/help/ (có: ${known.join(', ') || 'chưa có tệp nào'})`,
  /** Optional settings left unset: what the pages say instead (warnings, the build goes on). */
  missing: {
    operator: 'chưa ghi đơn vị quản lý trang (operator); trang Giới thiệu và chân trang sẽ ghi là chưa có',
    contact: 'chưa có thư điện tử hay số điện thoại liên hệ (contact.email, contact.phone); trang sẽ ghi là chưa có, và chưa có đường báo số liệu sai',
    hotlines: 'chưa có đường dây nóng nào có nguồn (hotlines); áp phích chỉ ghi nơi hỗ trợ trực tiếp',
    draft_url: 'chưa có địa chỉ đã kiểm chứng của văn bản chính thức được lấy ý kiến (draft_url); trang sẽ ghi là chưa có',
  },
  /** A build without SITE_URL: what it lacks and how to set it. */
  siteUrlUnset:
    'SITE_URL chưa đặt: bản build này chỉ để xem thử trên máy. Trang không có địa chỉ công khai nào: không có ' +
    'liên kết canonical tuyệt đối, og:url, og:image, sơ đồ trang (sitemap), RSS, mã nhúng biểu đồ, nút chia sẻ, và áp phích in dòng ' +
    '"chưa có địa chỉ" thay cho mã QR. Để xuất bản: SITE_URL=https://ten-mien-cua-ban npm run build ' +
    '(thêm BASE_PATH=/gopy/ nếu trang nằm trong một thư mục con).',
};

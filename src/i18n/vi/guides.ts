/** Strings of the guides (/huong-dan/). */
export const guides = {
  guide: {
    indexTitle: 'Hướng dẫn',
    indexDescription: 'Hướng dẫn từng bước bằng lời dễ hiểu: cách góp ý, cách chuẩn bị tài khoản, cách giúp người cao tuổi, câu hỏi thường gặp.',
    indexLead: 'Các hướng dẫn ngắn, từng bước, chữ to. Đọc được trên mọi điện thoại, kể cả khi mạng chậm.',
    audience: 'Dành cho',
    updated: 'Cập nhật',
    sources: 'Nguồn',
    /** After a source with no address. */
    noAddress: 'Chưa tìm được đường dẫn đến bài gốc.',
    printView: 'Bản in',
    /** The list of a guide's print view and poster. */
    files: 'Bản in và áp phích',
    poster: 'Áp phích A4 có mã QR',
    printHint: 'Dùng lệnh In của trình duyệt (Ctrl + P) để in trang này.',
    printOf: 'Bản in của trang',
    posterTitle: 'Áp phích',
    posterScan: 'Quét mã để xem hướng dẫn đầy đủ',
    posterOrVisit: 'Hoặc gõ địa chỉ',
    posterHelp: 'Cần giúp? Hỏi công an xã, trụ sở Ủy ban nhân dân xã hoặc nhà văn hoá thôn.',
    posterHint: 'Khổ A4, in dọc. Dùng lệnh In của trình duyệt; chọn “Không có lề” hoặc “Lề mặc định”.',
    qrLabel: 'Mã QR dẫn đến',
    backToGuide: 'Về trang hướng dẫn',
    breadcrumbs: 'Vị trí trang',
    home: 'Trang chủ',
    stepLabel: 'Bước',
    stepsLabel: 'Các bước',
    illustration: 'Hình minh hoạ, không phải ảnh chụp màn hình',
    /** The drawn phone screens of the guides (AppScreen). */
    appScreen: {
      login: {
        description: 'Màn hình đăng nhập: ô nhập tài khoản, ô nhập mật khẩu và nút Đăng nhập.',
        account: 'Tài khoản',
        password: 'Mật khẩu',
        button: 'Đăng nhập',
      },
      utility: {
        description: 'Danh sách tiện ích; mục “Tiện ích lấy ý kiến người dân về nội dung sửa đổi Hiến pháp năm 2013” được tô đậm.',
        /** The utility's name, one line of the drawing each. */
        lines: ['Tiện ích lấy ý kiến', 'người dân về nội dung', 'sửa đổi Hiến pháp', 'năm 2013'],
      },
    },
  },
} as const;

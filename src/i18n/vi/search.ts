/** Strings of search: the box in the header and the search page (/tim-kiem/). */
export const search = {
  search: {
    title: 'Tìm kiếm',
    description: 'Tìm trong các hướng dẫn, kịch bản loa và số liệu. Gõ có dấu hay không dấu đều được.',
    label: 'Tìm trên trang',
    hint: 'Gõ có dấu hay không dấu đều được, ví dụ: dinh danh, gop y.',
    headerLabel: 'Tìm trên trang (gõ không dấu cũng được)',
    button: 'Tìm',
    /** The kind of page, as a result shows it and as the index files it (filter "kind"). */
    kinds: {
      guides: 'Hướng dẫn',
      scripts: 'Kịch bản loa',
      figures: 'Số liệu',
      info: 'Thông tin chung',
    },
    kindFilter: 'Tìm trong',
    allKinds: 'Mọi loại trang',
    resultsLabel: 'Kết quả tìm kiếm',
    loading: 'Đang tìm…',
    /** Announced in the live region and shown above the list. */
    found: (n: number, q: string, kind?: string) => `Tìm thấy ${n} trang cho “${q}”${kind ? ` trong mục ${kind}` : ''}.`,
    foundMore: (shown: number, n: number, q: string, kind?: string) =>
      `Tìm thấy ${n} trang cho “${q}”${kind ? ` trong mục ${kind}` : ''}, hiện ${shown} trang đầu.`,
    showMore: 'Xem thêm kết quả',
    none: (q: string, kind?: string) => `Không tìm thấy trang nào cho “${q}”${kind ? ` trong mục ${kind}` : ''}.`,
    noneHelp: 'Hãy thử ít từ hơn, hoặc kiểm tra lỗi gõ. Phần lớn câu hỏi đã có câu trả lời trong các hướng dẫn:',
    error: 'Chưa tìm được: không tải được dữ liệu tìm kiếm. Hãy tải lại trang, hoặc xem danh sách mọi trang bên dưới.',
    noScript: 'Trình duyệt đang tắt JavaScript nên không tìm tự động được. Mọi trang của trang web đều có trong danh sách dưới đây.',
    allHeading: 'Mọi trang, theo loại',
    allLead: 'Không cần tìm: mọi trang đều ở đây.',
    allGuides: 'Tất cả hướng dẫn',
    allScripts: 'Tất cả kịch bản loa',
    figuresIndex: 'Số liệu mới nhất, theo địa bàn',
    scriptAreas: 'chọn địa bàn',
    areasBelow: 'Số liệu của từng huyện có trên trang của tỉnh; của từng xã, trên trang của huyện.',
    homePage: 'Trang chủ',
  },
} as const;

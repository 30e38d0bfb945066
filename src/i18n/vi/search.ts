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
      broadcasts: 'Kịch bản loa',
      figures: 'Số liệu',
      info: 'Thông tin chung',
    },
    kindFilter: 'Tìm trong',
    allKinds: 'Mọi loại trang',
    resultsLabel: 'Kết quả tìm kiếm',
    loading: 'Đang tìm…',
    /**
     * Announced in the live region and shown above the list. Templates filled in the browser
     * (src/lib/text/template.ts): {n} results, {shown} on screen, {q} the query, {in} = inKind or "".
     */
    found: 'Tìm thấy {n} trang cho “{q}”{in}.',
    foundMore: 'Tìm thấy {n} trang cho “{q}”{in}, hiện {shown} trang đầu.',
    none: 'Không tìm thấy trang nào cho “{q}”{in}.',
    inKind: ' trong mục {kind}',
    showMore: 'Xem thêm kết quả',
    noneHelp: 'Hãy thử ít từ hơn, hoặc kiểm tra lỗi gõ. Phần lớn câu hỏi đã có câu trả lời trong các hướng dẫn:',
    error: 'Chưa tìm được: không tải được dữ liệu tìm kiếm. Hãy tải lại trang, hoặc xem danh sách mọi trang bên dưới.',
    noScript: 'Trình duyệt đang tắt JavaScript nên không tìm tự động được. Mọi trang của trang web đều có trong danh sách dưới đây.',
    allHeading: 'Mọi trang, theo loại',
    allLead: 'Không cần tìm: mọi trang đều ở đây.',
    allGuides: 'Tất cả hướng dẫn',
    allBroadcasts: 'Tất cả kịch bản loa',
    figuresIndex: 'Số liệu mới nhất, theo địa bàn',
    broadcastAreas: 'chọn địa bàn',
    areasBelow: 'Số liệu của từng huyện có trên trang của tỉnh; của từng xã, trên trang của huyện.',
    homePage: 'Trang chủ',
    /** Areas found by name, above the pages found ({n} areas, {q} the query). */
    areasFound: 'Địa bàn có tên như “{q}” ({n})',
    areasOnly: 'Có {n} địa bàn tên như “{q}”, ở trên; không có trang nào khác nói về “{q}”.',
    areaFigures: 'Số liệu của địa bàn',
    areaBroadcast: 'Kịch bản loa',
    areaHelp: 'Nơi hỗ trợ góp ý',
  },
} as const;

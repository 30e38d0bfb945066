/** Strings of the 404 page. */
export const notFound = {
  notFound: {
    title: 'Không tìm thấy trang này',
    description: 'Địa chỉ này không có trên trang. Xem các hướng dẫn góp ý hoặc tìm kiếm.',
    lead: 'Có thể địa chỉ bị gõ nhầm, hoặc trang đã được chuyển đi. Bạn có thể tìm trên trang, hoặc bắt đầu từ các hướng dẫn dưới đây.',
    guidesHeading: 'Hướng dẫn góp ý',
    allGuides: 'Xem tất cả hướng dẫn',
    searchLabel: 'Tìm trên trang (gõ có dấu hay không dấu đều được)',
    elsewhereHeading: 'Các mục khác',
  },
} as const;

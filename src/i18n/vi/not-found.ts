/** Strings of the 404 page. */
export const notFound = {
  notFound: {
    title: 'Không tìm thấy trang này',
    description: 'Địa chỉ này không có trên trang. Xem các hướng dẫn góp ý hoặc tìm kiếm.',
    lead: 'Có thể địa chỉ bị gõ nhầm, hoặc trang đã được chuyển đi. Bạn có thể bắt đầu từ các hướng dẫn dưới đây.',
    guidesHeading: 'Hướng dẫn góp ý',
    allGuides: 'Xem tất cả hướng dẫn',
    searchHeading: 'Tìm trên trang',
    searchLabel: 'Gõ điều bạn cần tìm (có dấu hay không dấu đều được)',
    searchButton: 'Tìm',
    elsewhereHeading: 'Các mục khác',
  },
} as const;

/** Strings of the offline page (/ngoai-tuyen/), shown by the service worker when a page is not stored and there is no network. */
export const offline = {
  offline: {
    title: 'Chưa có mạng',
    description: 'Các trang đọc được khi không có mạng: hướng dẫn, áp phích, kịch bản loa, số liệu.',
    lead: 'Máy đang không có mạng, và trang bạn vừa mở chưa được lưu trong máy. Các trang dưới đây đã được lưu, mở được ngay cả khi không có mạng.',
    guidesHeading: 'Hướng dẫn',
    poster: 'Áp phích',
    otherHeading: 'Các trang khác',
    /** Filled in the browser from what the reader opened: broadcasts and help schedules of their area. */
    openedHeading: 'Trang bạn đã mở trước đây',
    retry: 'Khi có mạng trở lại, hãy tải lại trang.',
  },
} as const;

/** Strings of a video in a guide (<Video>): the poster's button, the summary, where to watch it. */
export const video = {
  video: {
    play: 'Xem video',
    summary: 'Video nói gì:',
    watchAt: (where: string) => `Xem video này trên ${where}`,
    noTracking: 'Trang chỉ tải video từ YouTube khi bạn bấm xem.',
    /** The example page (built for the tests only). */
    example: { title: 'Ví dụ: Video', description: 'Ví dụ thành phần Video cho người viết nội dung.', note: 'Trang ví dụ cho kiểm thử, không phải video thật.' },
  },
} as const;

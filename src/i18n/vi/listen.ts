/** Strings of the listen button ("Nghe"): it reads a guide or a broadcast aloud with the phone's own voice. */
export const listen = {
  listen: {
    listen: 'Nghe',
    pause: 'Tạm dừng',
    resume: 'Nghe tiếp',
    stop: 'Dừng',
    /** Beside the buttons while reading: "Câu 3/20" (filled in the browser). */
    progress: 'Câu {n}/{total}',
    hint: 'Máy đọc to trang này bằng giọng tiếng Việt có sẵn trên máy, từng câu một. Không gửi gì ra ngoài.',
  },
} as const;

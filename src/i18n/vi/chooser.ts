/** Strings of the area chooser (src/components/AreaChooser.astro and its browser code). */
export const chooser = {
  chooser: {
    label: 'Tìm nhanh tỉnh, huyện hoặc xã của bạn',
    hint: 'Gõ tên, không cần dấu: gõ “chi linh” cũng tìm được Chí Linh.',
    found: 'Có {n} địa bàn khớp với tên bạn gõ.',
    more: 'Có hơn {n} địa bàn khớp; gõ thêm để thu hẹp.',
    none: 'Không thấy địa bàn nào có tên như vậy. Hãy thử gõ ít chữ hơn, hoặc chọn trong danh sách.',
    loading: 'Đang tải danh sách địa bàn…',
    error: 'Không tải được danh sách địa bàn. Hãy chọn trong danh sách bên dưới.',
    provinces: 'Tỉnh, thành phố',
  },
} as const;

/** Site-wide UI strings (layout, home, figures component). */
import { areaLabel, spokenAreaName } from '../../lib/data/areas.ts';

export const common = {
  /** The country as an area: a heading, and in a sentence. */
  area: { country: 'Cả nước', countrySpoken: 'cả nước' },
  skipLink: 'Bỏ qua, đến nội dung chính',
  /** The language switch shows each language by its own name. */
  language: { name: 'Tiếng Việt' },
  navLabel: 'Mục chính',
  nav: {
    home: 'Trang chủ',
    guides: 'Hướng dẫn',
    help: 'Nơi hỗ trợ',
    broadcasts: 'Kịch bản loa',
    figures: 'Số liệu',
  },
  /** Text pages (content/pages): when the text last changed. */
  updated: 'Cập nhật',
  footer: {
    about: 'Giới thiệu',
    methodology: 'Cách tính số liệu',
    corrections: 'Đính chính',
    accessibility: 'Khả năng tiếp cận',
    note: 'Trang thông tin công khai. Mọi con số đều ghi rõ nguồn và thời điểm.',
    updated: 'Số liệu mới nhất',
  },
  figure: {
    source: 'Nguồn',
    /** After a source with no address: said plainly, not left to guess. */
    noAddress: 'chưa tìm được đường dẫn',
    asOf: 'Tính đến',
    rate: 'Tỉ lệ tham gia',
    rateOf: 'trong số',
    eligible: 'người có tài khoản định danh điện tử mức 2',
    rankComputed: 'Xếp hạng (tính từ số liệu đầy đủ)',
    rankReported: 'Xếp hạng theo nguồn công bố',
    change: 'Thay đổi so với lần báo cáo trước',
    illustrative: 'Số liệu minh hoạ — không phải số liệu thật',
    corrected: 'Số liệu này đã được đính chính',
  },
  /** The home page's words that are not the campaign's (those: vi/campaign.ts). */
  home: {
    needHeading: 'Bạn cần gì?',
    guidesCard: 'Cách gửi góp ý từng bước, cách chuẩn bị tài khoản, cách giúp ông bà, cha mẹ.',
    broadcastsCard: 'Bài đọc cho đài truyền thanh xã, có sẵn số liệu mới nhất của địa phương.',
    figuresCard: 'Số liệu đã công bố, có nguồn, thời điểm, bảng và tệp tải về.',
    countryHeading: 'Cả nước',
  },
} as const;

type Named = Parameters<typeof areaLabel>[0];
/** "Tỉnh Hải Dương", "Cả nước". */
export const areaName = (a: Named) => areaLabel(a, common.area.country);
/** "tỉnh Hải Dương", "cả nước": in a sentence. */
export const spokenArea = (a: Named) => spokenAreaName(a, common.area.countrySpoken);

/** Strings of help in person: /ho-tro/ pages, their .ics and the broadcasts' sentences about sessions. */
import type { HelpKind } from '../../lib/data/help-points.ts';
import type { IcsWords } from '../../lib/help/ics.ts';
import type { HelpSpokenWords } from '../../lib/help/spoken.ts';

const kinds: Record<HelpKind, string> = {
  'cong-an': 'Công an',
  'uy-ban': 'Ủy ban nhân dân',
  'nha-van-hoa': 'Nhà văn hoá',
  cho: 'Chợ',
  truong: 'Trường học',
  'khu-cong-nghiep': 'Khu công nghiệp',
  'tan-nha': 'Đến tận nhà',
  khac: 'Nơi khác',
};

const ics: IcsWords = {
  summary: (_kind, place) => `Hướng dẫn góp ý: ${place}`,
  kinds,
  team: 'Người hỗ trợ',
  phone: 'Điện thoại',
  note: 'Ghi chú',
  source: 'Nguồn lịch',
};

/** Read aloud by the broadcasts' {{help}}: "Sáng thứ Bảy ngày mười bảy tháng năm, …". */
const spoken: HelpSpokenWords = {
  intro: (sources) => `Theo ${sources}, sắp tới có các buổi hướng dẫn góp ý như sau.`,
  and: 'và',
  session: (s) => {
    const where = [s.place, s.address, s.area].filter(Boolean).join(', ');
    const who = s.who ?? (s.kind === 'tan-nha' ? 'tổ hỗ trợ' : 'có người hướng dẫn');
    const what = s.kind === 'tan-nha' ? `${who} đến tận nhà giúp bà con ở ${where}` : s.who ? `${who} có mặt tại ${where}` : `${who} tại ${where}`;
    return `${s.when}, từ ${s.from} đến ${s.to}, ${what}.`;
  },
};

export const help = {
  help: {
    indexTitle: 'Nơi có người hướng dẫn góp ý',
    indexDescription: 'Nơi và giờ có người hướng dẫn góp ý trực tiếp ở từng địa bàn: công an xã, Ủy ban nhân dân xã, nhà văn hoá, chợ, trường học, đến tận nhà.',
    indexLead: 'Cần người giúp gửi góp ý? Chọn tỉnh, huyện, xã của bạn để xem nơi và giờ có người hướng dẫn.',
    noPages: 'Chưa có địa bàn nào công bố lịch hay nơi hướng dẫn. Bạn có thể hỏi công an xã hoặc Ủy ban nhân dân xã nơi bạn ở.',
    title: (area: string) => `Nơi có người hướng dẫn góp ý ở ${area}`,
    description: (area: string) => `Nơi, ngày và giờ có người hướng dẫn góp ý trực tiếp ở ${area}, và tệp lịch để tải về.`,
    always: 'Nơi luôn có người hướng dẫn',
    alwaysSource: 'Theo',
    coming: 'Lịch sắp tới',
    comingCount: (n: number) => `${n} buổi sắp tới.`,
    noneComing: 'Không còn buổi nào sắp tới trong lịch đã công bố.',
    noSchedule: 'Chưa có lịch hướng dẫn nào được công bố cho địa bàn này.',
    past: (n: number) => `Các buổi đã qua (${n})`,
    asOf: (date: string) => `Tính đến ${date}, lúc trang được cập nhật.`,
    ownOnly: 'Trang này chỉ ghi các buổi do cấp này tổ chức. Lịch ở từng huyện, xã xem trong trang của huyện, xã đó.',
    subAreas: (area: string) => `Địa bàn thuộc ${area} có lịch hoặc nơi hướng dẫn`,
    kinds,
    team: 'Người hỗ trợ',
    phone: 'Điện thoại',
    address: 'Địa chỉ',
    note: 'Ghi chú',
    source: 'Nguồn lịch',
    icsLink: 'Tải lịch về điện thoại (.ics)',
    icsHint: 'Mở tệp này trên điện thoại để thêm các buổi vào ứng dụng Lịch.',
    print: 'Để dán lên bảng tin: in trang này (khổ A4).',
    broadcasts: 'Bài đọc loa cho địa bàn này',
    guideLink: 'Xem nơi và giờ có người hướng dẫn ở địa bàn của bạn',
    timeRange: (from: string, to: string) => `${from}–${to}`,
    dayHeading: (weekday: string, date: string) => `${weekday.charAt(0).toLocaleUpperCase('vi')}${weekday.slice(1)}, ${date}`,
    icsWords: ics,
    spoken,
    calendarName: (area: string) => `Lịch hướng dẫn góp ý — ${area}`,
  },
} as const;

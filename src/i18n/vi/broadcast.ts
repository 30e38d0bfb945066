/** Strings of the loudspeaker broadcasts (/kich-ban/): pages (on screen and on paper), .txt and .docx. */
import type { BroadcastMetaWords, BroadcastTextWords } from '../../lib/broadcast/pages.ts';
import { common } from './common.ts';
import { fmt, formatWords } from './format.ts';

/** What the read-aloud text takes from the locale. */
const words: BroadcastTextWords = {
  qualifier: formatWords.qualifier,
  scope: { country: common.area.countrySpoken },
  countrySpoken: common.area.countrySpoken,
  wholeArea: (spoken) => `toàn ${spoken}`,
  borrowedFigures: (area, owner) => `${area} chưa có số liệu riêng. Sau đây là số liệu chung của ${owner}.`,
};

/** The lines above the text on paper and in the .docx (not read aloud). */
const meta: BroadcastMetaWords = {
  area: (label) => `Địa bàn: ${label}`,
  figuresOf: (owner, area) => `Số liệu của ${owner}: ${area} chưa có số liệu riêng`,
  figures: (asOf, source, sourceUrl) => `Số liệu tính đến ${fmt.asOf(asOf)}. Nguồn: ${source}${sourceUrl ? ` (${sourceUrl})` : ''}`,
  reading: (seconds, count, pace) => fmt.typeset(`Thời lượng đọc ước tính: ${fmt.duration(seconds)} (${count} tiếng, nhịp ${pace} tiếng mỗi phút)`),
};

export const broadcast = {
  broadcast: {
    indexTitle: 'Kịch bản loa truyền thanh',
    indexDescription: 'Bài đọc cho đài truyền thanh cơ sở về góp ý sửa đổi Hiến pháp qua VNeID, có số liệu mới nhất của từng địa bàn, số và ngày viết bằng chữ.',
    indexLead: 'Chọn bài đọc, rồi chọn địa bàn của bạn. Mỗi bài có bản xem trên trang, bản in, tệp .txt cho loa thông minh đọc tự động và tệp .docx để sửa trong Word.',
    purposes: {
      announcement: 'Thông báo phát động',
      progress: 'Cập nhật số liệu',
      reminder: 'Nhắc nhở những ngày cuối',
    },
    purpose: 'Loại bài',
    audience: 'Người nghe',
    pickArea: 'Chọn địa bàn',
    pickAreaLead:
      'Mỗi tỉnh, huyện, xã đều có bài đọc. Số liệu trong bài là số liệu mới nhất của địa bàn bạn chọn; địa bàn nào chưa có số liệu riêng thì bài đọc số liệu của cấp trên và nói rõ đó là số liệu của cấp trên.',
    pickAreaSteps: 'Chọn tỉnh, rồi chọn huyện trong trang của tỉnh, rồi chọn xã trong trang của huyện.',
    areasCount: 'địa bàn',
    area: 'Địa bàn',
    figuresUsed: 'Số liệu dùng trong bài',
    readingTime: 'Thời lượng đọc ước tính',
    /** Each a whole sentence: pieces joined in a page lose their spaces when the HTML is compressed. */
    readingFacts: (seconds: number, words: number, pace: number, minutes: number) =>
      fmt.typeset(
        `${fmt.duration(seconds)} (${words} tiếng), tính theo nhịp đọc ${pace} tiếng mỗi phút (đọc chậm, rõ). Độ dài dự kiến: ${fmt.duration(minutes * 60)}.`,
      ),
    /** "Loại bài: Cập nhật số liệu. Độ dài dự kiến: 2 phút." */
    kindAndLength: (purpose: string, minutes: number) => `Loại bài: ${purpose}. Độ dài dự kiến: ${fmt.duration(minutes * 60)}.`,
    /** "Độ dài dự kiến: 2 phút. Người nghe: …." */
    lengthAndAudience: (minutes: number, audience: string) => `Độ dài dự kiến: ${fmt.duration(minutes * 60)}. Người nghe: ${audience}.`,
    /** The line under the title on a broadcast's share card. */
    shareSummary: (purpose: string) => `${purpose}. Bài đọc cho đài truyền thanh xã, có bản in, tệp .txt và .docx.`,
    omitted: (names: string[]) => `Bài này bỏ bớt đoạn nói về: ${names.join(', ')}, vì chưa có thông tin đó cho địa bàn này.`,
    /** Under the figure, when it is a higher level's. */
    figuresOf: (owner: string, area: string) => `${area} chưa có số liệu riêng. Bài đọc số liệu của ${owner} và nói rõ như vậy.`,
    placeholderNames: {
      area_name: 'tên địa bàn',
      people: 'số người đã góp ý',
      eligible: 'số người có tài khoản định danh điện tử mức 2',
      rate: 'tỉ lệ tham gia',
      as_of: 'thời điểm của số liệu',
      as_of_date: 'ngày của số liệu',
      source: 'nguồn số liệu',
      rank_reported: 'thứ hạng do nguồn công bố',
      figures_area: 'địa bàn của số liệu',
      figures_note: 'ghi chú số liệu của cấp trên',
      help: 'nơi có người hướng dẫn',
    },
    downloads: 'Tải về',
    print: 'Bản in (A4, chữ to)',
    printHint: 'dùng lệnh In của trình duyệt (Ctrl + P trên máy tính); trang in ra chỉ có bài đọc.',
    txt: 'Tệp .txt (cho loa đọc tự động)',
    docx: 'Tệp .docx (sửa trong Word)',
    text: 'Bài đọc',
    textNote: 'Số, ngày, giờ và tỉ lệ đã viết bằng chữ để đọc cho đúng.',
    otherAreas: 'Chọn địa bàn khác',
    subAreas: (area: string) => `Bài đọc này cho các địa bàn thuộc ${area}`,
    subAreasJump: 'Chọn địa bàn trực thuộc',
    noFigures: 'Bài này không dùng số liệu; nội dung giống nhau ở mọi địa bàn.',
    textWords: words,
    metaWords: meta,
  },
} as const;

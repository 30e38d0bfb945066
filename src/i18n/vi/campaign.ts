/**
 * The sentences around the campaign's settings (content/campaign.yaml): its status, the home page,
 * contact, "report a wrong number", posters and print. The campaign's own words (name, topic,
 * channel, dates) come from the settings; these functions only put them into sentences.
 */
import { capitalize } from '../../lib/data/areas.ts';
import type { Campaign, Moment } from '../../lib/campaign/schema.ts';
import type { Phase, StatusWords } from '../../lib/campaign/status.ts';
import type { ReportWords } from '../../lib/campaign/report.ts';
import type { BroadcastPurpose } from '../../lib/broadcast/pages.ts';
import { fmt } from './format.ts';

/** "ngày 6/5/2025" or "8:00 ngày 6/5/2025". */
const from = (m: Moment) => fmt.asOf(m.text);
/** "hết ngày 29/5/2025" or "17:00 ngày 29/5/2025". */
const until = (m: Moment) => (m.endOfDay ? `hết ngày ${fmt.date(m.text)}` : fmt.asOf(m.text));
/** "khi hết ngày 29/5/2025" or "lúc 17:00 ngày 29/5/2025". */
const closedWhen = (m: Moment) => (m.endOfDay ? `khi hết ngày ${fmt.date(m.text)}` : `lúc ${fmt.asOf(m.text)}`);

const DATE = '{d}/{m}/{y}';
const CHECKED = 'Tính đến ngày {today}.';

/**
 * The campaign's status in each phase. `figures`: the page shows figures, so after the close it
 * says they are the last published (a poster or a help page has none to speak of).
 */
function statusWords(c: Campaign, { figures = false }: { figures?: boolean } = {}): StatusWords {
  const service = capitalize(c.channel.service);
  return {
    phase: {
      before: `Chưa mở. ${service} mở từ ${from(c.channel.opens)} và nhận góp ý đến ${until(c.channel.closes)}.`,
      open: `Đang mở. ${service} nhận góp ý đến ${until(c.channel.closes)}: còn {n} ngày, kể cả hôm nay.`,
      'last-day': `Hôm nay là ngày cuối. ${service} nhận góp ý đến ${until(c.channel.closes)}.`,
      ended: `Đã kết thúc. ${service} đã đóng ${closedWhen(c.channel.closes)}.${figures ? ' Các con số trên trang là số liệu đã công bố gần nhất.' : ''}`,
    },
    consultation: c.consultation_closes ? `Việc lấy ý kiến bằng các cách khác còn đến ${until(c.consultation_closes)}.` : '',
    checked: CHECKED,
    date: DATE,
  };
}

/** When a broadcast of each purpose is for, in each phase of the campaign. */
function broadcastUse(c: Campaign, purpose: BroadcastPurpose): StatusWords {
  const deadline = until(c.channel.closes);
  const ended = `Bài này đã hết hạn dùng: ${c.channel.service} đã đóng ${closedWhen(c.channel.closes)}. Không phát bài này nữa.`;
  const left = 'Còn {n} ngày, kể cả hôm nay.';
  const phase: Record<BroadcastPurpose, Record<Phase, string>> = {
    announcement: {
      before: `Dùng bài này khi ${c.channel.service} sắp mở và trong những ngày đầu. Ngày mở: ${from(c.channel.opens)}.`,
      open: `Dùng được đến ${deadline}. ${left}`,
      'last-day': 'Hôm nay là ngày cuối: nên phát bài nhắc ngày cuối thay cho bài này.',
      ended,
    },
    progress: {
      before: `Chưa dùng được: ${c.channel.service} chưa mở, chưa có số liệu. Ngày mở: ${from(c.channel.opens)}.`,
      open: `Dùng được đến ${deadline}, với số liệu mới nhất. ${left}`,
      'last-day': 'Hôm nay là ngày cuối dùng bài này.',
      ended,
    },
    reminder: {
      before: `Dùng trong những ngày cuối, trước khi hết hạn góp ý (${deadline}).`,
      open: `Dùng trong những ngày cuối, trước khi hết hạn góp ý (${deadline}). ${left}`,
      'last-day': 'Hôm nay là ngày cuối: phát bài này hôm nay.',
      ended,
    },
  };
  return { phase: phase[purpose], consultation: '', checked: CHECKED, date: DATE };
}

const report: ReportWords = {
  subject: 'Báo số liệu sai: {area}, {as_of}',
  body: ['Con số: {figure}', 'Địa bàn: {area}', 'Thời điểm: {as_of}', 'Nguồn: {source}', 'Trang: {page}', '', 'Tôi thấy sai ở chỗ (và nguồn đúng, nếu có):', ''],
};

export const campaignStrings = {
  campaign: {
    statusLabel: 'Tình trạng góp ý',
    statusWords,
    broadcastUse,
    broadcastUseLabel: 'Khi nào dùng bài này',
    /** On every page of a made-up campaign. */
    illustrative: 'Đợt góp ý minh hoạ, không có thật. Tên, ngày và số liệu trên trang này chỉ để thử trang.',
    home: {
      title: (c: Campaign) => c.name,
      lead: (c: Campaign) => `${capitalize(c.channel.who)} góp ý vào ${c.topic} bằng ${c.channel.service}.`,
      cta: (c: Campaign) => `Xem cách góp ý trên ${c.channel.name}, từng bước`,
      peopleLabel: (c: Campaign) => `Số người đã gửi góp ý qua ${c.channel.name}`,
      opinionsLabel: (c: Campaign) => `Số ý kiến góp ý qua ${c.channel.name}`,
      /** The site's description (home page, link previews). */
      tagline: (c: Campaign, province: string) => `Thông tin công khai về việc góp ý vào ${c.topic}, ở ${province} và cả nước.`,
    },
    contact: {
      heading: 'Ai làm trang này, liên hệ thế nào',
      operator: 'Đơn vị quản lý trang',
      operatorUnset: 'chưa ghi (chưa có nguồn xác nhận).',
      email: 'Thư điện tử',
      phone: 'Điện thoại',
      contactUnset: 'Chưa có địa chỉ liên hệ.',
      hotlines: 'Đường dây hỗ trợ',
      hotlinesUnset: 'Chưa có số đường dây hỗ trợ nào có nguồn xác nhận.',
      help: 'Hỗ trợ trực tiếp',
      draft: 'Toàn văn văn bản được lấy ý kiến',
      draftUnset: 'chưa có địa chỉ đã kiểm chứng.',
      source: 'Nguồn',
      footerOperator: (name: string) => `Trang do ${name} quản lý.`,
      footerOperatorUnset: 'Đơn vị quản lý trang: chưa ghi.',
      footerContact: 'Liên hệ',
      footerContactUnset: 'Liên hệ: chưa có.',
    },
    report: {
      link: 'Báo số liệu sai',
      words: report,
      heading: 'Thấy một con số sai?',
      /** Before the address: "Gửi thư đến lien-he@…". */
      lead: 'Gửi thư đến',
      /** After it. */
      leadAfter: ', ghi rõ con số, địa bàn, thời điểm và nguồn đúng nếu bạn biết. Bên mỗi con số có đường “Báo số liệu sai”: thư mở ra đã ghi sẵn con số đó.',
      unset: 'Chưa có địa chỉ thư để báo số liệu sai. Khi có, địa chỉ sẽ ghi ở đây và ở trang Giới thiệu.',
    },
    print: {
      button: 'In trang này',
    },
    poster: {
      deadline: (c: Campaign) => `Góp ý đến ${until(c.channel.closes)}`,
      addressUnset: 'Chưa có địa chỉ trang web. Đây là bản in thử, chưa dùng để dán.',
      addressUnsetHint: 'Bản build này chưa đặt SITE_URL, nên áp phích chưa có mã QR.',
    },
  },
} as const;

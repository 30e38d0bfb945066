/** Strings of the figures pages (/so-lieu/…): charts, tables, embeds, corrections, feed. */
import type { ChartWords } from '../../lib/figures/chart-spec.ts';
import type { PayloadWords } from '../../lib/figures/chart-payload.ts';
import type { FeedWords } from '../../lib/figures/feed.ts';
import type { ShareImageWords } from '../../lib/figures/share-image.ts';
import type { ChartImageWords } from '../../lib/figures/chart-svg.ts';
import { areaName, common } from './common.ts';
import { fmt } from './format.ts';
import type { Channel, Metric } from '../../lib/data/schema.ts';

const metricCount = { people: 'Số người', opinions: 'Số ý kiến' } as const;

const strings = {
  figures: {
    title: 'Số liệu góp ý sửa đổi Hiến pháp',
    description:
      'Các con số đã công bố về việc góp ý sửa đổi Hiến pháp năm 2013 qua VNeID: số người, số ý kiến, tỉ lệ, xếp hạng, có nguồn, thời điểm, bảng, biểu đồ và tệp tải về.',
    lead:
      'Mỗi con số dưới đây ghi rõ đơn vị (người hay ý kiến), thời điểm, nguồn công bố và mức chính xác. Tỉ lệ do trang này tự tính từ hai con số, không chép từ báo.',
    latestHeading: 'Số liệu mới nhất',
    seriesHeading: 'Diễn biến theo thời gian',
    chartsHeading: 'Biểu đồ và bảng số liệu',
    breakdownHeading: 'Người tham gia theo độ tuổi và nghề nghiệp',
    areasHeading: 'Số liệu theo địa bàn',
    areasCaption: 'Con số mới nhất của từng địa bàn có số liệu',
    moreHeading: 'Tải về, cách tính, đính chính',
    allFiguresHeading: 'Mọi con số đã công bố',
    childrenHeading: 'Các địa bàn trực thuộc',
    childrenNone: (n: number, kind: string) => `${n} ${kind} khác chưa có số liệu công bố trên trang này.`,
    childrenAllMissing: (n: number, kind: string) => `Chưa có số liệu công bố của ${n} ${kind} trực thuộc.`,
    areaTitle: (name: string) => `Số liệu: ${name}`,
    areaDescription: (name: string) =>
      `Các con số đã công bố về việc góp ý sửa đổi Hiến pháp qua VNeID của ${name}: số người, tỉ lệ, xếp hạng, nguồn và thời điểm.`,
    backToOverview: 'Tất cả số liệu',
    breadcrumbs: 'Vị trí trang',
    licence: 'Giấy phép',
    metricCount,
    /** A table's number column: what is counted, which already names the unit ("Số người"). */
    valueHeader: (metric: Metric, channel: Channel) => (metric === 'opinions' && channel === 'all' ? 'Số lượt góp ý' : metricCount[metric]),
    /** Children of an area, by their level: "12 huyện, thị xã, thành phố". */
    levelPlural: { country: 'quốc gia', province: 'tỉnh, thành phố', district: 'huyện, thị xã, thành phố', commune: 'xã, phường, thị trấn' },
    methodologyLink: 'Cách tính tỉ lệ và xếp hạng',
    downloadsLink: 'Tải toàn bộ dữ liệu (CSV, JSON)',
    correctionsLink: 'Nhật ký đính chính',
    rssLink: 'Theo dõi số liệu mới (RSS)',
    oneFigure: 'Mới có một lần công bố nên chưa vẽ biểu đồ; con số nằm trong bảng.',
    more: 'Thêm',
    labelPeople: 'Số người đã gửi góp ý qua VNeID',
    labelOpinions: 'Số ý kiến góp ý qua VNeID',
    // The Government's count over every channel is of "lượt góp ý", the source's word.
    labelOpinionsAll: 'Số lượt góp ý qua mọi hình thức (không chỉ VNeID)',
    col: {
      when: 'Thời điểm',
      area: 'Địa bàn',
      what: 'Con số',
      rate: 'Tỉ lệ tham gia',
      rank: 'Xếp hạng',
      source: 'Nguồn',
      group: 'Nhóm',
      computedShare: 'Tỉ lệ trang này tính',
      printedShare: 'Tỉ lệ nguồn in',
    },
    rankReportedShort: '(theo nguồn)',
    lastUpdated: 'Số liệu cập nhật lần cuối',
    noRank: '—',
  },
  chart: {
    unitNote: (unit: string) => `Đơn vị: ${unit}.`,
    asOf: 'Số liệu mới nhất tính đến',
    sources: 'Nguồn',
    // Read with or without the drawn chart (JavaScript off: only the table shows).
    inexact:
      'Con số có chữ “khoảng” hoặc “hơn” là số xấp xỉ, đúng như nguồn đã viết. Khi có biểu đồ, số xấp xỉ là điểm rỗng hoặc cột nhạt.',
    inexactShort: 'Điểm rỗng, cột nhạt: số xấp xỉ (khoảng, hơn).',
    tableCaption: 'Bảng số liệu',
    note: 'Ghi chú',
    notes: 'Ghi chú của bảng',
    reuse: 'Dùng lại số liệu này',
    csv: 'Tải dữ liệu CSV',
    json: 'Tải dữ liệu JSON',
    png: 'Lưu biểu đồ thành ảnh PNG',
    embed: 'Mã nhúng vào trang khác',
    embedHint: 'Chép đoạn mã dưới đây vào bài viết để hiện biểu đồ kèm bảng và nguồn.',
    embedPage: 'Trang nhúng',
    copy: 'Chép mã nhúng',
    copied: 'Đã chép',
    showTable: 'Xem bảng số liệu',
    canvasLabel: (title: string) => `Biểu đồ: ${title}. Các con số có trong bảng ngay dưới.`,
    seriesTitle: (what: string, area: string) => `${what}, ${area}`,
    breakdownTitle: (what: string, by: string, area: string, date: string) => `${what} theo ${by}, ${area}, ${date}`,
    byAge: 'độ tuổi',
    byOccupation: 'nghề nghiệp',
    shareBase: (total: string, source: string) =>
      fmt.typeset(`Tỉ lệ trang này tính = số người của nhóm chia cho tổng ${total} cùng ngày (nguồn: ${source}).`),
    shareDiffers:
      'Khi tỉ lệ nguồn in khác nhiều với tỉ lệ tính được, có thể nguồn đã chia cho một tổng khác. Xem',
    partialGroups: 'Nguồn chỉ nêu một số nhóm, nên các nhóm cộng lại không bằng tổng.',
    embedFrom: 'Biểu đồ từ',
    /** The four parts of a chart: headings with JavaScript off, tab names with it on. */
    parts: { chart: 'Biểu đồ', table: 'Bảng số liệu', sources: 'Nguồn và cách trích dẫn', files: 'Tải về, nhúng, chia sẻ' },
    tabs: { chart: 'Biểu đồ', table: 'Bảng', sources: 'Nguồn', files: 'Tải về' },
    tabsLabel: (title: string) => `Xem biểu đồ “${title}” dưới dạng`,
    noscriptImage: (title: string) => `Ảnh biểu đồ: ${title}. Các con số có trong bảng số liệu.`,
    pngLink: 'Ảnh PNG (1200 × 630)',
    cite: 'Trích dẫn',
    citeHint: 'Chép nguyên đoạn dưới đây khi dùng biểu đồ hay con số của nó:',
    citeText: (title: string, sources: string, asOf: string, site: string, address: string | undefined) =>
      `${title}. Nguồn số liệu: ${sources}; số liệu tính đến ${asOf}. Trích từ ${site}${address ? `, ${address}` : ''}, truy cập ngày `,
    /** How the reader's browser writes today's date in the citation (it replaces the build's date). */
    citeDate: '{d}/{m}/{y}',
    copyCite: 'Chép lời trích dẫn',
    copiedCite: 'Đã chép lời trích dẫn',
    otherSource:
      'Tỉ lệ có dấu * lấy số của nhóm từ một nguồn chia cho tổng của một nguồn khác, nên chỉ để tham khảo; biểu đồ không vẽ tỉ lệ này mà dùng tỉ lệ nguồn in (nếu có).',
    share: {
      heading: 'Chia sẻ',
      zalo: 'Zalo',
      facebook: 'Facebook',
      copyLink: 'Chép đường dẫn',
      copied: 'Đã chép đường dẫn',
    },
  },
  corrections: {
    title: 'Nhật ký đính chính',
    description: 'Mọi lần sửa một con số đã công bố trên trang: ngày sửa, sửa gì và vì sao.',
    lead:
      'Khi một con số đã đăng bị sửa, việc sửa được ghi ở đây: ngày đính chính, con số nào thay đổi và lý do. Con số bị sửa cũng có đường dẫn về trang này.',
    none: 'Chưa có đính chính nào.',
    date: 'Ngày đính chính',
    what: 'Nội dung thay đổi',
    why: 'Lý do',
    figure: 'Con số liên quan',
  },
  feed: {
    title: 'Số liệu góp ý sửa đổi Hiến pháp qua VNeID',
    description: 'Số liệu mới công bố và các lần đính chính trên trang.',
    correction: 'Đính chính',
  },
} as const;

/** What src/lib/figures takes from the locale. */
const chartWords: ChartWords = {
  fmt,
  areaLabel: areaName,
  seriesWhat: {
    people: { vneid: strings.figures.labelPeople, all: 'Số người góp ý qua mọi hình thức' },
    opinions: { vneid: strings.figures.labelOpinions, all: strings.figures.labelOpinionsAll },
  },
  dimension: { age_group: strings.chart.byAge, occupation: strings.chart.byOccupation },
  seriesTitle: strings.chart.seriesTitle,
  breakdownTitle: strings.chart.breakdownTitle,
  rankReported: strings.figures.rankReportedShort,
  illustrative: common.figure.illustrative,
};

const payloadWords: PayloadWords = {
  fmt,
  asOf: strings.chart.asOf,
  sources: strings.chart.sources,
  inexactShort: strings.chart.inexactShort,
  million: 'triệu',
  thousand: 'nghìn',
  printedShare: 'tỉ lệ nguồn in',
};

const feedWords: FeedWords = {
  fmt,
  areaLabel: areaName,
  illustrative: common.figure.illustrative,
  channel: { vneid: ' qua VNeID', all: ' (mọi hình thức góp ý)' },
  rate: (rate, eligible) => fmt.typeset(`, ${rate} ${common.figure.rateOf} ${eligible} ${common.figure.eligible}`),
  asOf: common.figure.asOf,
  source: common.figure.source,
  correction: strings.feed.correction,
  why: strings.corrections.why,
};

const shareImageWords: ShareImageWords = {
  fmt,
  rate: (rate, eligible) => `Tỉ lệ ${rate} trong số ${eligible} người có tài khoản định danh điện tử mức 2`,
  asOfSource: (asOf, source) => `Tính đến ${asOf}. Nguồn: ${source}`,
};

const chartImageWords: ChartImageWords = {
  fmt,
  asOf: strings.chart.asOf,
  sources: strings.chart.sources,
  printedShare: payloadWords.printedShare,
  unitNote: strings.chart.unitNote,
  inexactLine: 'Điểm rỗng, nét đứt: số xấp xỉ (khoảng, hơn).',
  inexactBar: 'Cột nhạt: số xấp xỉ (khoảng, hơn).',
  numbers: { locale: fmt.words.locale, million: payloadWords.million, thousand: payloadWords.thousand },
};

export const figures = { ...strings, chartWords, payloadWords, feedWords, shareImageWords, chartImageWords } as const;

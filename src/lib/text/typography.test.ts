import { describe, expect, it } from 'vitest';
import { fmt, formatWords } from '../../i18n/vi/format.ts';
import { typographyProblems, type TypographyRule } from './typography.ts';

const NB = '\u00a0';
const rules = (text: string) => typographyProblems(text, formatWords).map((p) => p.rule);

describe('typographyProblems finds what a reader would notice', () => {
  it.each<[string, string, TypographyRule[]]>([
    // The faults the site once had.
    ['a fault right after an address', 'https://x.vn/a:b về:số', ['glued-colon']],
    ['a digit glued to a word', `1${NB}phút 45${NB}giây (248tiếng)`, ['glued-digit']],
    ['a duration glued', 'Độ dài dự kiến: 2phút.', ['glued-digit']],
    ['a colon glued to a word', 'Bài này bỏ bớt đoạn nói về:số người', ['glued-colon']],
    ['a word glued to a digit', 'ngày 6 tháng5', ['glued-digit']],
    ['a word glued to a colon and a digit', 'Ngày:16/5/2025', ['glued-colon']],
    ['percent without its gap', 'trong đó 99,94% tán thành', ['percent-gap']],
    ['percent with a breakable space', 'là 20,5 %', ['percent-gap']],
    ['straight double quotes', 'Nguồn viết "gần 745.000"', ['straight-quote', 'straight-quote']],
    ['straight single quotes as quotes', "chữ 'khoảng' và", ['straight-quote']],
    ['a unit that may break from its number', 'hơn 4.300.000 ý kiến', ['unit-break']],
    ['a two-word unit that may break inside', `hơn 4.300.000${NB}ý kiến`, ['unit-break']],
    ['millions that may break', 'hơn 4,3 triệu', ['unit-break']],
  ])('%s: %j', (_, text, expected) => expect(rules(text)).toEqual(expected));

  it.each<[string, string]>([
    ['the house style', `264.642${NB}người, 20,5${NB}%, “khoảng”, hơn 4,3${NB}triệu${NB}ý${NB}kiến`],
    ['codes, paper sizes and addresses', 'Cục C06, khổ A4, tinh-hai-duong-30, post1541891.html, https://x.vn/p648739'],
    ['times, dates and ranges', '20:00 ngày 26/5/2025, 7–9/6/2025, +07:00, 2025-05-16'],
    ['a colon before a space or an address', 'Nguồn: Kiến Thức (https://kienthuc.net.vn/x)'],
    ['an address with a port', 'tại địa chỉ: http://localhost:4321/huong-dan/gop-y-qua-vneid/'],
    ['English ordinals', 'ranked 1st, 2nd and 3rd'],
    ['an apostrophe', "Vietnam's"],
    ['a year before a word that is not a unit', 'Hiến pháp năm 2013 qua VNeID'],
  ])('leaves %s alone', (_, text) => expect(rules(text)).toEqual([]));

  it('quotes the text around a fault, so it can be found', () => {
    const [p] = typographyProblems('Thời lượng đọc ước tính: 1 phút 45 giây (248tiếng), tính theo nhịp đọc', formatWords);
    expect(p!.excerpt).toContain('(248tiếng)');
  });

  it('accepts whatever typeset() writes (the fixer and the check agree)', () => {
    const raw = 'Kiến Thức: "Bí quyết" — 264.642 người, 99,94%, 20,5 %, hơn 4,3 triệu ý kiến, 2 phút 30 giây (248 tiếng).';
    expect(rules(raw).length).toBeGreaterThan(0);
    expect(rules(fmt.typeset(raw))).toEqual([]);
  });
});

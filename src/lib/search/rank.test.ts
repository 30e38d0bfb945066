import { describe, expect, it } from 'vitest';
import { rankByTitle, titleMatch } from './rank.ts';

const GUIDE = 'Góp ý sửa đổi Hiến pháp qua ứng dụng VNeID';
const LAUNCH = 'Thông báo góp ý sửa đổi Hiến pháp qua ứng dụng VNeID';
const UPDATE = 'Tin cập nhật số người góp ý sửa đổi Hiến pháp qua VNeID';
const E_ID = 'Làm và kích hoạt tài khoản định danh điện tử mức 2';

describe('titleMatch', () => {
  it.each([
    [GUIDE, 'góp ý sửa đổi Hiến pháp qua ứng dụng VNeID', 0],
    [GUIDE, 'GOP Y SUA DOI HIEN PHAP QUA UNG DUNG VNEID', 0],
    [GUIDE, 'gop y sua doi', 1],
    [LAUNCH, 'gop y sua doi', 2],
    [E_ID, 'dinh danh', 2],
    [GUIDE, 'gop y hien phap', 3],
    [LAUNCH, 'gop y hien phap', 4],
    [UPDATE, 'gop y hien phap', 4],
    [E_ID, 'gop y', 5],
    [GUIDE, '', 5],
  ])('%j for %j: %i', (title, q, m) => expect(titleMatch(title, q)).toBe(m));
});

describe('rankByTitle', () => {
  it.each([
    // Pagefind's order (by words on the page), the query, the order readers expect
    [[UPDATE, LAUNCH, GUIDE, 'Số liệu'], 'gop y hien phap', [GUIDE, UPDATE, LAUNCH, 'Số liệu']],
    [[LAUNCH, GUIDE], GUIDE, [GUIDE, LAUNCH]],
    [['Câu hỏi thường gặp', E_ID], 'dien thoai', ['Câu hỏi thường gặp', E_ID]],
  ])('%j for %j → %j', (titles, q, out) => expect(rankByTitle(titles, (x) => x, q)).toEqual(out));
});

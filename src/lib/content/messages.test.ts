import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { compileMdx } from './mdx.ts';
import { fieldMessage, mdxReason, yamlReason } from './messages.ts';

describe('mdxReason: the MDX compiler, said in Vietnamese', () => {
  it.each([
    ['<Steps>\n  <Step title="x">\n</Steps>\n', /^thẻ đóng <\/Steps> không khớp: thẻ <Step> mở ở dòng 2 chưa được đóng$/],
    ['<Steps>\n\nabc\n', /^thẻ <Steps> mở ở dòng 1 không có thẻ đóng <\/Steps>$/],
    ['text\n\n</Steps>\n', /thẻ đóng không có thẻ mở/],
    ['<!-- x -->\n', /\{\/\* … \*\/\}/],
    ['<https://example.vn>\n', /\[chữ\]\(https:\/\/…\)/],
    ['<Step title=x>y</Step>\n', /ngoặc kép/],
    ['Số người < 5 và a<b\n', /muốn viết dấu nhỏ hơn thì viết \\</],
    ['Giá {trị\n', /dấu \{ mở mà không có dấu \} đóng/],
    ['Giá {a b}\n', /biểu thức trong dấu \{ \} không đọc được/],
    ['import x from\n\nhi\n', /dòng import hoặc export/],
  ])('%j', async (mdx, message) => {
    const { error } = await compileMdx(mdx);
    expect(error).toBeDefined();
    expect(mdxReason(error!)).toMatch(message);
  });
  it('an unknown reason is quoted, not lost', () => expect(mdxReason({ reason: 'Something new' })).toMatch(/Something new$/));
});

describe('fieldMessage', () => {
  it.each([
    [{ code: 'invalid_type', expected: 'string', received: 'undefined' }, 'thiếu trường bắt buộc'],
    [{ code: 'invalid_type', expected: 'string', received: 'null' }, 'không được để trống: cần chữ'],
    [{ code: 'invalid_type', expected: 'array', received: 'string' }, 'cần một danh sách (các dòng bắt đầu bằng "- "), đang là chữ'],
    [{ code: 'invalid_enum_value', options: ['a', 'b'] }, 'cần một trong: a, b'],
    [{ code: 'too_small', type: 'array', minimum: 1 }, 'cần ít nhất 1 mục'],
    [{ code: 'too_small', type: 'number', minimum: 0, inclusive: false }, 'cần một số lớn hơn 0'],
    [{ code: 'invalid_date' }, 'cần một ngày có thật, ví dụ 2025-05-16'],
    [{ code: 'custom' }, undefined],
  ])('%j', (issue, message) => expect(fieldMessage(issue)).toBe(message));
});

describe('yamlReason: js-yaml, said in Vietnamese', () => {
  it.each([
    ['title: [Làm tài khoản\norder: 2\n', /ngoặc \[ hoặc \{ mở/],
    ['title: "Làm tài khoản\norder: 2\n', /ngoặc kép mở mà không đóng/],
    ['title: a\n order: 2\n', /thụt đầu dòng không đều/],
    ['title: a\ntitle: b\n', /hai lần/],
    ['title: a\n\tb: 2\n', /Tab/],
    ['title: a\nBước 1\n', /thiếu dấu hai chấm/],
    ['title: a\n- b\n', /chữ thừa/],
    ['title: "a\\qb"\n', /ký tự đặc biệt/],
    ['title: *a\n', /ngoặc kép/],
  ])('%j', (text, message) => {
    let reason = '';
    try {
      yaml.load(text);
    } catch (e) {
      reason = (e as { reason: string }).reason;
    }
    expect(reason).not.toBe('');
    expect(yamlReason(reason)).toMatch(message);
  });

  it('keeps an unknown reason, in brackets after a Vietnamese word', () => {
    expect(yamlReason('something new')).toBe('cú pháp YAML sai (something new)');
  });
});

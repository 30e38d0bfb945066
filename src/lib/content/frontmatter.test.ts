import { describe, expect, it } from 'vitest';
import { fieldName, fieldPosition, parseFrontmatter, splitFrontmatter } from './frontmatter.ts';

const FILE = ['---', 'title: Hướng dẫn', 'order: 1', 'sources:', '  - title: Bài báo', '    url: ftp://x', '  - title: Khác', '---', '', '# Nội dung', ''].join('\n');

describe('splitFrontmatter', () => {
  it('finds the YAML and blanks it out of the body, keeping lines and columns', () => {
    const fm = splitFrontmatter(FILE)!;
    expect(fm.line).toBe(1);
    expect(fm.body.split('\n')).toHaveLength(FILE.split('\n').length);
    expect(fm.body.split('\n')[9]).toBe('# Nội dung');
    expect(fm.body.split('\n').slice(0, 8).every((l) => l.trim() === '')).toBe(true);
  });
  it.each([
    ['no frontmatter', '# Chỉ có nội dung\n'],
    ['not at the top', 'a\n---\ntitle: x\n---\n'],
  ])('%s: none', (_, text) => expect(splitFrontmatter(text)).toBeUndefined());
  it('after blank lines, as Astro allows', () => expect(splitFrontmatter('\n\n---\ntitle: x\n---\n')!.line).toBe(3));
});

describe('parseFrontmatter', () => {
  it('reads values as Astro does (js-yaml: a date is a Date)', () => {
    const r = parseFrontmatter(splitFrontmatter('---\nupdated: 2025-05-20\norder: 2\n---\n')!);
    expect(r).toEqual({ data: { updated: new Date('2025-05-20T00:00:00Z'), order: 2 } });
  });
  it.each([
    ['a colon in an unquoted value', '---\ntitle: a\nsummary: Bước 1: mở: ứng dụng\n---\n', 3],
    ['a bad indent', '---\ntitle: a\nsources:\n  - title: x\n   publisher: y\n---\n', 5],
    ['an unclosed quote', '---\ntitle: "abc\norder: 1\n---\n', 4],
  ])('%s: the line in the file', (_, text, line) => {
    const r = parseFrontmatter(splitFrontmatter(text)!);
    expect(r).toMatchObject({ line });
  });
});

describe('fieldPosition: the line of a field, or of its nearest parent', () => {
  const fm = splitFrontmatter(FILE)!;
  it.each([
    [['title'], 2, 8],
    [['order'], 3, 8],
    [['sources', 0, 'url'], 6, 10],
    [['sources', 1, 'publisher'], 7, 5], // missing: the item it belongs to
    [['audience'], 1, 1], // missing at the top: the opening ---
  ] as const)('%j → line %i, column %i', (path, line, col) => expect(fieldPosition(fm, path)).toEqual({ line, col }));
  it.each([
    [['title'], 'title'],
    [['sources', 1, 'url'], 'sources[1].url'],
  ] as const)('fieldName %j', (path, name) => expect(fieldName(path)).toBe(name));
});

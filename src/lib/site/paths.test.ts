import { describe, expect, it } from 'vitest';
import { withBase } from './paths.ts';

describe('withBase: links work at the root and under a sub-path', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'so-lieu/', '/so-lieu/'],
    ['/', '/so-lieu/', '/so-lieu/'],
    ['/gopy/', 'so-lieu/', '/gopy/so-lieu/'],
    ['/gopy', '/huong-dan/x/', '/gopy/huong-dan/x/'],
    ['/gopy/', '', '/gopy/'],
  ])('base %s + %s -> %s', (base, p, out) => expect(withBase(base, p)).toBe(out));
});

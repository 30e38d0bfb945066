import { describe, expect, it } from 'vitest';
import { framePage, pageFrame } from './page-frame.ts';

describe('pageFrame', () => {
  const page = '<!DOCTYPE html><html><head><title>A</title><style>x</style></head><body><header>H</header><main>M1</main><script src="/_astro/a.js"></script></body></html>';
  const parts = ['<title>A</title>', '<header>H</header>', 'M1'];

  it('is the text around the parts, and puts other parts in the same place', () => {
    const frame = pageFrame(page, parts);
    expect(frame).toEqual(['<!DOCTYPE html><html><head>', '<style>x</style></head><body>', '<main>', '</main><script src="/_astro/a.js"></script></body></html>']);
    expect(framePage(frame, parts)).toBe(page);
    expect(framePage(frame, ['<title>B</title>', '<header>G</header>', 'M2'])).toBe(page.replace('A', 'B').replace('>H<', '>G<').replace('M1', 'M2'));
  });

  it('finds each part after the one before it', () => {
    const twice = '<p>x</p><main><p>x</p></main>';
    expect(pageFrame(twice, ['<p>x</p>', '<main>', '<p>x</p>'])).toEqual(['', '', '', '</main>']);
  });

  it('names a part that is not in the page, or out of order', () => {
    expect(() => pageFrame(page, ['<title>A</title>', 'M2'], ['head', 'main'])).toThrow(/^main: not found in the page Astro rendered/);
    expect(() => pageFrame(page, ['M1', '<header>H</header>'], ['main', 'header'])).toThrow(/^header: not found/);
    expect(() => pageFrame(page, ['', 'M1'], ['head', 'main'])).toThrow(/^head: not found/);
  });

  it('refuses parts that do not fit the frame', () => {
    expect(() => framePage(['a', 'b'], ['x', 'y'])).toThrow(/2 parts for a frame of 1/);
  });
});

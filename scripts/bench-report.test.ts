import { describe, expect, it } from 'vitest';
import { routeTimes } from './bench-report.ts';

describe('routeTimes', () => {
  it('sums every route, in ms and s, each Astro process with its own current route', () => {
    const log = [
      '[astro 1/2] 04:10:00 ▶ src/pages/a.astro',
      '[astro 2/2] 04:10:00 ▶ src/pages/b.astro',
      '[astro 1/2] 04:10:01   ├─ /a/1/index.html (+12ms)',
      '[astro 2/2] 04:10:01   ├─ /b/1/index.html (+1.50s)',
      '[astro 1/2] 04:10:02   └─ /a/2/index.html (+8ms)',
      '04:10:03 λ src/pages/c.xml.ts',
      '04:10:03   └─ /c.xml (+2.25s)',
    ].join('\n');
    expect(routeTimes(log)).toEqual([
      ['src/pages/c.xml.ts', { files: 1, ms: 2250 }],
      ['src/pages/b.astro', { files: 1, ms: 1500 }],
      ['src/pages/a.astro', { files: 2, ms: 20 }],
    ]);
  });
});

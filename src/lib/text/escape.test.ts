import { describe, expect, it } from 'vitest';
import { escapeXml, safeJson } from './escape.ts';

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>"x"</script>', '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'],
    ["l'été", 'l&apos;été'],
    ['Góp ý', 'Góp ý'],
  ])('%j → %j', (input, out) => expect(escapeXml(input)).toBe(out));
});

describe('safeJson', () => {
  it('cannot end a script element, and parses back to the same value', () => {
    const value = { t: '</script><!-- & \u2028\u2029' };
    const json = safeJson(value);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

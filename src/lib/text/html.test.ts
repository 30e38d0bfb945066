import { describe, expect, it } from 'vitest';
import { attr, escapeText, html, Html } from './html.ts';

describe('escapeText', () => {
  it('escapes as html-escaper (Astro) does: & < > \' "', () => {
    const s = `<script>alert('x') & "y"</script>`;
    expect(escapeText(s)).toBe('&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;');
  });
  it('leaves Vietnamese text as it is', () => {
    expect(escapeText('Xã Tân Trường — 4.298 người')).toBe('Xã Tân Trường — 4.298 người');
  });
});

describe('html', () => {
  it('escapes interpolated text and numbers', () => {
    expect(html`<td>${'<b>'}</td><td>${1.5}</td>`.value).toBe('<td>&lt;b&gt;</td><td>1.5</td>');
  });
  it('keeps interpolated markup as it is, and joins arrays', () => {
    const cells = ['a', '<'].map((x) => html`<td>${x}</td>`);
    expect(html`<tr>${cells}</tr>`.value).toBe('<tr><td>a</td><td>&lt;</td></tr>');
    expect(html`${new Html('<br>')}`.value).toBe('<br>');
  });
  it('writes nothing for undefined, null and false, but writes 0 and the empty string as text', () => {
    expect(html`[${undefined}${null}${false}]`.value).toBe('[]');
    expect(html`[${0}${''}]`.value).toBe('[0]');
  });
  it('never lets a string pass as markup, even one that looks like html`` output', () => {
    expect(html`${String(html`<i>x</i>`)}`.value).toBe('&lt;i&gt;x&lt;/i&gt;');
  });
});

describe('attr', () => {
  it('writes name="value" with & and " as Astro writes them', () => {
    expect(attr('data-x', 'a "b" & c').value).toBe(' data-x="a &#34;b&#34; &#38; c"');
    expect(attr('colspan', 3).value).toBe(' colspan="3"');
  });
  it('writes nothing for undefined or null', () => {
    expect(attr('id', undefined).value).toBe('');
    expect(attr('id', null).value).toBe('');
  });
  it('cannot end the tag: > and < stay inside the quoted value', () => {
    const out = html`<a${attr('href', '"><script>x</script>')}>y</a>`.value;
    expect(out).toBe('<a href="&#34;><script>x</script>">y</a>');
    expect(out.match(/"/g)).toHaveLength(2);
  });
});

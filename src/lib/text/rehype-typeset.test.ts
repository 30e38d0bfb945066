import { describe, expect, it } from 'vitest';
import { fmt } from '../../i18n/vi/format.ts';
import { fmt as enFmt } from '../../i18n/en/format.ts';
import { rehypeTypeset } from './rehype-typeset.ts';

const text = (value: string) => ({ type: 'text', value });
const el = (tagName: string, ...children: object[]) => ({ type: 'element', tagName, children });

describe('rehypeTypeset', () => {
  it('sets the running text of a page and leaves code as written', () => {
    const tree = {
      type: 'root',
      children: [
        el('p', text('Tỉ lệ là 20,5 %, gần "19,9%" trên báo, 264.642 người.')),
        el('ul', el('li', text('hơn 4,3 triệu ý kiến'))),
        el('pre', el('code', text('a = "20,5 %"'))),
        el('p', el('code', text('99,94%'))),
      ],
    };
    rehypeTypeset(() => fmt.typeset)(tree as never, { path: '/x/content/guides/a.mdx' });
    const [p, ul, pre, inline] = tree.children as { children: { value?: string; children?: { value: string }[] }[] }[];
    expect(p!.children[0]!.value).toBe('Tỉ lệ là 20,5\u00a0%, gần “19,9\u00a0%” trên báo, 264.642\u00a0người.');
    expect(ul!.children[0]!.children![0]!.value).toBe('hơn 4,3\u00a0triệu\u00a0ý\u00a0kiến');
    expect(pre!.children[0]!.children![0]!.value).toBe('a = "20,5 %"');
    expect(inline!.children[0]!.children![0]!.value).toBe('99,94%');
  });

  it("sets each file in its own language's way: English keeps \"20.5%\"", () => {
    const pick = (path: string) => (/[\\/]content[\\/]en[\\/]/.test(path) ? enFmt.typeset : fmt.typeset);
    const tree = () => ({ type: 'root', children: [el('p', text('20.5% and "quoted"'))] });
    const vi = tree();
    const en = tree();
    rehypeTypeset(pick)(vi as never, { path: '/x/content/pages/a.mdx' });
    rehypeTypeset(pick)(en as never, { path: '/x/content/en/pages/a.mdx' });
    const value = (t: ReturnType<typeof tree>) => (t.children[0]!.children[0] as { value: string }).value;
    expect(value(vi)).toBe('20.5\u00a0% and “quoted”');
    expect(value(en)).toBe('20.5% and “quoted”');
  });
});

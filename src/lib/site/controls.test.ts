import { describe, expect, it } from 'vitest';
import { listenTemplateHtml, printButtonHtml } from './controls.ts';

const words = { listen: 'Nghe', pause: 'Tạm dừng', resume: 'Nghe tiếp', stop: 'Dừng', progress: 'Câu {n}/{total}', hint: 'Máy đọc "to" & rõ' };

describe('listenTemplateHtml', () => {
  const out = listenTemplateHtml('bai-doc', words).value;
  it('is a template for the element it reads, its labels as JSON in an attribute', () => {
    expect(out.startsWith('<template data-listen-template data-listen-for="bai-doc" data-labels="{&#34;listen&#34;:&#34;Nghe&#34;,')).toBe(true);
    expect(out.endsWith('</div></template>')).toBe(true);
    expect(out).not.toContain('Dừng"');
  });
  it('ties the button to its hint, and escapes the words', () => {
    expect(out).toContain('<button type="button" class="btn" data-listen-play aria-describedby="bai-doc-listen-hint">Nghe</button>');
    expect(out).toContain('<p class="listen__hint muted" id="bai-doc-listen-hint">Máy đọc &quot;to&quot; &amp; rõ</p>');
    expect(out).toContain('data-listen-stop hidden>Dừng</button>');
  });
});

describe('printButtonHtml', () => {
  it('is a button in a template, left off paper', () => {
    expect(printButtonHtml('In <trang>').value).toBe('<template data-print-template><button type="button" class="btn no-print" data-print-button>In &lt;trang&gt;</button></template>');
  });
});

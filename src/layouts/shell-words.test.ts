import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaign } from '../lib/campaign/settings.ts';
import { enLocale } from '../i18n/locale.ts';
import { pageShell } from './shell-words.ts';

const FILE = 'tests/fixtures/illustrative-campaign/campaign.yaml';
const campaign = parseCampaign(readFileSync(FILE, 'utf8'), FILE).campaign!;
const props = { title: 'Bài "A" & B', description: 'Mô tả', section: 'broadcasts' };

describe('pageShell', () => {
  it('with a public origin: absolute canonical and og:url, the section current in the header', () => {
    const { head, header, footer } = pageShell('kich-ban/x/y/', props, { site: 'https://gopy.example.vn', campaign });
    expect(head.value).toContain(`<title>Bài &quot;A&quot; &amp; B — ${campaign.short_name}</title>`);
    expect(head.value).toContain('<link rel="canonical" href="https://gopy.example.vn/kich-ban/x/y/">');
    expect(head.value).toContain('<meta property="og:url" content="https://gopy.example.vn/kich-ban/x/y/">');
    expect(head.value).toContain('<meta property="og:image" content="https://gopy.example.vn/so-lieu/anh-chia-se.png">');
    expect(head.value).not.toContain('data-pagefind');
    expect(header.value).toContain('<a href="/kich-ban/" aria-current="page">');
    expect(header.value).toContain('class="search-box');
    expect(footer.value).toContain('lien-he@example.org');
  });

  it('without one (a local preview): a relative canonical, no og:url or og:image, never a made-up origin', () => {
    const { head } = pageShell('kich-ban/x/y/', props, { site: undefined, campaign });
    expect(head.value).toContain('<link rel="canonical" href="/kich-ban/x/y/">');
    expect(head.value).not.toMatch(/og:url|og:image|localhost/);
  });

  it('files a searchable page for the index; an English page has no search box and links its Vietnamese twin', () => {
    const { head } = pageShell('kich-ban/x/', { ...props, search: { kind: 'broadcasts', areas: ['Hải Dương'] } }, { site: undefined, campaign });
    expect(head.value).toContain('<meta data-pagefind-filter="area[content]" content="Hải Dương">');
    const en = pageShell('en/so-lieu/', { title: 'Figures', description: 'd', locale: enLocale, section: 'figures' }, { site: undefined, campaign });
    expect(en.header.value).not.toContain('search-box');
    expect(en.head.value).toContain('<link rel="alternate" hreflang="vi" href="/so-lieu/">');
  });
});

/**
 * Build-level tests of the campaign's settings (content/campaign.yaml), on whole builds:
 *   - the status at the build's date (GOPY_NOW): before the open, an open day, the last day (an
 *     illustrative campaign, tests/fixtures/illustrative-campaign/) and after the close (the
 *     default site: its close, 29/5/2025, is past);
 *   - the illustrative campaign's chrome holds no word of the default one;
 *   - without SITE_URL no file holds localhost or any made-up origin; with it, the poster's
 *     address and QR payload are the guide's public address;
 *   - a bad campaign.yaml is refused, naming the field, and nothing is published;
 *   - a fact reported for one area (AreaFact) stays in that area.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, siteDir } from './site.ts';
import { buildEnv, buildSite, htmlPages, ROOT, type BuiltSite } from '../e2e/site.ts';
import { stepTitles } from '../../src/lib/guides/content.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/illustrative-campaign');
const fixtureFile = path.join(FIXTURE, 'campaign.yaml');
/** The fixture's contents in the build options, so a cached build is redone when they change. */
const fixtureHash = createHash('sha256').update(readFileSync(fixtureFile)).digest('hex').slice(0, 12);

const illustrative = (name: string, now: string, dataDir = path.join(FIXTURE, 'data')) =>
  buildSite({
    name: `campaign-${name}`,
    dataDir,
    env: { CAMPAIGN_FILE: fixtureFile, GOPY_NOW: now, FIXTURE_HASH: fixtureHash },
  });

/**
 * The fixture's data as it could stand before the channel opens: the gate refuses figures dated
 * after the build's now, so the same rows are dated the day before that build and count nobody yet.
 */
function dataBeforeOpen(asOf: string): string {
  const dir = path.join(ROOT, '.tmp/fixtures/campaign-before/data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'participation'), { recursive: true });
  for (const f of ['areas.csv', 'corrections.csv', 'dataset.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(FIXTURE, 'data', f)));
  const rows = readFileSync(path.join(FIXTURE, 'data/participation/2031-03-05.csv'), 'utf8')
    .split('\n')
    .map((l, i) => (i === 0 || !l ? l : l.replace(/^2031-03-05,([^,]+),people,vneid,\d+,\w+,/, `${asOf},$1,people,vneid,0,exact,`)));
  expect(rows.slice(1).filter(Boolean).every((l) => l.startsWith(`${asOf},`) && l.includes(',0,exact,'))).toBe(true);
  writeFileSync(path.join(dir, `participation/${asOf}.csv`), rows.join('\n'));
  return dir;
}

const read = (site: BuiltSite, route: string) =>
  readFileSync(path.join(site.dir, route, route === '' || route.endsWith('/') ? 'index.html' : ''), 'utf8');

/** What a reader sees of some HTML: tags (and their attributes) gone, entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** The status line(s) of a page: phase and visible sentence. */
function statuses(html: string): { phase: string; text: string }[] {
  return [...html.matchAll(/<div class="campaign-status[^"]*" data-phase="([^"]+)"[\s\S]*?<\/div>/g)].map((m) => ({
    phase: m[1]!,
    text: visible(m[0]),
  }));
}

function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, path.join(sub, e.name)) : [path.join(sub, e.name)],
  );
}

describe('the status, worked out at the build’s date (GOPY_NOW)', () => {
  let before: BuiltSite, open: BuiltSite, last: BuiltSite;
  beforeAll(async () => {
    // The illustrative channel opens on 2/3/2031 and closes at the end of 20/3/2031. The open day's
    // build runs at 06:30 in Vietnam: still the day before in UTC.
    [before, open, last] = await Promise.all([
      illustrative('before', '2031-02-20T09:00', dataBeforeOpen('2031-02-19')),
      illustrative('open', '2031-03-10T06:30'),
      illustrative('last', '2031-03-20T23:30'),
    ]);
  });

  it.each<[string, () => BuiltSite, string, RegExp]>([
    ['before the open', () => before, 'before', /^Tình trạng góp ý Chưa mở\. Cổng góp ý của thành phố mở từ ngày 2\/3\/2031 và nhận góp ý đến hết ngày 20\/3\/2031\. Tính đến ngày 20\/2\/2031\.$/],
    ['on an open day', () => open, 'open', /^Tình trạng góp ý Đang mở\. Cổng góp ý của thành phố nhận góp ý đến hết ngày 20\/3\/2031: còn 11 ngày, kể cả hôm nay\. Tính đến ngày 10\/3\/2031\.$/],
    ['on the last day, half an hour before the close', () => last, 'last-day', /^Tình trạng góp ý Hôm nay là ngày cuối\. Cổng góp ý của thành phố nhận góp ý đến hết ngày 20\/3\/2031\. Tính đến ngày 20\/3\/2031\.$/],
  ])('%s: on the home page, every guide, its print view and poster, and the broadcasts list', (_when, site, phase, text) => {
    const s = site();
    const guides = htmlPages(s.dir).filter((p) => /^huong-dan\/[^/]+\/(in\/|ap-phich\/)?$/.test(p));
    expect(guides.length).toBeGreaterThan(6);
    for (const route of ['', 'kich-ban/', ...guides]) {
      const found = statuses(read(s, route));
      expect(found, route).toHaveLength(1);
      expect(found[0]!.phase, route).toBe(phase);
      expect(found[0]!.text, route).toMatch(text);
    }
  });

  it('after the close (the default site: closed at the end of 29/5/2025, consultation over on 5/6/2025)', () => {
    const help = htmlPages(siteDir()).filter((r) => /^ho-tro\/[^/]+\/$/.test(r));
    expect(help.length).toBeGreaterThan(0);
    // Pages that show figures say they are the last published; a poster, a help page or the
    // broadcasts list has none to speak of.
    const withFigures = ['', 'huong-dan/gop-y-qua-vneid/', 'huong-dan/gop-y-qua-vneid/in/'];
    const without = ['kich-ban/', 'huong-dan/giup-nguoi-cao-tuoi/', 'huong-dan/gop-y-qua-vneid/ap-phich/', ...help];
    for (const route of [...withFigures, ...without]) {
      const [s] = statuses(page(route));
      expect(s?.phase, route).toBe('ended');
      const figures = withFigures.includes(route) ? ' Các con số trên trang là số liệu đã công bố gần nhất\\.' : '';
      expect(s?.text, route).toMatch(
        new RegExp(`^Tình trạng góp ý Đã kết thúc\\. Tiện ích góp ý trên ứng dụng VNeID đã đóng khi hết ngày 29/5/2025\\.${figures} Tính đến ngày \\d+/\\d+/20\\d\\d\\.$`),
      );
    }
  });

  it.each<[string, () => BuiltSite | undefined, RegExp]>([
    ['before the open', () => before, /^Khi nào dùng bài này Dùng trong những ngày cuối, trước khi hết hạn góp ý \(hết ngày 20\/3\/2031\)\./],
    ['on an open day', () => open, /Dùng trong những ngày cuối, trước khi hết hạn góp ý \(hết ngày 20\/3\/2031\)\. Còn 11 ngày, kể cả hôm nay\./],
    ['on the last day', () => last, /Hôm nay là ngày cuối: phát bài này hôm nay\./],
    ['after the close', () => undefined, /Bài này đã hết hạn dùng: tiện ích góp ý trên ứng dụng VNeID đã đóng khi hết ngày 29\/5\/2025\. Không phát bài này nữa\./],
  ])('the "last days" broadcast says when it applies: %s', (_when, site, text) => {
    const s = site();
    // The broadcast page is its own print view (a print stylesheet): the status is on paper too.
    for (const route of ['kich-ban/nhac-nho-ngay-cuoi/', 'kich-ban/nhac-nho-ngay-cuoi/toan-quoc/']) {
      const found = statuses(s ? read(s, route) : page(route));
      expect(found, route).toHaveLength(1);
      expect(found[0]!.text, route).toMatch(text);
    }
  });

  it('after the close, no page says feedback is open or counts days left', () => {
    const offenders: string[] = [];
    for (const route of htmlPages(siteDir())) {
      const text = visible(page(route));
      if (/Đang mở|còn \d+ ngày|Hôm nay là ngày cuối/i.test(text)) offenders.push(route);
    }
    expect(offenders).toEqual([]);
  });

  it("a chart's citation says the build's day in Vietnam, not in UTC (06:30 there is 23:30 the day before)", () => {
    const figures = htmlPages(open.dir).filter((r) => /^(en\/)?so-lieu\/[^/]+\/$/.test(r));
    const days = figures.flatMap((r) => [...read(open, r).matchAll(/<time datetime="([^"]+)" data-today=/g)].map((m) => m[1]));
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days)).toEqual(new Set(['2031-03-10']));
  });

  it('guide pages carry their status without JavaScript; print views and posters load the refresh script', () => {
    const html = read(open, 'huong-dan/gop-y-qua-vneid/');
    // The status is not refreshed on a guide page (no data for the refresh script); the page's only
    // scripts are #13's two small modules (the offline worker's registration and the "Nghe" button).
    expect(html).not.toMatch(/data-campaign-status/);
    expect((html.match(/<script\b/g) ?? []).length).toBeLessThanOrEqual(2);
    for (const route of ['', 'huong-dan/gop-y-qua-vneid/in/', 'huong-dan/gop-y-qua-vneid/ap-phich/', 'kich-ban/']) {
      const h = read(open, route);
      expect(h, route).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
      const words = JSON.parse(/data-words="([^"]*)"/.exec(h)![1]!.replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&'));
      expect(words.phase.open, route).toContain('{n}');
      expect(/data-closes-at="([^"]+)"/.exec(h)?.[1], route).toBe('2031-03-20T17:00:00.000Z');
    }
  });
});

describe('an illustrative campaign: every campaign word comes from its settings', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await illustrative('open', '2031-03-10T06:30');
  });

  /** Header, footer, the illustrative banner, status lines, the site's name in <title> and og:site_name, poster lines, and the whole home page. */
  function chrome(route: string): string {
    const html = read(site, route);
    const pick = (re: RegExp) => (html.match(re) ?? []).map(visible).join(' | ');
    const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
    return [
      route === '' ? visible(html) : '',
      pick(/<header class="site-header[\s\S]*?<\/header>/g),
      pick(/<footer[\s\S]*?<\/footer>/g),
      pick(/<p class="illustrative illustrative--site[\s\S]*?<\/p>/g),
      pick(/<div class="campaign-status[\s\S]*?<\/div>/g),
      pick(/<p class="poster__(?:deadline|help|hotline)[\s\S]*?<\/p>/g),
      /og:site_name" content="([^"]*)"/.exec(html)?.[1] ?? '',
      // The site's name after " — "; a page titled without it (a home page) is checked above or is
      // its own content (/en/: the English figures overview, whose words are the figures pages').
      title.includes(' — ') ? title.split(' — ').at(-1) : '',
    ].join('\n');
  }

  it('no word of the default campaign in the chrome of any page', () => {
    const pages = htmlPages(site.dir);
    expect(pages.length).toBeGreaterThan(20);
    const words = ['Hiến pháp', 'VNeID', 'Hải Dương', '2013', '29/5', '6/5', 'định danh', 'Kiến Thức', 'Sài Gòn'];
    const found: string[] = [];
    for (const route of pages) {
      const text = chrome(route);
      for (const w of words) if (text.includes(w)) found.push(`/${route}: "${w}"`);
    }
    expect(found).toEqual([]);
  });

  it('the chrome says the illustrative campaign’s own words, and every page says it is illustrative', () => {
    const home = chrome('');
    for (const w of ['Công viên ven sông (minh hoạ)', 'Góp ý bản vẽ công viên ven sông (minh hoạ)', 'Cổng góp ý thành phố', 'Thành phố Đà Nẵng', 'lien-he@example.org', 'Nhóm thử trang (minh hoạ)']) {
      expect(home).toContain(w);
    }
    expect(read(site, '')).toContain(`href="/huong-dan/giup-nguoi-cao-tuoi/"`);
    const unlabelled = htmlPages(site.dir).filter((r) => !read(site, r).includes('Đợt góp ý minh hoạ, không có thật'));
    expect(unlabelled).toEqual([]);
  });

  it('the contact block and the report links use the settings', () => {
    const about = visible(read(site, 'gioi-thieu/'));
    expect(about).toMatch(/Đơn vị quản lý trang Nhóm thử trang \(minh hoạ\)/);
    expect(about).toMatch(/Tổng đài minh hoạ: 0123 456 789 \(8:00 đến 17:00\)/);
    expect(about).toContain('https://example.org/ban-ve-minh-hoa');
    const home = read(site, '');
    const mail = /href="(mailto:lien-he@example\.org\?[^"]+)"[^>]*data-report-mistake/.exec(home)?.[1]?.replace(/&amp;|&#38;/g, '&');
    expect(mail).toBeDefined();
    const q = new URLSearchParams(mail!.split('?')[1]);
    expect(q.get('subject')).toBe('Báo số liệu sai: Thành phố Đà Nẵng, ngày 5/3/2031');
    expect(q.get('body')).toContain('Con số: 1.200\u00a0người\r\n'); // a number held to its unit (no-break space)
    expect(q.get('body')).toContain('Trang: https://gopy.example.vn/\r\n');
    expect(visible(read(site, 'so-lieu/dinh-chinh/'))).toContain('Gửi thư đến lien-he@example.org');
  });
});

describe('without SITE_URL: a local preview with no made-up origin', () => {
  let site: BuiltSite;
  let log: string;
  beforeAll(async () => {
    site = await buildSite({ name: 'campaign-nosite', siteUrl: '' });
    log = readFileSync(path.join(path.dirname(site.dir), 'build.log'), 'utf8');
  });

  it('the build warns, naming SITE_URL and how to set it', () => {
    expect(log).toMatch(/Cảnh báo: SITE_URL chưa đặt[^\n]*SITE_URL=https:\/\/[^\n]*npm run build/);
  });

  it('the build warns about each optional setting left unset', () => {
    for (const field of ['operator', 'contact', 'hotlines', 'draft_url']) expect(log).toContain(`content/campaign.yaml, cột "${field}"`);
  });

  it('no file holds localhost or an origin that is not a real source’s', () => {
    // Every host a source, a licence or a file format names is real; anything else is made up.
    const known = new Set<string>();
    const addHosts = (text: string) => {
      for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) known.add(m[1]!.toLowerCase());
    };
    for (const dir of ['data', 'content', 'src/i18n']) for (const f of files(path.join(ROOT, dir))) addHosts(readFileSync(path.join(ROOT, dir, f), 'utf8'));
    // The one video host the CSP admits, for frames only (<Video>, #13).
    addHosts(readFileSync(path.join(ROOT, 'src/lib/guides/video.ts'), 'utf8'));
    ['www.w3.org', 'schemas.openxmlformats.org', 'schemas.microsoft.com', 'purl.org'].forEach((h) => known.add(h));
    const found: string[] = [];
    for (const f of files(site.dir)) {
      // Pagefind's own library parses URLs against a placeholder base internally; it links nowhere.
      if (/^pagefind\/.*\.js$/.test(f)) continue;
      const bytes = readFileSync(path.join(site.dir, f));
      // .docx and .xlsx are zip files of XML: read what is inside.
      const texts = /\.(docx|xlsx)$/.test(f)
        ? Object.values(unzipSync(bytes)).map((b) => strFromU8(b))
        : /\.(png|wasm|pf_\w+|ico)$/.test(f) || f.includes('pagefind/')
          ? []
          : [bytes.toString('utf8')];
      for (const text of texts) {
        if (/localhost|127\.0\.0\.1/.test(text)) found.push(`${f}: localhost`);
        // Bundled libraries (chart.js) name their own sites in messages; our origins are in the rest.
        if (f.endsWith('.js')) continue;
        for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) if (!known.has(m[1]!.toLowerCase())) found.push(`${f}: ${m[0]}`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('what needs an absolute address is relative or left out', () => {
    expect(existsSync(path.join(site.dir, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(path.join(site.dir, 'so-lieu/rss.xml'))).toBe(false);
    expect(readFileSync(path.join(site.dir, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/);
    const home = read(site, '');
    expect(home).toMatch(/<link rel="canonical" href="\/">/);
    expect(home).not.toMatch(/og:url|og:image/);
    const csv = readFileSync(path.join(site.dir, 'so-lieu/du-lieu/dia-ban.csv'), 'utf8');
    expect(csv).toContain(',/so-lieu/tinh-hai-duong-30/');
  });

  it.each(['so-lieu/tinh-hai-duong-30/', 'en/so-lieu/tinh-hai-duong-30/', 'so-lieu/', 'en/so-lieu/'])(
    '%s: no feed, embed snippet, share links or og:image; the citation names the site without an address',
    (route) => {
      const html = read(site, route);
      expect(html).toMatch(/<link rel="canonical" href="\/(en\/)?so-lieu\//);
      expect(html).not.toMatch(/rss\.xml|<iframe|<pre class="chart__embed"|class="share"|data-share=|og:image|og:url/);
      const cites = [...html.matchAll(/<p class="chart__cite"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => visible(m[1]!));
      if (route.includes('tinh-hai-duong')) expect(cites.length).toBeGreaterThan(0);
      for (const c of cites) expect(c).toMatch(/(Trích từ Góp ý Hiến pháp qua VNeID, truy cập ngày|From Feedback on the Constitution via VNeID, accessed) [^,]+ ?\.$/);
    },
  );

  it('help pages and the embed pages: relative canonical, no og:image', () => {
    const embed = htmlPages(site.dir).find((r) => r.startsWith('so-lieu/nhung/'));
    const help = htmlPages(site.dir).find((r) => /^ho-tro\/[^/]+\/$/.test(r));
    expect(embed).toBeDefined();
    expect(help).toBeDefined();
    for (const route of [embed!, help!]) {
      const html = read(site, route);
      expect(html, route).toMatch(new RegExp(`<link rel="canonical" href="/${route}"`));
      expect(html, route).not.toMatch(/og:image|og:url/);
    }
  });

  it('posters say in print that the address is not set, with no QR code to nowhere', () => {
    const poster = read(site, 'huong-dan/gop-y-qua-vneid/ap-phich/');
    expect(poster).not.toMatch(/<svg[^>]*data-qr/);
    const unset = /<div class="poster-qr poster-qr--unset[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(poster)?.[1] ?? '';
    expect(unset).toMatch(/<p class="poster-qr__unset"[^>]*>Chưa có địa chỉ trang web\. Đây là bản in thử, chưa dùng để dán\.<\/p>/);
    // The sentence is printed (only the hint about SITE_URL is screen-only).
    expect(unset).not.toMatch(/poster-qr__unset[^"]*no-print/);
  });
});

describe('with SITE_URL: the poster leads to the guide’s public address', () => {
  const guides = readdirSync(path.join(ROOT, 'content/guides')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));

  it.each(guides)('%s', async (id) => {
    const steps = stepTitles(readFileSync(path.join(ROOT, 'content/guides', `${id}.mdx`), 'utf8'));
    const guidePage = page(`huong-dan/${id}/`);
    if (steps.length === 0) {
      // A poster of questions without their answers is not offered.
      expect(existsSync(path.join(siteDir(), 'huong-dan', id, 'ap-phich'))).toBe(false);
      expect(guidePage).not.toContain(`/huong-dan/${id}/ap-phich/`);
      return;
    }
    const target = `https://gopy.example.vn/huong-dan/${id}/`;
    const poster = page(`huong-dan/${id}/ap-phich/`);
    expect(/data-poster-address[^>]*>([^<]*)</.exec(poster)?.[1]).toBe(target);
    const svg = /<svg[^>]*data-qr="([^"]*)"[\s\S]*?<\/svg>/.exec(poster);
    expect(svg?.[1]).toBe(target);
    // The QR code drawn is exactly the one for that address.
    const expected = await QRCode.toString(target, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const paths = (s: string) => [...s.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]);
    expect(paths(svg![0])).toEqual(paths(expected));
    expect(paths(expected).length).toBeGreaterThan(0);
    for (const s of steps) expect(visible(poster)).toContain(s);
    expect(visible(poster)).toContain('Góp ý đến hết ngày 29/5/2025');
    expect(visible(poster)).toContain('Cần giúp? Hỏi công an xã, trụ sở Ủy ban nhân dân xã hoặc nhà văn hoá thôn.');
  });
});

describe('a bad content/campaign.yaml is refused, naming the field, and publishes nothing', () => {
  it('a closing date that does not exist', () => {
    const work = path.join(ROOT, '.tmp/campaign-bad');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const file = path.join(work, 'campaign.yaml');
    const text = readFileSync(path.join(ROOT, 'content/campaign.yaml'), 'utf8');
    expect(text).toMatch(/^  closes: 2025-05-29$/m);
    writeFileSync(file, text.replace(/^  closes: 2025-05-29$/m, '  closes: 2025-02-30'));
    const line = text.split('\n').findIndex((l) => l === '  closes: 2025-05-29') + 1;
    const out = path.join(work, 'dist');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...buildEnv(), CAMPAIGN_FILE: file, SITE_URL: 'https://gopy.example.vn' },
    });
    expect(r.status).toBe(1);
    const said = r.stdout + r.stderr;
    expect(said).toContain(`${path.relative(ROOT, file)}:${line}, cột "channel.closes", giá trị "2025-02-30" — cần một ngày có thật`);
    expect(said).toMatch(/Không xuất bản/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a fact reported for one area stays in that area (content/help, <HelpFact> in guides)', () => {
  const txt = (broadcast: string, area: string) => readFileSync(path.join(siteDir(), 'kich-ban', broadcast, `${area}.txt`), 'utf8');

  it('guides show Hải Dương’s help fact as Hải Dương’s, with its source, and nowhere else on the page', () => {
    for (const id of ['gop-y-qua-vneid', 'giup-nguoi-cao-tuoi', 'cau-hoi-thuong-gap']) {
      const html = page(`huong-dan/${id}/`);
      const fact = /<div class="help-fact" data-help-fact="30"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
      expect(visible(fact), id).toMatch(/^Ở tỉnh Hải Dương, .*buổi tối và cuối tuần.* Nguồn: Kiến Thức ?, tháng 5\/2025\.$/);
      expect(visible(html.replace(/<div class="help-fact"[\s\S]*?<\/div>/g, '')), id).not.toMatch(/buổi tối|cuối tuần/);
    }
  });

  it('the national broadcasts never say it; Hải Dương’s do', () => {
    for (const id of ['thong-bao-phat-dong', 'cap-nhat-so-lieu', 'nhac-nho-ngay-cuoi']) {
      expect(txt(id, 'toan-quoc'), id).not.toMatch(/buổi tối|cuối tuần/);
      expect(txt(id, 'tinh-hai-duong-30'), id).toMatch(/buổi tối và cuối tuần/);
    }
  });

  it('a <HelpFact> whose area has no fact in content/help/ is refused, naming the guide and line', async () => {
    const { checkCampaign } = await import('../../src/lib/campaign/gate.ts');
    const work = path.join(ROOT, '.tmp/campaign-helpfact');
    rmSync(work, { recursive: true, force: true });
    for (const dir of ['guides', 'help']) mkdirSync(path.join(work, dir), { recursive: true });
    writeFileSync(path.join(work, 'help/hd.yaml'), "area: '30'\narea_name: Hải Dương\n");
    writeFileSync(path.join(work, 'guides/gop-y-qua-vneid.mdx'), '---\ntitle: x\n---\n\nMột.\n\n<HelpFact area="30" />\n\n<HelpFact area="01" />\n');
    const r = await checkCampaign([{ code: 'VN', level: 'country' }, { code: '30', level: 'province' }, { code: '01', level: 'province' }], {
      contentDir: work,
      file: path.join(ROOT, 'content/campaign.yaml'),
      env: { SITE_URL: 'https://gopy.example.vn' },
    });
    expect(r.ok).toBe(false);
    const { formatProblem } = await import('../../src/lib/data/problems.ts');
    expect(r.problems.map((p) => p.kind)).toEqual(['campaign.helpfact']);
    expect(r.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/guides\/gop-y-qua-vneid\.mdx:9, cột "HelpFact area", giá trị "01" — .*content\/help\/ \(có: 30\)$/)]);
  });
});

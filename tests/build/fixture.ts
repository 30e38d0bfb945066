/**
 * The fixture data folder of the build tests: the real data/ plus
 *   - rows whose source, note, URL, area name, chart category and correction carry HTML and
 *     "</script>" (tests/build/security.test.ts: data fields are text, never markup);
 *   - a correction of Hải Dương's 16/5 figure (tests/build/figures.test.ts: the corrections log).
 * tests/global-setup.ts writes it to .tmp/fixtures/fixture/data and builds it beside the default
 * site (SITES.fixture in tests/e2e/site.ts): one site for both, built once per change.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { FIXTURE_DATA, ROOT } from '../e2e/site.ts';

/** Each payload sets window.__xss if it ever runs, and carries a raw fragment that must never appear in markup. */
export const P = {
  source: `Báo <b>Thử</b> </script><script>window.__xss="source"</script>`,
  note: `Ghi chú zxqmarker <img src=x onerror="window.__xss='note'"> & "ngoặc" '</style>`,
  url: `https://example.com/a?b="><script>window.__xss='url'</script>`,
  name: `Thử<script>window.__xss='name'</script><i>nghiêng</i>`,
  category: `Nhóm <svg onload="window.__xss='category'"></svg>`,
  what: `Sửa <img src=x onerror="window.__xss='what'">`,
};
/** Raw fragments that are markup only if the escaping failed. */
export const RAW = ['<script>window.__xss', '<img src=x onerror', '<svg onload', '<b>Thử</b>', '<i>nghiêng</i>'];

/** The correction of Hải Dương's 16/5 figure. */
export const CORRECTION = {
  date: '2025-05-17',
  what: 'Sửa số người của Hải Dương: 264.642, không phải 246.642',
  why: 'Gõ nhầm khi nhập </script> số liệu',
};

export const csv = (rows: string[][]) => Papa.unparse(rows, { newline: '\n' }) + '\n';

function write(dir: string) {
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  // A commune under Bình Giang (296), named with markup.
  const areas = readFileSync(join(dir, 'areas.csv'), 'utf8');
  const areasHeader = Papa.parse<string[]>(areas.split(/\r?\n/)[0]).data[0];
  const area: Record<string, string> = { code: '99901', name: P.name, type: 'xã', level: 'commune', parent_code: '296' };
  writeFileSync(join(dir, 'areas.csv'), areas.replace(/\s*$/, '\n') + csv([areasHeader.map((h) => area[h] ?? '')]));

  const part = (o: Record<string, string>) =>
    ['as_of', 'area_code', 'metric', 'channel', 'value', 'eligible', 'qualifier', 'source', 'source_url', 'note', 'rank_reported', 'rank_scope'].map((h) => o[h] ?? '');
  writeFileSync(
    join(dir, 'participation/2025-05-20-fixture.csv'),
    csv([
      ['as_of', 'area_code', 'metric', 'channel', 'value', 'eligible', 'qualifier', 'source', 'source_url', 'note', 'rank_reported', 'rank_scope'],
      part({ as_of: '2025-05-20T09:00+07:00', area_code: '30', metric: 'people', value: '300000', eligible: '1290087', qualifier: 'approx', source: P.source, source_url: P.url, note: P.note }),
      part({ as_of: '2025-05-20T09:00+07:00', area_code: '99901', metric: 'people', value: '1200', eligible: '5000', source: P.source, note: P.note }),
      part({ as_of: '2025-05-21T09:00+07:00', area_code: '99901', metric: 'people', value: '1500', eligible: '5000', source: P.source, source_url: P.url, note: P.note }),
    ]),
  );
  const bd = readdirSync(join(dir, 'breakdowns')).filter((f) => f.endsWith('.csv')).sort()[0];
  const bdText = readFileSync(join(dir, 'breakdowns', bd), 'utf8');
  const bdHeader = Papa.parse<string[]>(bdText.split(/\r?\n/)[0]).data[0];
  const firstRow = Papa.parse<string[]>(bdText.split(/\r?\n/)[1]).data[0];
  const row = Object.fromEntries(bdHeader.map((h, i) => [h, firstRow[i]]));
  Object.assign(row, { category: P.category, value: '1000', share: '', source: P.source });
  writeFileSync(join(dir, 'breakdowns', bd), bdText.replace(/\s*$/, '\n') + csv([bdHeader.map((h) => row[h] ?? '')]));
  writeFileSync(
    join(dir, 'corrections.csv'),
    csv([
      ['date', 'area_code', 'as_of', 'metric', 'what', 'why'],
      ['2025-05-21', '30', '2025-05-20T09:00+07:00', 'people', P.what, P.source],
      [CORRECTION.date, '30', '2025-05-16', 'people', CORRECTION.what, CORRECTION.why],
    ]),
  );
}

/** Every file under `dir`, as sorted relative paths. */
function files(dir: string, sub = ''): string[] {
  if (!existsSync(join(dir, sub))) return [];
  return readdirSync(join(dir, sub), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)]))
    .sort();
}

/**
 * Writes the fixture data folder, and returns its path. The folder is replaced only when its
 * contents change, so a build reading it (its cache key hashes it) is never given a half-written one.
 */
export function writeFixtureData(): string {
  mkdirSync(dirname(FIXTURE_DATA), { recursive: true });
  const temp = mkdtempSync(`${FIXTURE_DATA}-`);
  try {
    write(temp);
    const same = (a: string, b: string) => {
      const fa = files(a);
      return fa.join('\n') === files(b).join('\n') && fa.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    };
    if (!same(temp, FIXTURE_DATA)) {
      rmSync(FIXTURE_DATA, { recursive: true, force: true });
      renameSync(temp, FIXTURE_DATA);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return FIXTURE_DATA;
}

/**
 * Generates a synthetic national dataset for `npm run bench` and for tests that need scale:
 * VN, 63 provinces, ~700 districts, ~10,000 communes, 30 days of `people` per area.
 *
 * Usage: npx tsx scripts/gen-bench-data.ts [outDir=.tmp/bench-data/] [--days=30] [--communes=10000]
 *
 * Every row says in `source` that it is synthetic, and the output never goes into data/: these
 * numbers are not real and must never be published as such. Deterministic (seeded PRNG), so two
 * runs write byte-identical files and bench figures are comparable between commits.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { illustrativeSchedule } from '../src/lib/help/illustrative.ts';

export const SYNTHETIC_SOURCE =
  'Dữ liệu minh hoạ (tổng hợp ngẫu nhiên) — không phải số liệu thật';

export interface BenchOptions {
  days?: number;
  provinces?: number;
  districts?: number;
  communes?: number;
  seed?: number;
}

export interface BenchSummary {
  dir: string;
  areas: number;
  provinces: number;
  districts: number;
  communes: number;
  participationRows: number;
  /** Sessions of help in data/help-points/ (about 5 per commune). */
  helpPoints: number;
  files: number;
}

/** mulberry32: tiny, fast, good enough for shaping fake data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Syllables with diacritics (including đ) so search and slugs are exercised like real names.
const SYL = [
  'An', 'Bình', 'Cẩm', 'Đông', 'Đình', 'Gia', 'Hà', 'Hải', 'Hoà', 'Hưng', 'Kim', 'Lạc', 'Lâm',
  'Long', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Phú', 'Phúc', 'Quang', 'Sơn', 'Tân', 'Thạch', 'Thanh',
  'Thuận', 'Tiên', 'Trung', 'Tứ', 'Văn', 'Việt', 'Vĩnh', 'Xuân', 'Yên', 'Đức', 'Điền', 'Hồng',
  'Lương', 'Mỹ', 'Quế',
];

const PROVINCE_TYPES = ['tỉnh', 'tỉnh', 'tỉnh', 'tỉnh', 'thành phố'];
const DISTRICT_TYPES = ['huyện', 'huyện', 'huyện', 'huyện', 'thị xã', 'thành phố'];
const COMMUNE_TYPES = ['xã', 'xã', 'xã', 'xã', 'phường', 'thị trấn'];

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
function csvLine(fields: (string | number)[]): string {
  return fields.map((f) => csvField(String(f))).join(',');
}

/** Splits `total` into `parts` positive integers whose sizes vary by about ±40 %. */
function split(total: number, parts: number, rnd: () => number): number[] {
  if (total < parts) throw new Error(`gen-bench-data: cannot split ${total} into ${parts} non-empty parts`);
  const w = Array.from({ length: parts }, () => 0.6 + rnd() * 0.8);
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.max(1, Math.floor((x / sum) * total)));
  let diff = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % parts) {
    if (diff > 0) {
      out[i]++;
      diff--;
    } else if (out[i] > 1) {
      out[i]--;
      diff++;
    }
  }
  return out;
}

interface Area {
  code: string;
  name: string;
  type: string;
  level: 'country' | 'province' | 'district' | 'commune';
  parent: string;
}

export function generateBenchData(outDir = '.tmp/bench-data/', opts: BenchOptions = {}): BenchSummary {
  const days = opts.days ?? 30;
  const nProv = opts.provinces ?? 63;
  const nDist = opts.districts ?? 700;
  const nComm = opts.communes ?? 10_000;
  const rnd = prng(opts.seed ?? 20250506);
  const dir = resolve(outDir);
  if (dir === resolve('data') || dir.startsWith(resolve('data') + '/')) {
    throw new Error('gen-bench-data: refusing to write synthetic data into data/');
  }

  // Unique names: walk the syllable grid with a stride so neighbours don't look alike.
  let nameIdx = 0;
  const nextName = (): string => {
    const i = nameIdx++;
    const n = SYL.length;
    const a = SYL[i % n];
    // For a fixed first syllable the second runs through every syllable: pairs stay unique.
    const b = SYL[(Math.floor(i / n) + (i % n) * 3 + 1) % n];
    const round = Math.floor(i / (SYL.length * SYL.length));
    return round === 0 ? `${a} ${b}` : `${a} ${b} ${round + 1}`;
  };

  const areas: Area[] = [{ code: 'VN', name: 'Việt Nam (minh hoạ)', type: 'quốc gia', level: 'country', parent: '' }];
  const distPerProv = split(nDist, nProv, rnd);
  const commPerDist = split(nComm, nDist, rnd);
  let d = 0;
  let c = 0;
  for (let p = 0; p < nProv; p++) {
    const pcode = String(p + 1).padStart(2, '0');
    areas.push({ code: pcode, name: `${nextName()}`, type: PROVINCE_TYPES[p % PROVINCE_TYPES.length], level: 'province', parent: 'VN' });
    for (let k = 0; k < distPerProv[p]; k++, d++) {
      const dcode = String(d + 1).padStart(3, '0');
      areas.push({ code: dcode, name: nextName(), type: DISTRICT_TYPES[d % DISTRICT_TYPES.length], level: 'district', parent: pcode });
      for (let m = 0; m < commPerDist[d]; m++, c++) {
        areas.push({ code: String(c + 1).padStart(5, '0'), name: nextName(), type: COMMUNE_TYPES[c % COMMUNE_TYPES.length], level: 'commune', parent: dcode });
      }
    }
  }

  // Figures are built bottom-up so every parent equals the sum of its children and every
  // series rises day by day, never above `eligible`.
  const children = new Map<string, Area[]>();
  for (const a of areas) {
    if (!a.parent) continue;
    const list = children.get(a.parent) ?? [];
    list.push(a);
    children.set(a.parent, list);
  }
  const eligible = new Map<string, number>();
  const series = new Map<string, number[]>();
  for (const a of areas) {
    if (a.level !== 'commune') continue;
    const e = 1500 + Math.floor(rnd() * 14_000);
    const finalShare = 0.05 + rnd() * 0.55;
    const speed = 0.5 + rnd() * 2;
    const s: number[] = [];
    for (let t = 0; t < days; t++) {
      const x = (t + 1) / days;
      s.push(Math.min(e, Math.floor(e * finalShare * (1 - Math.exp(-speed * 3 * x)) / (1 - Math.exp(-speed * 3)))));
    }
    eligible.set(a.code, e);
    series.set(a.code, s);
  }
  for (const level of ['district', 'province', 'country'] as const) {
    for (const a of areas) {
      if (a.level !== level) continue;
      const kids = children.get(a.code) ?? [];
      eligible.set(a.code, kids.reduce((acc, k) => acc + (eligible.get(k.code) ?? 0), 0));
      const s = new Array<number>(days).fill(0);
      for (const k of kids) series.get(k.code)?.forEach((v, t) => (s[t] += v));
      series.set(a.code, s);
    }
  }

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'participation'), { recursive: true });
  mkdirSync(join(dir, 'breakdowns'), { recursive: true });

  writeFileSync(
    join(dir, 'areas.csv'),
    ['code,name,type,level,parent_code', ...areas.map((a) => csvLine([a.code, a.name, a.type, a.level, a.parent]))].join('\n') + '\n',
  );

  const header = 'as_of,area_code,metric,value,eligible,qualifier,source,source_url,note,rank_reported,rank_scope,channel';
  const start = Date.UTC(2025, 4, 6); // 6 May 2025, the day the VNeID utility opened
  let rows = 0;
  for (let t = 0; t < days; t++) {
    const day = new Date(start + t * 86_400_000).toISOString().slice(0, 10);
    const lines = [header];
    for (const a of areas) {
      const v = series.get(a.code)![t];
      lines.push(csvLine([`${day}T20:00:00+07:00`, a.code, 'people', v, eligible.get(a.code)!, 'exact', SYNTHETIC_SOURCE, '', 'Số liệu tổng hợp ngẫu nhiên để đo hiệu năng', '', '', 'vneid']));
      rows++;
    }
    writeFileSync(join(dir, 'participation', `${day}.csv`), lines.join('\n') + '\n');
  }

  // A small national breakdown so pages that show breakdowns have something to draw.
  const lastDay = new Date(start + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const total = series.get('VN')![days - 1];
  const groups = ['<18', '18-34', '35-44', '45-60', '>60'];
  const parts = split(total, groups.length, rnd);
  writeFileSync(
    join(dir, 'breakdowns', 'age.csv'),
    ['as_of,area_code,dimension,category,metric,value,share,qualifier,source,source_url',
      ...groups.map((g, i) => csvLine([`${lastDay}T20:00:00+07:00`, 'VN', 'age_group', g, 'people', parts[i], '', 'exact', SYNTHETIC_SOURCE, '']))].join('\n') + '\n',
  );
  writeFileSync(join(dir, 'corrections.csv'), 'date,area_code,as_of,metric,what,why\n');

  // Help in person: about 5 sessions per commune over the campaign's days, every row's source
  // saying the schedule is illustrative (src/lib/help/illustrative.ts, shared with the tests).
  const schedule = illustrativeSchedule(
    areas.filter((a) => a.level === 'commune'),
    { start: new Date(start).toISOString().slice(0, 10), days, perArea: 5 },
  );
  mkdirSync(join(dir, 'help-points'), { recursive: true });
  writeFileSync(join(dir, 'help-points', 'lich.csv'), schedule.map((r) => csvLine(r)).join('\n') + '\n');
  // Read by src/lib/data-files.ts: every figure built from this folder is labelled illustrative.
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ illustrative: true, label: SYNTHETIC_SOURCE }, null, 2) + '\n');

  return {
    dir,
    areas: areas.length,
    provinces: nProv,
    districts: d,
    communes: c,
    participationRows: rows,
    helpPoints: schedule.length - 1,
    files: days + 5,
  };
}

/**
 * `npm run bench -- --touch`: one new row for a data folder written above — the next day's figure
 * of its first commune (a little higher than its last), as a CSV with its header, to save as
 * participation/touch.csv. A day's update for one commune must change only the files that show it.
 */
export function touchRow(dir: string): string {
  const files = readdirSync(join(dir, 'participation')).filter((f) => /^\d{4}-\d{2}-\d{2}\.csv$/.test(f)).sort();
  const lastFile = files[files.length - 1]!;
  const [header, ...lines] = readFileSync(join(dir, 'participation', lastFile), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const at = (name: string) => cols.indexOf(name);
  const commune = lines.map((l) => l.split(',')).find((f) => f[at('area_code')]!.length === 5)!;
  const next = new Date(Date.parse(`${lastFile.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const row = [...commune];
  row[at('as_of')] = `${next}T20:00:00+07:00`;
  row[at('value')] = String(Math.min(Number(row[at('eligible')]), Number(row[at('value')]) + 10));
  return `${header}\n${row.map(csvField).join(',')}\n`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const a = args.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : undefined;
  };
  const out = args.find((a) => !a.startsWith('--')) ?? '.tmp/bench-data/';
  const s = generateBenchData(out, { days: flag('days'), communes: flag('communes'), districts: flag('districts'), provinces: flag('provinces') });
  console.log(`gen-bench-data: ${s.areas} areas (${s.provinces} provinces, ${s.districts} districts, ${s.communes} communes), ${s.participationRows} participation rows, ${s.helpPoints} help sessions in ${s.files} files -> ${s.dir}`);
}

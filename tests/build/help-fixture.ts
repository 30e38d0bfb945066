/**
 * The help fixture site: the default data (figures published by NOW) plus two communes under Bình Giang (296) and a
 * generated, illustrative schedule for them and for Chí Linh (290), built with GOPY_NOW at noon on
 * 16/5/2025 (sessions on 12 and 14/5 are past, later ones coming). Shared by tests/build/help.test.ts
 * and tests/e2e/help.test.ts; built once while the sources are unchanged.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Papa from 'papaparse';
import { buildSite, ROOT, type BuiltSite } from '../e2e/site.ts';
import { illustrativeSchedule } from '../../src/lib/help/illustrative.ts';

export const NOW = '2025-05-16T12:00+07:00';
export const COMMUNES = [
  { code: '99901', name: 'Thúc Kháng', type: 'xã' },
  { code: '99902', name: 'Vĩnh Hồng', type: 'xã' },
];

const DATA = join(ROOT, '.tmp/fixtures/help/data');

/** Every file under `dir` with its bytes, for comparing two folders. */
function snapshot(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((f) => `${relative(dir, f)}\n${readFileSync(f, 'base64')}`)
    .join('\n');
}

/**
 * Writes the fixture data folder, replaced only when its contents change: a build reading it (its
 * cache key hashes it) is never handed a half-written folder by another test file.
 */
function fixtureData(): string {
  mkdirSync(dirname(DATA), { recursive: true });
  const dir = mkdtempSync(`${DATA}-`);
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  // The data as it stood at NOW: the gate refuses figures dated after the build's now.
  for (const f of readdirSync(join(dir, 'participation'))) {
    if (f.slice(0, 10) > NOW.slice(0, 10)) rmSync(join(dir, 'participation', f));
  }
  const areas = readFileSync(join(dir, 'areas.csv'), 'utf8').replace(/\s*$/, '\n');
  writeFileSync(join(dir, 'areas.csv'), areas + COMMUNES.map((c) => `${c.code},${c.name},${c.type},commune,296`).join('\n') + '\n');
  const rows = illustrativeSchedule([...COMMUNES, { code: '290', name: 'Chí Linh', type: 'thành phố' }], { start: '2025-05-12', days: 10, perArea: 5 });
  writeFileSync(join(dir, 'help-points/lich-ho-tro.csv'), Papa.unparse(rows, { newline: '\n' }) + '\n');
  if (snapshot(dir) === snapshot(DATA)) rmSync(dir, { recursive: true, force: true });
  else {
    rmSync(DATA, { recursive: true, force: true });
    renameSync(dir, DATA);
  }
  return DATA;
}


/** The fixture site, built (or taken from the cache) with the fixture data and GOPY_NOW. */
export function helpSite(): Promise<BuiltSite> {
  return buildSite({ name: 'help', dataDir: fixtureData(), env: { GOPY_NOW: NOW } });
}

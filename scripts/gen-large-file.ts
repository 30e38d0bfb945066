/**
 * Writes a data folder whose participation figures are all in ONE file, to measure how large a file
 * the gate takes (`npm run check`): a copy of data/, and one more file of N synthetic rows for Hải
 * Dương, one minute apart from 2020 on, shaped like the bench rows (every column filled as an Excel
 * export would). Labelled illustrative; written under .tmp/, never data/.
 *
 *   npx tsx scripts/gen-large-file.ts --rows=1000000 [--out=.tmp/large-data]
 *   DATA_DIR=.tmp/large-data /usr/bin/time -v npm run check
 */
import { cpSync, createWriteStream, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { SYNTHETIC_SOURCE } from './gen-bench-data.ts';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

const rows = Number(arg('rows', '150000'));
const out = resolve(arg('out', '.tmp/large-data'));
rmSync(out, { recursive: true, force: true });
cpSync('data', out, { recursive: true });
writeFileSync(join(out, 'dataset.json'), JSON.stringify({ illustrative: true, label: 'Số liệu minh hoạ, không phải số liệu thật' }));

const file = createWriteStream(join(out, 'participation/mot-tep.csv'));
file.write('as_of,area_code,metric,value,eligible,qualifier,source,source_url,note,rank_reported,rank_scope,channel\n');
const start = Date.UTC(2020, 0, 1);
for (let i = 0; i < rows; i++) {
  const t = new Date(start + i * 60_000 + 7 * 3_600_000).toISOString().slice(0, 19);
  const line = `${t}+07:00,30,people,${i % 1_290_087},1290087,exact,${SYNTHETIC_SOURCE},,Số liệu tổng hợp ngẫu nhiên để đo,,,vneid\n`;
  if (!file.write(line)) await once(file, 'drain');
}
file.end();
await once(file, 'finish');
console.log(`${rows} rows in ${join(out, 'participation/mot-tep.csv')}`);

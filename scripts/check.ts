/**
 * `npm run check`: validate data/ and content/ without building. Exits non-zero on any problem,
 * listing every problem (file, line, column, value, what was expected), not just the first.
 *
 *   npm run check                 # the project's data/
 *   DATA_DIR=path npm run check   # another data folder
 */
import { spawnSync } from 'node:child_process';
import { dataDir, readDataset } from '../src/lib/data/read.ts';
import { formatProblems } from '../src/lib/data/problems.ts';
import type { Dataset } from '../src/lib/data/validate.ts';

/** The gate: read and validate the data folder; print every problem. The dataset when clean. */
export async function checkData(dir = dataDir()): Promise<Dataset | undefined> {
  const { dataset, problems } = await readDataset(dir);
  if (!dataset) {
    console.error(formatProblems(problems));
    return undefined;
  }
  console.log(
    `Dữ liệu hợp lệ: ${dataset.areas.length} địa bàn, ${dataset.participation.length} số liệu, ` +
      `${dataset.breakdowns.length} dòng phân tổ, ${dataset.corrections.length} đính chính.`,
  );
  return dataset;
}

/** Validate content/ (MDX frontmatter against the collection schemas) with `astro sync`. */
export function checkContent(): boolean {
  const r = spawnSync('npx', ['astro', 'sync'], { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = (await checkData()) !== undefined && checkContent();
  process.exit(ok ? 0 : 1);
}

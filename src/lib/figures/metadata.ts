/** metadata.json: what every download holds, column by column, with units, sources and licence. */
import type { Aggregates } from '../data/aggregate.ts';
import type { Metric, Qualifier } from '../data/schema.ts';
import { vnTimestamp } from '../text/vn-time.ts';
import { buildNow } from '../site/clock.ts';
import { COLUMN_TYPES, COLUMNS, type ColumnName, type Table } from './columns.ts';
import { DATASET_FILES, fileName, type DatasetFileName } from './downloads.ts';
import type { Data } from './records.ts';
import { FORMULA_GUARD, FORMULA_START, toJson } from './serialise.ts';

/** What metadata.json says in words, from the locale. */
export interface MetadataWords {
  files: Record<DatasetFileName, string>;
  licence: { name: string; url: string; note: string };
  units: Record<Metric, string>;
  qualifiers: Record<Qualifier, string>;
  encoding: string;
  /** How a text that a spreadsheet would run as a formula is written (serialise.ts). */
  formulaGuard: string;
  columns: Record<ColumnName, { description: string; unit?: string }>;
}

/**
 * When the files were generated: SOURCE_DATE_EPOCH (seconds) if set, else the build's now
 * (GOPY_NOW, src/lib/site/clock.ts, or the clock), so that the same inputs and the same GOPY_NOW
 * give the same bytes. Always written in Vietnam time.
 */
export function generatedAt(env: Record<string, string | undefined> = {}, now = Date.now()): string {
  return vnTimestamp(env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : buildNow(env, () => now).getTime());
}

export function metadataJson(
  data: Data & Pick<Aggregates, 'meta'>,
  opts: { generatedAt: string; fileUrl: (path: string) => string; siteUrl: string; title: string; description: string },
  w: MetadataWords,
): string {
  const sources = new Map<string, string | undefined>();
  for (const f of data.figures) if (!sources.has(f.source)) sources.set(f.source, f.source_url);
  for (const b of data.breakdowns) if (!sources.has(b.source)) sources.set(b.source, b.source_url);
  const column = (name: ColumnName) => {
    const { description, unit } = w.columns[name];
    return { name, type: COLUMN_TYPES[name], description, ...(unit === undefined ? {} : { unit }) };
  };
  return toJson({
    title: opts.title,
    description: opts.description,
    site: opts.siteUrl,
    generated_at: opts.generatedAt,
    illustrative: data.meta.illustrative,
    illustrative_label: data.meta.illustrative ? data.meta.label : undefined,
    licence: w.licence,
    units: w.units,
    qualifiers: w.qualifiers,
    encoding: w.encoding,
    formula_guard: {
      applies_to: ['csv', 'xlsx'],
      starts_with: FORMULA_START.source,
      prefix: FORMULA_GUARD,
      description: w.formulaGuard,
    },
    counts: { figures: data.figures.length, areas: data.areas.length, breakdowns: data.breakdowns.length, corrections: data.corrections.length },
    sources: [...sources].map(([name, url]) => ({ name, url })),
    files: DATASET_FILES.filter((f) => f.table !== 'metadata').map((f) => ({
      url: opts.fileUrl(f.path),
      format: f.format,
      title: w.files[fileName(f)],
      columns: COLUMNS[f.table as Table].map(column),
    })),
  });
}

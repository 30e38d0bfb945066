/**
 * Validate a whole data folder at once: every file, every row, and the checks across files
 * (unknown area codes, duplicates, value above eligible). Returns every problem, never the first only.
 */
import type { ZodTypeAny, z } from 'zod';
import { decodeUtf8, parseCsv, type CsvSpec, type CsvTable } from './csv.ts';
import type { Problem } from './problems.ts';
import {
  ALIASES,
  areaRow,
  breakdownRow,
  correctionRow,
  participationRow,
  type AreaRecord,
  type BreakdownRecord,
  type CorrectionRecord,
  type ParticipationRecord,
} from './schema.ts';
import { checkHelpPoints, HELP_POINTS_SPEC, helpPointRow, type HelpPointRecord } from './help-points.ts';

/** Where a record came from, so later checks and the UI can point at it. */
export interface Origin {
  file: string;
  line: number;
}

export type WithOrigin<T> = T & { origin: Origin };

export interface DatasetMeta {
  /** True for generated data (tests, benchmarks): every figure is then labelled illustrative. */
  illustrative: boolean;
  /** Shown with every figure when illustrative. */
  label?: string;
}

export interface Dataset {
  meta: DatasetMeta;
  areas: WithOrigin<AreaRecord>[];
  participation: WithOrigin<ParticipationRecord>[];
  breakdowns: WithOrigin<BreakdownRecord>[];
  corrections: WithOrigin<CorrectionRecord>[];
  /** Sessions of help in person (data/help-points/): none when the folder is absent or holds only a header. */
  helpPoints: WithOrigin<HelpPointRecord>[];
}

export interface DataFile {
  /** Path relative to the data folder's parent, as shown to the operator: `data/areas.csv`. */
  path: string;
  bytes: Uint8Array;
}

export type FileKind = 'areas' | 'participation' | 'breakdowns' | 'corrections' | 'helpPoints';

const SPECS: Record<FileKind, { spec: CsvSpec; schema: ZodTypeAny }> = {
  areas: {
    schema: areaRow,
    spec: { required: ['code', 'name', 'type', 'level'], optional: ['parent_code'], aliases: ALIASES.areas },
  },
  participation: {
    schema: participationRow,
    spec: {
      required: ['as_of', 'area_code', 'metric', 'value', 'source'],
      optional: ['channel', 'eligible', 'qualifier', 'source_url', 'note', 'rank_reported', 'rank_scope'],
      aliases: ALIASES.participation,
    },
  },
  breakdowns: {
    schema: breakdownRow,
    spec: {
      required: ['as_of', 'area_code', 'dimension', 'category', 'metric', 'value', 'source'],
      optional: ['share', 'qualifier', 'source_url'],
      aliases: ALIASES.breakdowns,
    },
  },
  corrections: {
    schema: correctionRow,
    spec: { required: ['date', 'what', 'why'], optional: ['area_code', 'as_of', 'metric'], aliases: ALIASES.corrections },
  },
  helpPoints: { schema: helpPointRow, spec: HELP_POINTS_SPEC },
};

/** Files that may hold only their header: no correction yet, no schedule published. */
const MAY_BE_EMPTY: ReadonlySet<FileKind> = new Set(['corrections', 'helpPoints']);

/** Which kind of file a path is, from its place in the data folder; undefined = not a data file. */
export function fileKind(path: string): FileKind | undefined {
  const p = path.replace(/\\/g, '/');
  if (!p.toLowerCase().endsWith('.csv')) return undefined;
  if (/(^|\/)areas\.csv$/i.test(p)) return 'areas';
  if (/(^|\/)corrections\.csv$/i.test(p)) return 'corrections';
  if (/(^|\/)participation\/[^/]+\.csv$/i.test(p)) return 'participation';
  if (/(^|\/)breakdowns\/[^/]+\.csv$/i.test(p)) return 'breakdowns';
  if (/(^|\/)help-points\/[^/]+\.csv$/i.test(p)) return 'helpPoints';
  return undefined;
}

function rowsOf<S extends ZodTypeAny>(
  table: CsvTable,
  schema: S,
  problems: Problem[],
): WithOrigin<z.output<S>>[] {
  const out: WithOrigin<z.output<S>>[] = [];
  for (const row of table.rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) {
      out.push({ ...result.data, origin: { file: table.file, line: row.line } });
      continue;
    }
    for (const issue of result.error.issues) {
      const col = String(issue.path[0] ?? '');
      const value = row.cells[col];
      problems.push({
        file: table.file,
        line: row.line,
        column: table.headerOf[col] ?? col,
        value: value ?? '',
        expected: value === undefined || value === '' ? `không được để trống (${col})` : issue.message,
      });
    }
  }
  return out;
}

/** Validate every data file together. `dataset` is set only when there is no problem at all. */
export function validateData(
  files: readonly DataFile[],
  meta: DatasetMeta = { illustrative: false },
): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const ds: Dataset = { meta, areas: [], participation: [], breakdowns: [], corrections: [], helpPoints: [] };
  const seen = new Set<FileKind>();

  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = fileKind(f.path);
    if (!kind) continue;
    seen.add(kind);
    const decoded = decodeUtf8(f.bytes, f.path);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const { spec, schema } = SPECS[kind];
    const { table, problems: csvProblems } = parseCsv(decoded.text, f.path, spec);
    problems.push(
      ...csvProblems.filter((p) => !(MAY_BE_EMPTY.has(kind) && p.expected.startsWith('tệp chỉ có dòng tiêu đề'))),
    );
    (ds[kind] as unknown[]).push(...rowsOf(table, schema, problems));
  }
  if (!seen.has('areas')) problems.push({ file: 'data/areas.csv', expected: 'thiếu tệp danh sách địa bàn areas.csv' });
  if (!seen.has('participation'))
    problems.push({ file: 'data/participation/', expected: 'không có tệp số liệu nào trong thư mục participation/' });

  crossCheck(ds, problems);
  return problems.length ? { problems } : { dataset: ds, problems };
}

function crossCheck(ds: Dataset, problems: Problem[]) {
  const areaCodes = new Map<string, Origin>();
  for (const a of ds.areas) {
    const first = areaCodes.get(a.code);
    if (first) {
      problems.push({
        file: a.origin.file,
        line: a.origin.line,
        column: 'code',
        value: a.code,
        expected: `mã địa bàn bị trùng (đã có ở dòng ${first.line})`,
      });
    } else areaCodes.set(a.code, a.origin);
  }
  for (const a of ds.areas) {
    if (a.parent_code !== undefined && !areaCodes.has(a.parent_code)) {
      problems.push({
        file: a.origin.file,
        line: a.origin.line,
        column: 'parent_code',
        value: a.parent_code,
        expected: 'mã cấp trên không có trong areas.csv',
      });
    }
    if (a.parent_code === undefined && a.level !== 'country') {
      problems.push({
        file: a.origin.file,
        line: a.origin.line,
        column: 'parent_code',
        value: '',
        expected: 'chỉ cấp quốc gia được để trống mã cấp trên',
      });
    }
  }

  const unknownArea = (r: { area_code?: string; origin: Origin }, column = 'area_code') => {
    if (r.area_code !== undefined && areaCodes.size > 0 && !areaCodes.has(r.area_code)) {
      problems.push({
        file: r.origin.file,
        line: r.origin.line,
        column,
        value: r.area_code,
        expected: 'mã địa bàn không có trong data/areas.csv',
      });
    }
  };

  const keys = new Map<string, Origin>();
  for (const r of ds.participation) {
    unknownArea(r);
    if (r.eligible !== undefined && r.value > r.eligible && r.metric === 'people') {
      problems.push({
        file: r.origin.file,
        line: r.origin.line,
        column: 'value',
        value: String(r.value),
        expected: `không thể lớn hơn số người đủ điều kiện (eligible = ${r.eligible})`,
      });
    }
    const key = `${r.as_of}|${r.area_code}|${r.metric}|${r.channel}`;
    const first = keys.get(key);
    if (first) {
      problems.push({
        file: r.origin.file,
        line: r.origin.line,
        column: 'as_of',
        value: r.as_of,
        expected: `trùng số liệu (as_of, area_code, metric) đã có ở ${first.file}:${first.line}`,
      });
    } else keys.set(key, r.origin);
  }
  for (const b of ds.breakdowns) unknownArea(b);
  for (const c of ds.corrections) unknownArea(c);
  checkHelpPoints(ds.helpPoints, areaCodes, problems);
}

/**
 * Validate a whole data folder at once: every file, every row, and the rules across rows and files
 * (rules/: the files read, the area tree, area references, figures, dates). Returns every problem,
 * never the first only.
 */
import { decodeUtf8, parseCsv, type CsvRow, type CsvSpec, type CsvTable } from './csv.ts';
import { CELL, FILE } from './messages.ts';
import type { Problem } from './problems.ts';
import { checkNotFuture } from './rules/dates.ts';
import { MAX_ROWS, checkFiles } from './rules/files.ts';
import { count } from './report.ts';
import { checkFigures } from './rules/figures.ts';
import { checkAreaReference } from './rules/references.ts';
import { checkTree } from './rules/tree.ts';
import { writtenCells, type Written } from './rules/written.ts';
import { buildNow } from '../site/clock.ts';
import { interner } from './intern.ts';
import { rowValidator, type RowResult } from './row-validator.ts';
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
  /** The content; left empty for a file the gate does not read (see rules/files.ts). */
  bytes: Uint8Array;
  /** Size on disk when `bytes` was not read; bytes.length otherwise. */
  size?: number;
}

export interface GateOptions {
  /** The build's now: no figure may be dated later. Default buildNow() (GOPY_NOW or the clock). */
  now?: Date;
  /** At most this many data rows in all files (default MAX_ROWS). */
  maxRows?: number;
}

export type FileKind = 'areas' | 'participation' | 'breakdowns' | 'corrections' | 'helpPoints';

const SPECS: Record<FileKind, { spec: CsvSpec; schema: Parameters<typeof rowValidator>[0] }> = {
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

/** Where each kind of file goes, as the operator is told when a file is elsewhere. */
export const FILE_PLACES: Record<FileKind, string> = {
  areas: 'areas.csv',
  participation: 'participation/*.csv',
  breakdowns: 'breakdowns/*.csv',
  corrections: 'corrections.csv',
  helpPoints: 'help-points/*.csv',
};

/**
 * Which kind of file a path is (`data/participation/a.csv`: the data folder's name, then the path
 * inside it), from its place in the folder; undefined = not a data file.
 */
export function fileKind(path: string): FileKind | undefined {
  const p = path.replace(/\\/g, '/').replace(/^[^/]*\//, '');
  if (!p.toLowerCase().endsWith('.csv')) return undefined;
  if (/^areas\.csv$/i.test(p)) return 'areas';
  if (/^corrections\.csv$/i.test(p)) return 'corrections';
  if (/^participation\/[^/]+\.csv$/i.test(p)) return 'participation';
  if (/^breakdowns\/[^/]+\.csv$/i.test(p)) return 'breakdowns';
  if (/^help-points\/[^/]+\.csv$/i.test(p)) return 'helpPoints';
  return undefined;
}

/** A dataset with no rows yet. */
export function emptyDataset(meta: DatasetMeta): Dataset {
  return { meta, areas: [], participation: [], breakdowns: [], corrections: [], helpPoints: [] };
}

/** One row through its file's validator: the record into `out`, or each problem of its cells. */
function validateRow<T>(
  row: CsvRow,
  table: CsvTable,
  validate: (cells: Readonly<Record<string, string>>) => RowResult<T>,
  out: WithOrigin<T>[],
  written: ReturnType<typeof writtenCells>,
  problems: Problem[],
  intern: (s: string) => string,
): void {
  const result = validate(row.cells);
  if (result.success) {
    // The record is a new object: completed in place rather than copied. Its texts are shared
    // (a source's name or a date is on thousands of rows), so that the dataset holds each once.
    const record = result.data as Record<string, unknown>;
    for (const k in record) if (typeof record[k] === 'string') record[k] = intern(record[k] as string);
    record.origin = { file: table.file, line: row.line };
    written.note(record, row.cells, table.headerOf);
    // One by one: a file may hold any number of rows (a spread overflowed the stack).
    out.push(record as WithOrigin<T>);
    return;
  }
  for (const issue of result.issues) {
    const col = String(issue.path[0] ?? '');
    const value = row.cells[col];
    problems.push({
      file: table.file,
      line: row.line,
      column: table.headerOf[col] ?? col,
      value: value ?? '',
      expected: value === undefined || value === '' ? CELL.blank(col) : issue.message,
      kind: 'cell',
    });
  }
}

/**
 * Validate every data file together. `dataset` is set only when there is no problem at all;
 * `parsed` holds the rows that passed their own row's checks either way (the content check looks
 * up the areas and figures MDX embeds in it, so content and data problems come in one report).
 */
export function validateData(
  files: readonly DataFile[],
  meta: DatasetMeta = { illustrative: false },
  options: GateOptions = {},
): { dataset?: Dataset; parsed: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const ds = emptyDataset(meta);
  const written = writtenCells();
  const intern = interner();
  const seen = new Set<FileKind>();
  // One validator per kind of file for the whole folder: a cell seen in one file is not validated again in the next.
  const validators = new Map<FileKind, ReturnType<typeof rowValidator>>();

  const maxRows = options.maxRows ?? MAX_ROWS;
  let rows = 0;
  for (const f of checkFiles(files, fileKind, Object.values(FILE_PLACES), problems)) {
    if (rows > maxRows) break; // reported: the rest is not read
    const kind = fileKind(f.path)!;
    seen.add(kind);
    const decoded = decodeUtf8(f.bytes, f.path);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const { spec, schema } = SPECS[kind];
    let validate = validators.get(kind);
    if (!validate) validators.set(kind, (validate = rowValidator(schema)));
    const out = ds[kind] as WithOrigin<unknown>[];
    // Each row is validated as it is parsed and then dropped: the file's cells never all at once.
    const { problems: csvProblems } = parseCsv(decoded.text, f.path, spec, (row, table) => {
      if (++rows > maxRows) {
        problems.push({ file: f.path, line: row.line, ...FILE.tooManyRows(count(maxRows)), kind: 'file.size' });
        return false;
      }
      validateRow(row, table, validate, out, written, problems, intern);
    });
    for (const p of csvProblems) {
      // corrections.csv and help-points/ may legitimately hold only their header.
      if (!(MAY_BE_EMPTY.has(kind) && p.expected === FILE.headerOnly)) problems.push(p);
    }
  }
  const root = files[0]?.path.split('/')[0] ?? 'data';
  if (!seen.has('areas')) problems.push({ file: `${root}/areas.csv`, expected: FILE.missingAreas, kind: 'file.missing' });
  if (!seen.has('participation'))
    problems.push({ file: `${root}/participation/`, expected: FILE.noParticipation, kind: 'file.missing' });

  crossCheck(ds, written, options.now ?? buildNow(), problems);
  return problems.length ? { parsed: ds, problems } : { dataset: ds, parsed: ds, problems };
}

/** The rules across rows and files, each in its module under rules/. */
function crossCheck(ds: Dataset, written: Written, now: Date, problems: Problem[]) {
  const areas = checkTree(ds.areas, written, problems);
  for (const r of ds.participation) checkAreaReference(r, areas, written, problems);
  for (const r of ds.breakdowns) checkAreaReference(r, areas, written, problems);
  for (const r of ds.corrections) checkAreaReference(r, areas, written, problems);
  checkFigures(ds.participation, written, problems);
  for (const r of ds.participation) checkNotFuture(r, ['as_of'], now, written, problems);
  for (const r of ds.breakdowns) checkNotFuture(r, ['as_of'], now, written, problems);
  for (const r of ds.corrections) checkNotFuture(r, ['date', 'as_of'], now, written, problems);
  checkHelpPoints(ds.helpPoints, areas, written, problems);
}

import Papa from 'papaparse';
import { foldDiacritics } from '../text/fold.ts';
import type { Problem } from './problems.ts';

/** One data row: its physical line in the file and its cells keyed by canonical column name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  /** canonical column name -> the header as the operator wrote it (for error messages). */
  headerOf: Record<string, string>;
  rows: CsvRow[];
}

/** A header alias; `implies` fills columns the alias makes redundant ("Số người tham gia" => metric people). */
export interface ColumnAlias {
  column: string;
  implies?: Record<string, string>;
}

export interface CsvSpec {
  /** Canonical columns that must be present (after aliases and implied columns). */
  required: readonly string[];
  /** Canonical columns that may be present. */
  optional: readonly string[];
  /** Extra names accepted for a column, written naturally ("Mã địa bàn"); matched folded. */
  aliases: Readonly<Record<string, string | ColumnAlias>>;
}

/** Header or value as compared: no diacritics, lower case, spaces/underscores/dashes collapsed. */
export function normalizeKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[\s_\-./:]+/g, ' ')
    .trim();
}

/**
 * Decode bytes as strict UTF-8 (a BOM is dropped). Excel's plain "CSV" on Vietnamese Windows is
 * windows-1258, which is not valid UTF-8: say how to fix it instead of publishing mojibake.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return {
      problem: {
        file,
        line,
        expected:
          'tệp không phải UTF-8 (có thể Excel đã lưu theo bảng mã windows-1258). ' +
          'Trong Excel chọn File › Save As › "CSV UTF-8 (Comma delimited)" rồi lưu lại.',
      },
    };
  }
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (bytes.length if
 * every byte does). One pass: the cost grows with the file, not with where the fault lies.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence, and the allowed range of its second byte (no overlongs, no surrogates).
    let n: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return bytes.length;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Parse CSV text (comma or semicolon, CRLF or LF, one header row) into rows of strings. Never
 * types values: codes like "01" must stay text. Returns every problem found, not just the first.
 */
export function parseCsv(
  text: string,
  file: string,
  spec: CsvSpec,
): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = { file, headerOf: {}, rows: [] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problems.push({ file, expected: 'tệp rỗng: cần một dòng tiêu đề và ít nhất một dòng số liệu' });
    return { table, problems };
  }

  const parsed = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: headerDelimiter(body),
  });
  const starts = lineStarts(body);
  const rowsRaw = parsed.data;
  // Papa gives no per-row offsets without `step`; recover each row's first line by walking the text.
  const rowLines = rowStartLines(body, rowsRaw.length, starts);

  const reported = new Set<number | undefined>();
  for (const err of parsed.errors) {
    // One message per broken row is enough: Papa reports some faults once per field.
    if (err.code === 'UndetectableDelimiter' || reported.has(err.row)) continue;
    reported.add(err.row);
    problems.push({
      file,
      line: err.row !== undefined ? rowLines[err.row] : undefined,
      expected: `CSV không đọc được (${err.message}); kiểm tra dấu ngoặc kép và dấu phân cách`,
    });
  }

  const header = rowsRaw[0] ?? [];
  const index = new Map<string, number>();
  const implied: Record<string, string> = {};
  const known = new Set([...spec.required, ...spec.optional]);
  const aliasByKey = new Map<string, ColumnAlias>();
  for (const c of known) aliasByKey.set(normalizeKey(c), { column: c });
  for (const [name, target] of Object.entries(spec.aliases)) {
    aliasByKey.set(normalizeKey(name), typeof target === 'string' ? { column: target } : target);
  }
  header.forEach((raw, i) => {
    const alias = aliasByKey.get(normalizeKey(raw));
    if (!alias) return; // unknown columns are kept out of the data, not an error
    if (index.has(alias.column)) {
      problems.push({
        file,
        line: 1,
        column: raw.trim(),
        expected: `cột "${alias.column}" xuất hiện hai lần trong dòng tiêu đề`,
      });
      return;
    }
    index.set(alias.column, i);
    table.headerOf[alias.column] = raw.trim();
    Object.assign(implied, alias.implies ?? {});
  });
  const missing = spec.required.filter((c) => !index.has(c) && !(c in implied));
  for (const c of missing) {
    problems.push({
      file,
      line: 1,
      column: c,
      expected: `thiếu cột bắt buộc "${c}" (các cột bắt buộc: ${spec.required.join(', ')})`,
    });
  }
  if (missing.length > 0) return { table, problems };

  for (let r = 1; r < rowsRaw.length; r++) {
    const raw = rowsRaw[r]!;
    if (raw.every((v) => v.trim() === '')) continue;
    const cells: Record<string, string> = { ...implied };
    for (const [col, i] of index) {
      const v = raw[i];
      if (v !== undefined && (v.trim() !== '' || !(col in implied))) cells[col] = v.trim();
    }
    table.rows.push({ line: rowLines[r] ?? r + 1, cells });
  }
  if (table.rows.length === 0) {
    problems.push({ file, line: 1, expected: 'tệp chỉ có dòng tiêu đề, không có dòng số liệu nào' });
  }
  return { table, problems };
}

/** The delimiter Excel used, read off the header line: `;` (Vietnamese locale), `,` or tab. */
export function headerDelimiter(text: string): string {
  const header = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** First physical line of each parsed row, honouring quoted fields that span lines. */
function rowStartLines(text: string, count: number, starts: number[]): number[] {
  const out: number[] = [];
  let inQuotes = false;
  out.push(1);
  for (let i = 0; i < text.length && out.length < count; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
    } else if (ch === '\n' && !inQuotes) {
      out.push(lineAt(starts, i + 1));
    }
  }
  return out;
}

import Papa from 'papaparse';
import { foldDiacritics } from '../text/fold.ts';
import { CSV, FILE } from './messages.ts';
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

/** The text without its "(…)" parts, in one pass (a regex would retry from every unclosed "("). */
function dropParentheses(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) return out + text.slice(from);
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
}

/** Header or value as compared: no diacritics, lower case, "(…)" dropped, spaces/underscores/dashes collapsed. */
export function normalizeKey(text: string): string {
  return dropParentheses(foldDiacritics(text).toLowerCase())
    .replace(/[\s_\-./:]+/g, ' ')
    .trim();
}

/**
 * Is this UTF-16 ("Unicode Text" from Excel, or a CSV saved as "Unicode")? A UTF-16 byte order
 * mark, or text whose every other byte is zero.
 */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 512);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 4;
}

/**
 * Decode bytes as strict UTF-8 (a BOM is dropped). Excel's plain "CSV" on Vietnamese Windows is
 * windows-1258 and its "Unicode Text" is UTF-16, neither valid UTF-8: say which and how to fix it
 * instead of publishing mojibake.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if (looksUtf16(bytes)) return { problem: { file, ...FILE.utf16, kind: 'file.encoding' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return {
      problem: { file, line, ...FILE.notUtf8, kind: 'file.encoding' },
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


/** The columns of a header: where each known column is, what aliases imply, what is missing. */
function readHeader(header: readonly string[], spec: CsvSpec, file: string, table: CsvTable, problems: Problem[]) {
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
      problems.push({ file, line: 1, column: raw.trim(), expected: CSV.duplicateColumn(alias.column), kind: 'csv.header' });
      return;
    }
    index.set(alias.column, i);
    table.headerOf[alias.column] = raw.trim();
    Object.assign(implied, alias.implies ?? {});
  });
  const missing = spec.required.filter((c) => !index.has(c) && !(c in implied));
  for (const c of missing) {
    problems.push({ file, line: 1, column: c, expected: CSV.missingColumn(c, spec.required), kind: 'csv.header' });
  }
  return { index, implied, ok: missing.length === 0 };
}

/**
 * Parse CSV text (comma or semicolon, CRLF or LF, one header row) into rows of strings. Never
 * types values: codes like "01" must stay text. Returns every problem found, not just the first.
 *
 * One pass, row by row (Papa Parse's `step`): each row's first line is counted from the parser's
 * cursor as it goes, and with `onRow` each row is handed on (with the table, whose headers are
 * known by then) and dropped, so a file of a million rows never holds all its cells at once.
 * Without `onRow`, the rows are collected in `table.rows`. `onRow` returning false stops the parse.
 */
export function parseCsv(
  text: string,
  file: string,
  spec: CsvSpec,
  onRow?: (row: CsvRow, table: CsvTable) => boolean | void,
): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = { file, headerOf: {}, rows: [] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problems.push({ file, expected: FILE.empty, kind: 'file.empty' });
    return { table, problems };
  }
  const take = onRow ?? ((row: CsvRow) => void table.rows.push(row));

  let header: string[] | undefined;
  let columns: ReturnType<typeof readHeader> | undefined;
  let rows = 0;
  let line = 1; // the line the next row starts on
  let cursor = 0;
  Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: headerDelimiter(body),
    step: (result, parser) => {
      const raw = result.data;
      const at = line;
      for (let i = cursor; i < result.meta.cursor; i++) if (body.charCodeAt(i) === 10) line++;
      cursor = result.meta.cursor;
      // One message per broken row is enough: Papa reports some faults once per field.
      const error = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
      if (error) problems.push({ file, line: at, expected: CSV.syntax(error.code), fix: CSV.syntaxFix, kind: 'csv.syntax' });
      if (!header) {
        header = raw;
        columns = readHeader(header, spec, file, table, problems);
        if (!columns.ok) parser.abort();
        return;
      }
      if (error || raw.every((v) => v.trim() === '')) return; // reported above, or blank
      // A row wider or narrower than the header has its cells under the wrong columns (an unquoted
      // comma in a value, a cell lost): say that once rather than blame each shifted cell.
      const width = raw.length > header.length && raw.slice(header.length).every((v) => v.trim() === '') ? header.length : raw.length;
      if (width !== header.length) {
        problems.push({ file, line: at, expected: CSV.width(width, header.length), fix: CSV.syntaxFix, kind: 'csv.syntax' });
        return;
      }
      const cells: Record<string, string> = { ...columns!.implied };
      for (const [col, i] of columns!.index) {
        const v = raw[i];
        if (v !== undefined && (v.trim() !== '' || !(col in columns!.implied))) cells[col] = v.trim();
      }
      rows++;
      if (take({ line: at, cells }, table) === false) parser.abort();
    },
  });
  if (columns?.ok && rows === 0) problems.push({ file, line: 1, expected: FILE.headerOnly, kind: 'file.empty' });
  return { table, problems };
}

/** The delimiter Excel used, read off the header line: `;` (Vietnamese locale), `,` or tab. */
export function headerDelimiter(text: string): string {
  const header = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

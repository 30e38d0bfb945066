/**
 * Writing tables and values as download files: RFC 4180 CSV and JSON (XLSX: xlsx.ts). No knowledge
 * of what the columns mean (columns.ts) or which files exist (downloads.ts). The one place where a
 * text that a spreadsheet would run as a formula is neutralised, for CSV and XLSX alike.
 */

export type Cell = string | number | boolean | null | undefined;

const BOM = '\ufeff';

/**
 * What makes a spreadsheet read a text cell as a formula: = + - @ at its start (OWASP's "CSV
 * injection" list), a tab or carriage return before them, and their full-width forms, which some
 * spreadsheets also accept.
 */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** The character put before such a text: an apostrophe, which every spreadsheet shows as text. */
export const FORMULA_GUARD = "'";

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe, so it is shown,
 * never run: `=HYPERLINK("http://x","y")` becomes `'=HYPERLINK("http://x","y")`. Numbers are
 * numbers, never touched (a negative change stays −1000). Used by every CSV and XLSX download; JSON
 * keeps the true text (no spreadsheet reads it).
 */
export function neutraliseFormula<T extends Cell>(v: T): T | string {
  return typeof v === 'string' && FORMULA_START.test(v) ? `${FORMULA_GUARD}${v}` : v;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function csvCell(v: Cell): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = String(neutraliseFormula(v));
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV, piece by piece (a whole-dataset file is written as it is made, never held whole):
 * a UTF-8 BOM (so Excel on Vietnamese Windows reads the diacritics), CRLF line ends, fields quoted
 * only when needed, empty for missing values. Yields the header line, then one line per row.
 */
export function* csvChunks(columns: readonly string[], rows: Iterable<Record<string, Cell>>): Generator<string> {
  yield `${BOM}${columns.map(csvCell).join(',')}\r\n`;
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + csvCell(r[columns[i]!]);
    yield `${line}\r\n`;
  }
}

/** The same CSV as one string (a chart's few rows). */
export function toCsv(columns: readonly string[], rows: Iterable<Record<string, Cell>>): string {
  return [...csvChunks(columns, rows)].join('');
}

/**
 * A whole-dataset table as JSON, piece by piece: an array of records, one per line, each with the
 * given keys in that order and null for a missing value (what toJson(rows, 0) writes for records
 * of those keys).
 */
export function* jsonLineChunks(keys: readonly string[], rows: Iterable<Record<string, Cell>>): Generator<string> {
  const prefixes = keys.map((k, i) => `${i ? ',' : '{'}${JSON.stringify(k)}:`);
  let first = true;
  for (const r of rows) {
    let line = first ? '[\n' : ',\n';
    first = false;
    for (let i = 0; i < keys.length; i++) {
      const v = r[keys[i]!];
      line += prefixes[i] + (v === undefined ? 'null' : JSON.stringify(v));
    }
    yield `${line}}`;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * JSON with a final newline; undefined values become null so every record has every key. Small
 * files are indented for reading; whole-dataset tables (hundreds of thousands of rows on a
 * national dataset) are one record per line, which keeps them diffable at half the size.
 */
export function toJson(value: unknown, indent: 0 | 2 = 2): string {
  const replacer = (_k: string, v: unknown) => (v === undefined ? null : v);
  if (indent === 0 && Array.isArray(value)) {
    return value.length ? `[\n${value.map((r) => JSON.stringify(r, replacer)).join(',\n')}\n]\n` : '[]\n';
  }
  return `${JSON.stringify(value, replacer, indent)}\n`;
}

/** A ratio with six decimals (0.205135): enough for a percentage to one decimal, no float noise. */
export function ratio(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.round(n * 1e6) / 1e6;
}

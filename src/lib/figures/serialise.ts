/**
 * Writing tables and values as download files: RFC 4180 CSV and JSON. No knowledge of what the
 * columns mean (columns.ts) or which files exist (downloads.ts).
 */

export type Cell = string | number | boolean | null | undefined;

const BOM = '\ufeff';

function csvCell(v: Cell): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV: a UTF-8 BOM (so Excel on Vietnamese Windows reads the diacritics), CRLF line
 * ends, fields quoted only when needed, empty for missing values.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
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

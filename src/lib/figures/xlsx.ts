/**
 * A table as an Excel workbook (.xlsx), for readers whose Excel does not split a comma CSV into
 * columns (Excel with Vietnamese regional settings expects ";"). Typed cells (counts and ratios
 * as numbers, as_of and dates as dates in Vietnam time), the header row frozen and bold, columns
 * as wide as their content. Text that a spreadsheet would run as a formula is neutralised exactly
 * as in the CSV (serialise.ts), so both files hold the same text; no cell is ever a formula.
 *
 * Written directly as SpreadsheetML and zipped with fflate (as the .docx is), row by row, without
 * a spreadsheet library: write-excel-file (MIT, the best small candidate) took 27 s of CPU and
 * 1.5 GB for the national participation table (322,920 rows); this takes a few seconds and keeps
 * only the compressed bytes and the distinct strings in memory. Every string is stored once;
 * cells carry their address, which some readers need.
 */
import { Zip, ZipDeflate } from 'fflate';
import { toWallClock } from '../text/vn-time.ts';
import { COLUMN_TYPES, type ColumnName } from './columns.ts';
import { neutraliseFormula, type Cell } from './serialise.ts';

/** Cell styles, by their index in styles.xml's cellXfs. */
const STYLE = { header: 1, integer: 2, ratio: 3, day: 4, moment: 5 } as const;

/** Ratios shown as percentages (0.205135 → 20,5 %); printed_share is already a percentage. */
const RATIO_COLUMNS = new Set<ColumnName>(['rate', 'computed_share']);

/** Narrowest and widest a column may be, in characters. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Rows written per chunk handed to the compressor. */
const CHUNK_ROWS = 2000;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * "2025-05-24T13:00+07:00" → Excel's serial day number of the Vietnam wall clock (Excel dates
 * have no time zone: the cell shows 24/05/2025 13:00, as the CSV means it), and whether it has a time.
 */
export function excelDate(asOf: string): { serial: number; moment: boolean } {
  const w = toWallClock(asOf);
  const ms = Date.UTC(w.year, w.month - 1, w.day, w.hour ?? 0, w.minute ?? 0);
  return { serial: (ms - EXCEL_EPOCH) / DAY_MS, moment: w.hour !== undefined };
}

/** XML text: escaped, and without the control characters XML 1.0 cannot hold. */
function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The text cells' strings, each stored once (sharedStrings.xml): most repeat from row to row. */
class SharedStrings {
  private index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;
  ref(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`).join('');
    return `${XML}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** "A", "B", … "Z", "AA": the letters of a column. */
function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Writes one value of a column as a cell of row `n`. */
type CellWriter = (v: Cell, n: number) => string;

/** How a column's values are written, chosen once per column (columns.ts gives the type). */
function columnWriter(name: ColumnName, index: number, strings: SharedStrings): CellWriter {
  const type = COLUMN_TYPES[name];
  const col = columnLetters(index);
  const numberStyle = type === 'integer' ? ` s="${STYLE.integer}"` : RATIO_COLUMNS.has(name) ? ` s="${STYLE.ratio}"` : '';
  return (v, n) => {
    if (v === undefined || v === null || v === '') return '';
    if (typeof v === 'number') return `<c r="${col}${n}"${numberStyle}><v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${col}${n}" t="b"><v>${v ? 1 : 0}</v></c>`;
    if (type === 'date-time') {
      const d = excelDate(v);
      return `<c r="${col}${n}" s="${d.moment ? STYLE.moment : STYLE.day}"><v>${d.serial}</v></c>`;
    }
    return `<c r="${col}${n}" t="s"><v>${strings.ref(String(neutraliseFormula(v)))}</v></c>`;
  };
}

/** One cell of a record, typed by its column (columns.ts), as cell A2; '' for an empty value. */
export function cellXml(name: ColumnName, v: Cell, strings = new SharedStrings()): { xml: string; strings: string[] } {
  return { xml: columnWriter(name, 0, strings)(v, 2), strings: strings.list };
}

/** Characters a value takes on screen, near enough for a column width. */
function shownLength(name: ColumnName, v: Cell): number {
  if (v === undefined || v === null) return 0;
  if (COLUMN_TYPES[name] === 'date-time') return String(v).length > 10 ? 16 : 10;
  if (typeof v === 'number') return RATIO_COLUMNS.has(name) ? 7 : Math.ceil(String(Math.round(v)).length * 1.35);
  return String(v).length;
}

/** Rows that size the columns: the first ones, enough to size them, cheap on big tables. */
const WIDTH_SAMPLE = 1000;

/** Column widths from the header and the first rows (enough to size them, cheap on big tables). */
export function columnWidths(columns: readonly ColumnName[], rows: readonly Record<string, Cell>[], sample = WIDTH_SAMPLE): number[] {
  return columns.map((name) => {
    let w = Math.max(MIN_WIDTH, name.length + 2);
    for (let r = 0; r < Math.min(rows.length, sample); r++) w = Math.max(w, shownLength(name, rows[r]![name]) + 2);
    return Math.min(MAX_WIDTH, w);
  });
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function packageFiles(sheet: string): Record<string, string> {
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheet).replace(/"/g, '&quot;')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    // cellXfs, in STYLE order: default, bold header, #,##0, 0.0%, day, day and time.
    'xl/styles.xml': `${XML}<styleSheet xmlns="${NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  };
}

const encoder = new TextEncoder();

/**
 * A table as .xlsx bytes: one sheet named `sheet`, a bold frozen header of the column names. The
 * rows are taken as they come (a generator of the national table's 322,920 rows is never held as
 * an array): only the first ones, which size the columns, are kept until the sheet is written.
 */
export function toXlsx(columns: readonly ColumnName[], rows: Iterable<Record<string, Cell>>, sheet: string): Uint8Array<ArrayBuffer> {
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else out.push(chunk);
  });
  // Fixed file times: the same table gives the same bytes (reproducible builds).
  const mtime = new Date(Date.UTC(2000, 0, 1));
  const add = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 6 });
    f.mtime = mtime;
    zip.add(f);
    f.push(encoder.encode(text), true);
  };
  for (const [name, text] of Object.entries(packageFiles(sheet))) add(name, text);

  const strings = new SharedStrings();
  // The sheet is compressed as it is written, a few thousand rows at a time. Level 1: the XML is
  // repetitive enough that it compresses well anyway, at a third of level 6's time.
  const body = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  body.mtime = mtime;
  zip.add(body);
  const writers = columns.map((c, i) => columnWriter(c, i, strings));
  const rest = rows[Symbol.iterator]();
  const first: Record<string, Cell>[] = [];
  while (first.length < WIDTH_SAMPLE) {
    const n = rest.next();
    if (n.done) break;
    first.push(n.value);
  }
  const cols = columnWidths(columns, first)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const header = columns.map((c, i) => `<c r="${columnLetters(i)}1" t="s" s="${STYLE.header}"><v>${strings.ref(c)}</v></c>`).join('');
  body.push(
    encoder.encode(
      `${XML}<worksheet xmlns="${NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><cols>${cols}</cols><sheetData><row r="1">${header}</row>`,
    ),
  );
  // The sized rows, then the rest as they come, CHUNK_ROWS rows per piece handed to the compressor.
  const all = (function* () {
    yield* first.splice(0);
    for (let n = rest.next(); !n.done; n = rest.next()) yield n.value;
  })();
  let xml = '';
  let r = 0;
  for (const row of all) {
    let cells = '';
    for (let i = 0; i < columns.length; i++) cells += writers[i]!(row[columns[i]!], r + 2);
    xml += `<row r="${r + 2}">${cells}</row>`;
    if (++r % CHUNK_ROWS === 0) {
      body.push(encoder.encode(xml));
      xml = '';
    }
  }
  if (xml) body.push(encoder.encode(xml));
  body.push(encoder.encode('</sheetData></worksheet>'), true);
  add('xl/sharedStrings.xml', strings.xml());
  zip.end();
  if (failed) throw failed;
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

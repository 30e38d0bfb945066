/**
 * What the operator wrote, kept beside the normalised records while the gate runs, so that a
 * message quotes the cell and the header as they are in the file ("16/5/2025" under "Ngày"), not
 * the canonical form ("2025-05-16" under "as_of"). Only the cells cross-file rules quote are kept
 * (dates and times), in a WeakMap: nothing of it reaches the dataset.
 */

/** Columns whose written value the rules quote. */
const KEPT = ['as_of', 'date', 'starts', 'ends'] as const;

export interface Written {
  /** The cell as written, before the schema normalised it. */
  value(record: object, column: string): string | undefined;
  /** The column's header as written in the record's file (the canonical name if unknown). */
  header(record: object, column: string): string;
}

export function writtenCells(): Written & {
  /** Remember a record's written cells and its file's headers. */
  note(record: object, cells: Readonly<Record<string, string>>, headerOf: Readonly<Record<string, string>>): void;
} {
  const seen = new WeakMap<object, { cells: Record<string, string>; headerOf: Readonly<Record<string, string>> }>();
  return {
    note(record, cells, headerOf) {
      const kept: Record<string, string> = {};
      for (const c of KEPT) if (cells[c] !== undefined) kept[c] = cells[c];
      seen.set(record, { cells: kept, headerOf });
    },
    value: (record, column) => seen.get(record)?.cells[column],
    header: (record, column) => seen.get(record)?.headerOf[column] ?? column,
  };
}

/**
 * Which files of the data folder the gate reads, and a word for every other one: an .xlsx dropped
 * there by mistake, or a CSV in a folder the build does not look in, would otherwise be skipped in
 * silence and its figures never published. Files the operator keeps beside the data on purpose are
 * left alone: hidden files (.gitkeep), Excel's lock files (~$…), notes in Markdown (README.md) and
 * dataset.json (the folder's description).
 *
 * Size: a file is read whole, and V8 holds at most 2^29 − 24 characters in one string; a bigger
 * file is refused with the advice to split it, before it is read, instead of crashing the check.
 * And the rows of all files together are bounded by MAX_ROWS (validate.ts counts them).
 */
import { FILE } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { DataFile } from '../validate.ts';

/** The largest data file read: 256 MiB (as a string of two-byte characters, under V8's longest). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The most data rows read, all files together: what the check holds in Node's default heap (about
 * 4 GB here). Measured: 1,000,000 figure rows in one 194 MiB file, 3.1 GB peak (README). Memory
 * grows with rows, not bytes, so this, not the file size, is the bound that keeps the check from
 * running out of memory; past it the check stops reading and says so.
 */
export const MAX_ROWS = 1_000_000;

/** Extensions of spreadsheets and of Excel's other "Save As" text formats. */
const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods|numbers|txt|tsv|prn)$/i;

/** Files kept beside the data on purpose, never read and never reported. */
export function isIgnored(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return name.startsWith('.') || name.startsWith('~$') || /\.md$/i.test(name) || name === 'dataset.json';
}

const MB = 1024 * 1024;

/**
 * The files to read, in a stable order; every other file not ignored is reported, and so is a
 * file over MAX_FILE_BYTES.
 */
export function checkFiles(
  files: readonly DataFile[],
  kindOf: (path: string) => string | undefined,
  places: readonly string[],
  problems: Problem[],
  maxBytes = MAX_FILE_BYTES,
): DataFile[] {
  const read: DataFile[] = [];
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (isIgnored(f.path)) continue;
    if (!kindOf(f.path)) {
      const ext = /\.[^./]+$/.exec(f.path)?.[0] ?? '';
      const m = SPREADSHEET.test(f.path)
        ? FILE.spreadsheet(ext)
        : /\.csv$/i.test(f.path)
          ? FILE.misplaced(places)
          : FILE.other(places);
      problems.push({ file: f.path, ...m, kind: 'file.unread' });
      continue;
    }
    const size = f.size ?? f.bytes.length;
    if (size > maxBytes) {
      problems.push({ file: f.path, ...FILE.tooLarge(Math.ceil(size / MB), Math.floor(maxBytes / MB)), kind: 'file.size' });
      continue;
    }
    read.push(f);
  }
  return read;
}

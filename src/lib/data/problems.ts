/**
 * A problem found in the operator's input. Every check reports into a list of these so that one
 * run shows every problem at once, each naming file, line, column, the value and what was expected.
 */
export interface Problem {
  /** Path of the file as the operator knows it, e.g. `data/participation/2025-05-16.csv`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1). Absent for whole-file problems. */
  line?: number;
  /** Column name as written in the file's header (or the canonical name if the column is missing). */
  column?: string;
  /** The offending value exactly as read. */
  value?: string;
  /** What was expected instead, in plain Vietnamese. */
  expected: string;
}

/** One line per problem: `file:line, cột "col": giá trị "v" — expected`. */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  const parts = [where];
  if (p.column !== undefined) parts.push(`cột "${p.column}"`);
  if (p.value !== undefined) parts.push(`giá trị "${p.value}"`);
  return `${parts.join(', ')} — ${p.expected}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const head = `Dữ liệu có ${problems.length} lỗi; chưa xuất bản gì. Sửa các lỗi sau rồi chạy lại:`;
  return [head, ...sorted.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

/** Thrown by loaders so the build stops with every problem listed. */
export class DataError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'DataError';
  }
}

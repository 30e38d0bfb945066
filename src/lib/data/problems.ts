/**
 * A problem found in the operator's input (data/ or content/). Every check reports into a list of
 * these so that one run shows every problem at once, each naming file, line, column, the value,
 * what was expected and how to fix it. The words are in messages.ts; the report in report.ts.
 */
import type { ProblemKind } from './messages.ts';

export interface Problem {
  /** Path of the file as the operator knows it, e.g. `data/participation/2025-05-16.csv`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1). Absent for whole-file problems. */
  line?: number;
  /** 1-based character position in the line (MDX and frontmatter, where a line holds much). */
  col?: number;
  /** CSV column as written in the file's header (or the canonical name if the column is missing). */
  column?: string;
  /** Frontmatter field of an MDX file: `title`, `sources[1].url`. */
  field?: string;
  /** The offending value exactly as written. */
  value?: string;
  /** What is wrong and what was expected, in plain Vietnamese. */
  expected: string;
  /** How to fix it, when that is not plain from `expected`. */
  fix?: string;
  /** Which rule found it (groups the report and its summary); see KIND_LABELS. */
  kind?: ProblemKind;
}

/** `file:line:col`, the form editors and terminals turn into a link. */
export function problemPlace(p: Pick<Problem, 'file' | 'line' | 'col'>): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.line !== undefined && p.col !== undefined) where += `:${p.col}`;
  return where;
}

/** One line per problem: `file:line, cột "col", giá trị "v" — expected`. */
export function formatProblem(p: Problem): string {
  const parts = [problemPlace(p)];
  if (p.column !== undefined) parts.push(`cột "${p.column}"`);
  if (p.field !== undefined) parts.push(`trường "${p.field}"`);
  if (p.value !== undefined) parts.push(`giá trị "${shorten(p.value)}"`);
  return `${parts.join(', ')} — ${p.expected}`;
}

/** A value as quoted in a message: one line, at most 80 characters (a cell may hold a whole file). */
export function shorten(value: string, max = 80): string {
  const one = value.replace(/\s*[\r\n]+\s*/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** In the order an operator reads them: file, then line, then position. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.col ?? 0) - (b.col ?? 0)
  );
}
